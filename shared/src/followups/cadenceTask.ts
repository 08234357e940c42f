import { cadenceFor } from '../config/config.ts';
import { SEGMENT_LABELS } from '../i18n/labels.ts';
import type { Channel, Priority } from '../model/keys.ts';
import { fillTemplate } from './fillTemplate.ts';
import {
  CLV_WIN_BACK_WITHIN_DAYS,
  MAX_CADENCE_OVERDUE_DAYS,
  WIN_BACK_ESCALATE_AFTER_DAYS,
} from './lookBack.ts';
import { revisitPriority } from './priorities.ts';
import type { CustomerFacts, TaskCollector } from './taskCollector.ts';
import { amountText, MESSAGE_TEMPLATES, REASON_TEMPLATES } from './templates.ts';

/**
 * 定期回访 / 挽回: one contact per customer on the segment's cadence.
 *
 * - Due = last touch (the later of last contact and last purchase) + cadence days; no touch at
 *   all: due today. Channel from the cadence (config.followUps.cadence, else DEFAULT_CADENCE).
 * - cannot-lose-them and at-risk customers, and any customer the CLV model flags at risk
 *   (issue 3), get a win-back (urgent/high, phone or visit) instead of the plain revisit. A
 *   CLV-flagged customer is called within CLV_WIN_BACK_WITHIN_DAYS whatever the segment's cadence.
 * - A customer with an open complaint gets no plain revisit: the complaint task already has the
 *   team talking to them, and a cheerful "how is everything?" call would be tone-deaf.
 * - everyDays null switches the segment off (except for a CLV-flagged win-back); 0 means daily.
 */
export function planCadenceTask(plan: TaskCollector, facts: CustomerFacts): void {
  const { record, classification, stats, clv } = facts;
  const { segment, valueTier } = classification;
  const cadence = cadenceFor(plan.config, segment);
  const clvRisk = clv?.atRisk === true && facts.lastPurchaseDay !== null;
  const winBack = clvRisk || segment === 'cannot-lose-them' || segment === 'at-risk';
  if (!winBack && facts.hasOpenComplaint) return;

  let every = cadence.everyDays;
  if (clvRisk) every = Math.min(every ?? CLV_WIN_BACK_WITHIN_DAYS, CLV_WIN_BACK_WITHIN_DAYS);
  if (every === null) return;
  every = Math.max(every, 1);

  const lastTouch = maxDay(facts.lastContactDay, facts.lastPurchaseDay);
  const nominalDue = lastTouch === null ? plan.today : lastTouch + every;
  if (nominalDue > plan.horizonEnd) return;
  // Done when contacted on or after the due date (cannot happen for a due computed from the last
  // contact, but keeps the rule uniform with the others).
  if (facts.lastContactDay !== null && facts.lastContactDay >= nominalDue) return;
  const due = Math.max(nominalDue, plan.today - MAX_CADENCE_OVERDUE_DAYS);
  const lang = plan.language;
  const segmentLabel = SEGMENT_LABELS[segment][lang];
  // The message is sent on the due day (or today when overdue): count days up to then.
  const sendDay = Math.max(due, plan.today);
  const lastPurchase = facts.lastPurchaseDay;

  if (winBack && lastPurchase !== null) {
    const sinceOrder = plan.days(Math.max(0, sendDay - lastPurchase));
    const reasonValues = {
      segment: segmentLabel,
      sinceOrder: plan.days(Math.max(0, plan.today - lastPurchase)),
      orders: stats.orderCount,
      spend: amountText(stats.totalSpend),
      pAlive: clv ? `${Math.round(clv.pAlive * 100)}%` : '',
    };
    // Losing a cannot-lose-them or a high-value customer is what this toolkit exists to prevent.
    const priority: Priority = segment === 'cannot-lose-them' || valueTier === 'high' ? 'urgent' : 'high';
    const channel: Channel = cadence.channel === 'visit' ? 'visit' : 'phone';
    const overdueDays = plan.today - due;
    plan.add(record, {
      kind: 'win-back',
      due,
      key: plan.iso(nominalDue),
      priority,
      channel,
      escalate: overdueDays > WIN_BACK_ESCALATE_AFTER_DAYS,
      reason: fillTemplate(
        (clvRisk ? REASON_TEMPLATES.winBackClv : REASON_TEMPLATES.winBack)[lang],
        reasonValues,
      ),
      message: plan.message(MESSAGE_TEMPLATES['win-back'][lang], record, {
        lastPurchase: plan.dateText(lastPurchase),
        sinceOrder,
      }),
    });
    return;
  }

  const reason =
    lastTouch === null
      ? fillTemplate(REASON_TEMPLATES.revisitNoTouch[lang], { segment: segmentLabel })
      : fillTemplate(REASON_TEMPLATES.revisit[lang], {
          segment: segmentLabel,
          interval: plan.days(every),
          lastTouch: plan.iso(lastTouch),
          sinceTouch: plan.days(Math.max(0, plan.today - lastTouch)),
        });
  const message =
    lastPurchase === null
      ? plan.message(MESSAGE_TEMPLATES['revisit-prospect'][lang], record, {})
      : plan.message(MESSAGE_TEMPLATES.revisit[lang], record, {
          lastPurchase: plan.dateText(lastPurchase),
          sinceOrder: plan.days(Math.max(0, sendDay - lastPurchase)),
        });
  plan.add(record, {
    kind: 'revisit',
    due,
    // Keyed on the cadence date, so a clamped overdue revisit keeps its id from day to day.
    key: plan.iso(nominalDue),
    priority: revisitPriority(segment, valueTier),
    channel: cadence.channel,
    reason,
    message,
  });
}

function maxDay(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
