import { CHANNEL_LABELS, FOLLOW_UP_KIND_LABELS, label, PRIORITY_LABELS } from '@crm/shared';
import { jobContext, runSheetJob } from '../jobContext.ts';
import type { JobResult } from './jobResult.ts';

/** The trigger's handler: a top-level function of Code.js. */
export const DIGEST_HANDLER = 'sendDailyDigest';
/** Tasks listed in the mail; the rest are counted (the sheet has them all). */
const DIGEST_TASKS = 50;

function digestTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === DIGEST_HANDLER);
}

/**
 * Daily digest on: one installable time-driven trigger, daily (add-ons may not run more often
 * than hourly), at the hour from the settings. Installing twice keeps one trigger.
 */
export function installDailyDigestJob(): JobResult {
  const ctx = jobContext();
  for (const trigger of digestTriggers()) ScriptApp.deleteTrigger(trigger);
  ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().everyDays(1).atHour(ctx.settings.digestHour).create();
  const email = Session.getEffectiveUser().getEmail();
  return {
    ok: true,
    message: ctx.messages.done.digestOn(ctx.settings.digestHour, email),
    figures: { triggers: 1 },
  };
}

export function removeDailyDigestJob(): JobResult {
  const ctx = jobContext();
  for (const trigger of digestTriggers()) ScriptApp.deleteTrigger(trigger);
  return { ok: true, message: ctx.messages.done.digestOff, figures: { triggers: 0 } };
}

export function isDailyDigestOn(): boolean {
  return digestTriggers().length > 0;
}

/**
 * Mails the owner today's due and overdue follow-ups. Runs from the trigger (no UI available):
 * it never alerts, and it sends nothing when the MailApp daily quota is used up.
 */
export function sendDailyDigestJob(): JobResult {
  const ctx = jobContext();
  if (MailApp.getRemainingDailyQuota() < 1)
    return { ok: false, message: ctx.messages.digestQuota, figures: { sent: 0 } };
  const { analysis } = runSheetJob(ctx, 'followups').output;
  const due = analysis.followUps.filter((t) => t.due <= ctx.today);
  if (due.length === 0)
    return { ok: true, message: ctx.messages.digestNothing, figures: { sent: 0, due: 0 } };
  const overdue = due.filter((t) => t.overdueDays > 0).length;
  const lang = ctx.language;
  const lines = due
    .slice(0, DIGEST_TASKS)
    .map(
      (t) =>
        `• ${t.due} [${label(PRIORITY_LABELS, t.priority, lang)}] ${t.customerName ?? t.customerId ?? `#${t.customerRow}`}` +
        ` — ${label(FOLLOW_UP_KIND_LABELS, t.kind, lang)} · ${label(CHANNEL_LABELS, t.channel, lang)}: ${t.reason}`,
    );
  if (due.length > DIGEST_TASKS) lines.push(ctx.messages.digestMore(due.length - DIGEST_TASKS));
  const body = [
    ctx.messages.digestIntro(due.length, overdue),
    '',
    ...lines,
    '',
    ctx.spreadsheet.getUrl(),
  ].join('\n');
  MailApp.sendEmail({
    to: Session.getEffectiveUser().getEmail(),
    subject: ctx.messages.digestSubject(ctx.today, due.length),
    body,
    name: ctx.messages.menuTitle,
  });
  return {
    ok: true,
    message: ctx.messages.digestSubject(ctx.today, due.length),
    figures: { sent: 1, due: due.length, overdue },
  };
}
