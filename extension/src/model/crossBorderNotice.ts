import { z } from 'zod';

/**
 * The user's acknowledgement of the cross-border notice, kept in chrome.storage.local under
 * `crossBorderNotice`. Google's servers are outside mainland China, so a clip sent to the user's
 * Google Sheet leaves the country (个人信息保护法 art. 38–39): nothing is sent to Google until
 * the user has been told so once and confirmed. "Delete all data" removes it with everything else.
 */
export const CrossBorderAcknowledgementSchema = z.object({
  /** When the user confirmed (ISO time); its date is the 告知/acknowledgement date. */
  acknowledgedAt: z.iso.datetime(),
});
export type CrossBorderAcknowledgement = z.infer<typeof CrossBorderAcknowledgementSchema>;

/** The stored acknowledgement, or null when there is none (or it is malformed: ask again). */
export function acknowledgementFrom(stored: unknown): CrossBorderAcknowledgement | null {
  const parsed = CrossBorderAcknowledgementSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
