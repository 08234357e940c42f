/**
 * Contacts as shop platforms and CRMs export them with part of the value hidden: 138****5678
 * (拼多多, 抖店, 淘宝 since they stopped exporting buyers' numbers), (+1)213*****36 (TikTok Shop),
 * w***@qq.com, a nickname as t**8. Such a value is not the customer's number or address, and two
 * buyers' masked values are often the same text, so it can neither reach anyone nor tell one
 * customer from another.
 */

/** The characters values are masked with: the asterisk, ASCII or full-width. */
function isMaskCode(code: number): boolean {
  return code === 0x2a || code === 0xff0a;
}

/**
 * Whether the text holds a mask character at all: every order row's buyer passes here, and
 * String#indexOf settles almost all of them faster than a loop over their codes.
 */
function holdsMask(text: string): boolean {
  return text.indexOf('*') >= 0 || text.indexOf('＊') >= 0;
}

/** Whether a phone cell's text is masked: a phone number never holds an asterisk. */
export function isMaskedPhone(text: string): boolean {
  return holdsMask(text);
}

/** Whether a name is masked (张*, 王**): a name never holds an asterisk. */
export function isMaskedName(text: string): boolean {
  return holdsMask(text);
}

/**
 * Whether an email address is masked: an asterisk before its @. The address rules allow one
 * there, but no one's mailbox is named so, while masking puts them nowhere else.
 */
export function isMaskedEmail(text: string): boolean {
  if (!holdsMask(text)) return false;
  const at = text.lastIndexOf('@');
  for (let i = 0; i < (at < 0 ? text.length : at); i++) if (isMaskCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether an identifier (an account name, a customer id) is masked: two asterisks in a row
 * (t**8, tb****88). One asterisk alone may be part of an id a business chose (VIP*001).
 */
export function isMaskedId(text: string): boolean {
  if (!holdsMask(text)) return false;
  for (let i = 1; i < text.length; i++)
    if (isMaskCode(text.charCodeAt(i)) && isMaskCode(text.charCodeAt(i - 1))) return true;
  return false;
}
