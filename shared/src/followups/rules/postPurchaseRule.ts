import type { CustomerFacts } from '../customerFacts.ts';
import { POST_PURCHASE_WITHIN_DAYS } from '../lookBack.ts';
import { type TaskCollector, UNWRITTEN } from '../taskCollector.ts';
import { FRAGMENTS, MESSAGE_TEMPLATES, REASON_TEMPLATES } from '../templates.ts';
import type { FollowUpRule } from './followUpRule.ts';

/**
 * 购后回访: a check-in postPurchaseDays after the last purchase, only for purchases made in the
 * last POST_PURCHASE_WITHIN_DAYS days. Done once anyone contacted the customer after the
 * purchase (a same-day contact is the sale itself). First orders and high-value customers are
 * high priority (first impressions decide the second order); high-value ones get a call.
 */
export const postPurchaseRule: FollowUpRule = {
  kinds: ['post-purchase'],
  start: (plan) => ({ forCustomer: (facts) => planPostPurchase(plan, facts), rerunnable: true }),
};

function planPostPurchase(plan: TaskCollector, facts: CustomerFacts): void {
  const afterDays = plan.config.followUps.postPurchaseDays;
  const purchase = facts.lastPurchaseDay;
  if (afterDays <= 0 || purchase === null) return;
  if (purchase < plan.today - POST_PURCHASE_WITHIN_DAYS || purchase > plan.today) return;
  const due = purchase + afterDays;
  if (due > plan.horizonEnd) return;
  if (facts.lastContactDay !== null && facts.lastContactDay > purchase) return;
  const { record, stats, classification } = facts;
  const lang = plan.language;
  const firstOrder = stats.orderCount === 1;
  const highValue = classification.valueTier === 'high';
  plan.add(record, {
    kind: 'post-purchase',
    due,
    priority: firstOrder || highValue ? 'high' : 'medium',
    channel: highValue ? 'phone' : 'wechat',
    reason: plan.writing
      ? plan.draft(REASON_TEMPLATES.postPurchase[lang], {
          lastPurchase: plan.iso(purchase),
          firstOrder: firstOrder ? FRAGMENTS.firstOrder[lang] : '',
          interval: plan.days(afterDays),
        })
      : UNWRITTEN,
    message: plan.writing
      ? plan.message(MESSAGE_TEMPLATES['post-purchase'][lang], record, {
          lastPurchase: plan.dateText(purchase),
        })
      : UNWRITTEN,
  });
}
