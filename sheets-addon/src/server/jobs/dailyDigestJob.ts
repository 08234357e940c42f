import {
  CHANNEL_LABELS,
  FOLLOW_UP_KIND_LABELS,
  type FollowUpTask,
  label,
  maskContactsInText,
  PRIORITY_LABELS,
} from '@crm/shared';
import { describeFailure } from '../failures.ts';
import { type JobContext, jobContext, runSheetJob } from '../jobContext.ts';
import { languageOfLocale, MESSAGES } from '../messages.ts';
import { effectiveLanguage } from '../settings.ts';
import { loadDigestRecord } from './digestRecords.ts';
import {
  DIGEST_HANDLER,
  digestTriggers,
  installDigestTrigger,
  removeDigestTriggers,
  removeTrigger,
} from './digestTriggers.ts';
import type { JobResult } from './jobResult.ts';

/** Tasks listed in the mail; the rest are counted (the sheet has them all). */
const DIGEST_TASKS = 50;

/** The part of the time-driven event object the digest reads. */
export interface DigestEvent {
  triggerUid?: string;
}

/** Daily digest on for this spreadsheet, at the hour from the settings in its time zone. */
export function installDailyDigestJob(): JobResult {
  const ctx = jobContext();
  installDigestTrigger(ctx.spreadsheet, ctx.settings);
  const email = Session.getEffectiveUser().getEmail();
  return {
    ok: true,
    message: ctx.messages.done.digestOn(
      ctx.settings.digestHour,
      ctx.spreadsheet.getSpreadsheetTimeZone(),
      email,
    ),
    figures: { triggers: 1 },
  };
}

export function removeDailyDigestJob(): JobResult {
  const ctx = jobContext();
  removeDigestTriggers(ctx.spreadsheet);
  return { ok: true, message: ctx.messages.done.digestOff, figures: { triggers: 0 } };
}

export function isDailyDigestOn(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  return digestTriggers(spreadsheet).length > 0;
}

/** "Send now" in the sidebar: the digest of the spreadsheet the user works in. */
export function sendDailyDigestJob(): JobResult {
  return mailDigest(jobContext());
}

/**
 * The trigger's run. An add-on's time-driven trigger may have no active document, so the
 * digest opens the spreadsheet its trigger was made in, with the settings stored beside it.
 * Nothing mails an add-on's trigger failures to anyone, so a failure is mailed to the owner here.
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers
 */
export function runDigestTrigger(event: DigestEvent): JobResult {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return mailDigest(jobContext(active));
  const record = event.triggerUid ? loadDigestRecord(event.triggerUid) : null;
  if (!record) return stopOrphan(event.triggerUid);
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    spreadsheet = SpreadsheetApp.openById(record.spreadsheetId);
  } catch {
    const messages = MESSAGES[effectiveLanguage(record.settings, Session.getActiveUserLocale())];
    stopOrphan(event.triggerUid);
    notifyOwner(messages.digest.failedSubject(record.spreadsheetId), messages.digest.gone);
    return { ok: false, message: messages.digest.gone };
  }
  const ctx = jobContext(spreadsheet, record.settings);
  try {
    return mailDigest(ctx);
  } catch (error) {
    const reason = describeFailure(error, ctx.messages);
    notifyOwner(
      ctx.messages.digest.failedSubject(spreadsheet.getName()),
      ctx.messages.digest.failedBody(reason, spreadsheet.getUrl()),
    );
    return { ok: false, message: reason };
  }
}

/** Mails the owner today's due and overdue follow-ups; never alerts (no UI in a trigger). */
function mailDigest(ctx: JobContext): JobResult {
  const text = ctx.messages.digest;
  if (MailApp.getRemainingDailyQuota() < 1) return { ok: false, message: text.quota, figures: { sent: 0 } };
  const { analysis } = runSheetJob(ctx, 'followups').output;
  const due = analysis.followUps.filter((t) => t.due <= ctx.today);
  if (due.length === 0) return { ok: true, message: text.nothing, figures: { sent: 0, due: 0 } };
  const overdue = due.filter((t) => t.overdueDays > 0).length;
  const lines = due.slice(0, DIGEST_TASKS).map((t) => digestLine(ctx, t));
  if (due.length > DIGEST_TASKS) lines.push(text.more(due.length - DIGEST_TASKS));
  const body = [text.intro(due.length, overdue), '', ...lines, '', ctx.spreadsheet.getUrl()].join('\n');
  MailApp.sendEmail({
    to: Session.getEffectiveUser().getEmail(),
    subject: text.subject(ctx.today, due.length),
    body,
    name: ctx.messages.menuTitle,
  });
  return {
    ok: true,
    message: text.subject(ctx.today, due.length),
    figures: { sent: 1, due: due.length, overdue },
  };
}

/**
 * One task of the mail. A mail leaves the spreadsheet (it is kept in a mailbox, forwarded,
 * read on a phone), so it names the customer by name and sheet row only; any email address or
 * phone number written into the name or a reason is masked unless the privacy setting shows
 * contact details (个人信息保护法 art. 6: no more than the purpose needs).
 */
function digestLine(ctx: JobContext, t: FollowUpTask): string {
  const lang = ctx.language;
  const text = ctx.messages.digest;
  const name = t.customerName?.trim() || t.customerId?.trim() || '';
  const customer = name === '' ? text.row(t.customerRow) : text.customer(name, t.customerRow);
  const line =
    `${customer} — ${label(FOLLOW_UP_KIND_LABELS, t.kind, lang)} · ` +
    `${label(CHANNEL_LABELS, t.channel, lang)}: ${t.reason}`;
  const shown = ctx.config.privacy.showContactDetails ? line : maskContactsInText(line);
  return `• ${t.due} [${label(PRIORITY_LABELS, t.priority, lang)}] ${shown}`;
}

/** A trigger whose spreadsheet is unknown or gone runs for nothing every day: it is removed. */
function stopOrphan(triggerId: string | undefined): JobResult {
  const trigger = ScriptApp.getProjectTriggers().find(
    (t) => t.getUniqueId() === triggerId && t.getHandlerFunction() === DIGEST_HANDLER,
  );
  if (trigger) removeTrigger(trigger);
  const messages = MESSAGES[languageOfLocale(Session.getActiveUserLocale())];
  return { ok: false, message: messages.digest.gone };
}

function notifyOwner(subject: string, body: string): void {
  if (MailApp.getRemainingDailyQuota() < 1) return;
  MailApp.sendEmail({ to: Session.getEffectiveUser().getEmail(), subject, body });
}
