import { SEGMENT_LABELS } from '../../i18n/labels.ts';
import type { Channel, Priority } from '../../model/keys.ts';
import { type CadenceSlot, cadenceSlot } from '../cadenceSlot.ts';
import type { CustomerFacts } from '../customerFacts.ts';
import { type TaskCollector, type TextDraft, UNWRITTEN } from '../taskCollector.ts';
import { amountText, MESSAGE_TEMPLATES, moneyText, ordersText, REASON_TEMPLATES } from '../templates.ts';
import type { FollowUpRule } from './followUpRule.ts';

/**
 * 挽回: the cadence contact of customers slipping away (cannot-lose-them, at-risk, or flagged by
 * the CLV model; see cadenceSlot). Urgent for cannot-lose-them and high-value customers, high
 * otherwise; by phone, or a visit where the segment's cadence visits; escalated to the owner's
 * manager once more than WIN_BACK_ESCALATE_AFTER_DAYS overdue (see escalation.ts).
 */
export const winBackRule: FollowUpRule = {
  kinds: ['win-back'],
  start: (plan) => ({ forCustomer: (facts) => planWinBack(plan, facts), rerunnable: true }),
};

function planWinBack(plan: TaskCollector, facts: CustomerFacts): void {
  const slot = cadenceSlot(plan, facts);
  const lastPurchase = facts.lastPurchaseDay;
  if (slot === null || slot.kind !== 'win-back' || lastPurchase === null) return;
  const { record, classification } = facts;
  const { segment, valueTier } = classification;
  const lang = plan.language;
  // The message is sent on the due day (or today when overdue): count days up to then.
  const sendDay = Math.max(slot.due, plan.today);
  // Losing a cannot-lose-them or a high-value customer is what this toolkit exists to prevent.
  const priority: Priority = segment === 'cannot-lose-them' || valueTier === 'high' ? 'urgent' : 'high';
  const channel: Channel = slot.channel === 'visit' ? 'visit' : 'phone';
  plan.add(record, {
    kind: 'win-back',
    due: slot.due,
    key: plan.iso(slot.due),
    priority,
    channel,
    reason: plan.writing ? winBackReason(plan, facts, slot, lastPurchase) : UNWRITTEN,
    message: plan.writing
      ? plan.message(MESSAGE_TEMPLATES['win-back'][lang], record, {
          lastPurchase: plan.dateText(lastPurchase),
          sinceOrder: plan.days(Math.max(0, sendDay - lastPurchase)),
        })
      : UNWRITTEN,
  });
}

/**
 * Names the silence and the spend so far; a churn warning leads with P(alive) and the value at
 * stake, the same figure the report's CLV section lists for the customer.
 */
function winBackReason(
  plan: TaskCollector,
  facts: CustomerFacts,
  slot: CadenceSlot,
  lastPurchase: number,
): TextDraft {
  const { stats, clv } = facts;
  const lang = plan.language;
  return plan.draft((slot.clvRisk ? REASON_TEMPLATES.winBackClv : REASON_TEMPLATES.winBack)[lang], {
    segment: SEGMENT_LABELS[facts.classification.segment][lang],
    sinceOrder: plan.days(Math.max(0, plan.today - lastPurchase)),
    orders: ordersText(stats.orderCount, lang),
    spend: amountText(stats.totalSpend),
    pAlive: clv ? `${Math.round(clv.pAlive * 100)}%` : '',
    stake: clv ? moneyText(clv.valueAtStake) : '',
    horizonMonths: plan.config.clv.horizonMonths,
  });
}
