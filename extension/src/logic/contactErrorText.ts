import type { Texts } from '../texts/index.ts';

type ContactErrorKey = keyof Texts['contactErrors'];

/**
 * The core's ContactSchema messages (English, written for developers and the CLI) that the form
 * shows in the catalogue's words: field, start of the core's message, catalogue entry.
 */
const CORE_MESSAGES: readonly [field: string, starts: string, key: ContactErrorKey][] = [
  ['name', 'a contact needs', 'name'],
  ['emails', 'expected an email', 'emails'],
  ['phones', 'expected a phone', 'phones'],
  ['wechat', 'expected a WeChat id', 'wechat'],
  ['website', 'expected a web address', 'website'],
  ['socialUrls', 'expected a web address', 'website'],
  ['legalBasis', 'choose the legal basis', 'legalBasis'],
  ['informedOn', 'expected the date the person was informed', 'informedOn'],
];

/**
 * A field error as the form shows it: the catalogue's text for a known core message, keeping the
 * list position the core appends (` (#2)`), else the message as it came (the worker's own
 * messages are already in the UI language).
 */
export function contactErrorText(field: string, message: string, texts: Texts): string {
  const key = CORE_MESSAGES.find(([f, starts]) => f === field && message.startsWith(starts))?.[2];
  if (!key) return message;
  const item = /\(#\d+\)$/.exec(message)?.[0];
  return item ? `${texts.contactErrors[key]} ${item}` : texts.contactErrors[key];
}
