export {
  FOLLOW_UP_COLUMN_LABELS,
  FOLLOW_UP_COLUMNS,
  type FollowUpColumn,
  followUpHeader,
} from './followUpColumns.ts';
export { holidayDates } from './holidayDates.ts';
export { nextFollowUps } from './nextFollowUps.ts';
export { type FollowUpPlan, type PlanFollowUpsInput, planFollowUps } from './planFollowUps.ts';
export { type PreviousPlan, type PreviousTask, readPreviousPlan } from './previousPlan.ts';
