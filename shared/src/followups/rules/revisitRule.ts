import { SEGMENT_LABELS } from '../../i18n/labels.ts';
import { type CadenceSlot, cadenceSlot } from '../cadenceSlot.ts';
import type { CustomerFacts } from '../customerFacts.ts';
import { revisitPriority } from '../priorities.ts';
import { type MessageDraft, type TaskCollector, type TextDraft, UNWRITTEN } from '../taskCollector.ts';
import { amountText, MESSAGE_TEMPLATES, purchasesText, REASON_TEMPLATES } from '../templates.ts';
import type { FollowUpRule } from './followUpRule.ts';

/**
 * 定期回访: the plain cadence contact (see cadenceSlot for when it is due), by the segment's
 * channel, at the segment's priority raised for high-value customers. Prospects get an
 * introduction instead of a question about their last order, and buyers whose last purchase has
 * no date a thank-you that names no date.
 */
export const revisitRule: FollowUpRule = {
  kinds: ['revisit'],
  start: (plan) => ({ forCustomer: (facts) => planRevisit(plan, facts), rerunnable: true }),
};

function planRevisit(plan: TaskCollector, facts: CustomerFacts): void {
  const slot = cadenceSlot(plan, facts);
  if (slot === null || slot.kind !== 'revisit') return;
  const { record, classification } = facts;
  plan.add(record, {
    kind: 'revisit',
    due: slot.due,
    // Keyed on the cadence date, so an overdue revisit keeps its id from day to day.
    key: plan.iso(slot.due),
    priority: revisitPriority(classification.segment, classification.valueTier),
    channel: slot.channel,
    reason: plan.writing ? revisitReason(plan, facts, slot) : UNWRITTEN,
    message: plan.writing ? revisitMessage(plan, facts, slot) : UNWRITTEN,
  });
}

function revisitReason(plan: TaskCollector, facts: CustomerFacts, slot: CadenceSlot): TextDraft {
  const { lastTouch } = slot;
  const lang = plan.language;
  const segment = SEGMENT_LABELS[facts.classification.segment][lang];
  if (lastTouch === null) {
    const { stats } = facts;
    return stats.orderCount > 0
      ? plan.draft(REASON_TEMPLATES.revisitUndated[lang], {
          segment,
          purchases: purchasesText(stats.orderCount, lang),
          spend: amountText(stats.totalSpend),
        })
      : plan.draft(REASON_TEMPLATES.revisitNoTouch[lang], { segment });
  }
  return plan.draft(REASON_TEMPLATES.revisit[lang], {
    segment,
    interval: plan.days(slot.every),
    lastTouch: plan.iso(lastTouch),
    sinceTouch: plan.days(Math.max(0, plan.today - lastTouch)),
  });
}

function revisitMessage(plan: TaskCollector, facts: CustomerFacts, slot: CadenceSlot): MessageDraft {
  const lang = plan.language;
  const lastPurchase = facts.lastPurchaseDay;
  // The message is sent on the due day (or today when overdue): count days up to then.
  const sendDay = Math.max(slot.due, plan.today);
  if (lastPurchase === null) {
    const key = facts.stats.orderCount > 0 ? 'revisit-undated' : 'revisit-prospect';
    return plan.message(MESSAGE_TEMPLATES[key][lang], facts.record, {});
  }
  return plan.message(MESSAGE_TEMPLATES.revisit[lang], facts.record, {
    lastPurchase: plan.dateText(lastPurchase),
    sinceOrder: plan.days(Math.max(0, sendDay - lastPurchase)),
  });
}
