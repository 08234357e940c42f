// How far back the rules look for events that still call for a task. Birthdays and holidays have
// no constant here: a greeting stays wanted until the day itself and then drops off. A revisit or
// win-back is wanted however long ago its cadence date passed (the customer still needs the
// call); the schedule, not the rule, decides which day it is made. Open complaints have no bound
// at all: an open complaint stays on the list until it is closed.

/** Post-purchase check-ins only for purchases made in the last this-many days. */
export const POST_PURCHASE_WITHIN_DAYS = 30;

/** Satisfaction surveys only for complaints closed in the last this-many days. */
export const SURVEY_WITHIN_DAYS = 30;

/** A win-back overdue by more than this many days goes to the owner's manager. */
export const WIN_BACK_ESCALATE_AFTER_DAYS = 7;

/** Churn flagged by the CLV model cannot wait longer than this for a win-back call. */
export const CLV_WIN_BACK_WITHIN_DAYS = 7;
