export { holidayDates } from './holidayDates.ts';
export { nextFollowUps } from './nextFollowUps.ts';
export { type PlanFollowUpsInput, planFollowUps } from './planFollowUps.ts';
