// How far back the plan looks: the list holds tasks due from today on plus overdue ones not yet
// done, and ancient events must not flood a list sorted by due date. Birthdays and holidays have no
// constant here: a greeting stays on the list until the day itself and then drops off, so it is
// never more than its lead days (birthdayLeadDays / holidayLeadDays) overdue. Open complaints
// have no bound at all: an open complaint stays on the list until it is closed.

/**
 * A revisit or win-back missed by more than this many days is shown as this many days overdue:
 * the action is the same (call them now), and due dates years old would bury this week's work.
 * The reason still states the real time since the last touch.
 */
export const MAX_CADENCE_OVERDUE_DAYS = 30;

/** Post-purchase check-ins only for purchases made in the last this-many days. */
export const POST_PURCHASE_WITHIN_DAYS = 30;

/** Satisfaction surveys only for complaints closed in the last this-many days. */
export const SURVEY_WITHIN_DAYS = 30;

/** A win-back overdue by more than this many days goes to the owner's manager. */
export const WIN_BACK_ESCALATE_AFTER_DAYS = 7;

/** Churn flagged by the CLV model cannot wait longer than this for a win-back call. */
export const CLV_WIN_BACK_WITHIN_DAYS = 7;
