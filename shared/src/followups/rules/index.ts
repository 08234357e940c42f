import { birthdayRule } from './birthdayRule.ts';
import { complaintSlaRule } from './complaintSlaRule.ts';
import type { FollowUpRule } from './followUpRule.ts';
import { holidayRule } from './holidayRule.ts';
import { postPurchaseRule } from './postPurchaseRule.ts';
import { revisitRule } from './revisitRule.ts';
import { satisfactionSurveyRule } from './satisfactionSurveyRule.ts';
import { winBackRule } from './winBackRule.ts';

/**
 * Every follow-up rule planFollowUps runs, in the order each customer's (and each complaint's)
 * tasks are added. Adding a rule is one file and one line here.
 */
export const FOLLOW_UP_RULES: readonly FollowUpRule[] = [
  revisitRule,
  winBackRule,
  postPurchaseRule,
  birthdayRule,
  holidayRule,
  complaintSlaRule,
  satisfactionSurveyRule,
];
