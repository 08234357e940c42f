import { SEGMENT_LABELS } from '../../i18n/labels.ts';
import { cadenceSlot } from '../cadenceSlot.ts';
import type { CustomerFacts } from '../customerFacts.ts';
import { revisitPriority } from '../priorities.ts';
import type { TaskCollector } from '../taskCollector.ts';
import { MESSAGE_TEMPLATES, REASON_TEMPLATES } from '../templates.ts';
import type { FollowUpRule } from './followUpRule.ts';

/**
 * 定期回访: the plain cadence contact (see cadenceSlot for when it is due), by the segment's
 * channel, at the segment's priority raised for high-value customers. Prospects get an
 * introduction instead of a question about their last order.
 */
export const revisitRule: FollowUpRule = {
  kinds: ['revisit'],
  start: (plan) => ({ forCustomer: (facts) => planRevisit(plan, facts) }),
};

function planRevisit(plan: TaskCollector, facts: CustomerFacts): void {
  const slot = cadenceSlot(plan, facts);
  if (slot === null || slot.kind !== 'revisit') return;
  const { record, classification } = facts;
  const { lastTouch } = slot;
  const lang = plan.language;
  const segment = SEGMENT_LABELS[classification.segment][lang];
  const reason =
    lastTouch === null
      ? plan.draft(REASON_TEMPLATES.revisitNoTouch[lang], { segment })
      : plan.draft(REASON_TEMPLATES.revisit[lang], {
          segment,
          interval: plan.days(slot.every),
          lastTouch: plan.iso(lastTouch),
          sinceTouch: plan.days(Math.max(0, plan.today - lastTouch)),
        });
  const lastPurchase = facts.lastPurchaseDay;
  // The message is sent on the due day (or today when overdue): count days up to then.
  const sendDay = Math.max(slot.due, plan.today);
  const message =
    lastPurchase === null
      ? plan.message(MESSAGE_TEMPLATES['revisit-prospect'][lang], record, {})
      : plan.message(MESSAGE_TEMPLATES.revisit[lang], record, {
          lastPurchase: plan.dateText(lastPurchase),
          sinceOrder: plan.days(Math.max(0, sendDay - lastPurchase)),
        });
  plan.add(record, {
    kind: 'revisit',
    due: slot.due,
    // Keyed on the cadence date, so an overdue revisit keeps its id from day to day.
    key: plan.iso(slot.due),
    priority: revisitPriority(classification.segment, classification.valueTier),
    channel: slot.channel,
    reason,
    message,
  });
}
