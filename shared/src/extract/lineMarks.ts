// What a line of page text may hold, from one pass over its characters. The page walk asks
// several questions of every line (a digit? an @? full-width data? a mark of a hidden address or
// a copyright?), and most lines of a page answer no to all of them. A regular expression or an
// includes() per question was a scan of the line each, with a call's overhead each: on a page of
// a few thousand lines, about a tenth of the walk. One loop over the character codes answers
// them all.

/** An ASCII digit: what `/\d/` finds (without the u flag). */
export const DIGIT = 1;
/** An @. */
export const AT_SIGN = 2;
/**
 * A full-width digit, Latin letter, ＠ or ＋: contact data written in full width, which must be made
 * half width to be found. Chinese punctuation alone (，：（）) is left as it is: every rule reads
 * both forms, and converting it on every line of a Chinese page costs more than the rest of a line.
 */
export const FULL_WIDTH_DATA = 4;
/**
 * A character every form findHiddenEmails reads needs: a stand-in for the @ (# ＃ * ★ ☆, what
 * symbolForAt may answer) or the t of `at`, `AT` and `dot`. Without one, it finds nothing.
 */
export const HIDDEN_EMAIL_MARK = 8;
/** A character every copyright notice starts with: ©, (c), Copyright, 版权所有 / 版權所有. */
export const COPYRIGHT_MARK = 16;

/** The marks (the flags above) of `text`'s characters. */
export function lineMarks(text: string): number {
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 48 && c <= 57) marks |= DIGIT;
      else if (c === 64) marks |= AT_SIGN;
      else if (c === 35 || c === 42 || c === 84 || c === 116) marks |= HIDDEN_EMAIL_MARK;
      else if (c === 40 || c === 67 || c === 99) marks |= COPYRIGHT_MARK;
    } else if (c >= 0xff01) {
      if (
        c === 0xff0b ||
        (c >= 0xff10 && c <= 0xff19) ||
        (c >= 0xff20 && c <= 0xff3a) ||
        (c >= 0xff41 && c <= 0xff5a)
      )
        marks |= FULL_WIDTH_DATA;
      else if (c === 0xff03) marks |= HIDDEN_EMAIL_MARK;
    } else if (c === 0xa9 || c === 0x7248) marks |= COPYRIGHT_MARK;
    else if (c === 0x2605 || c === 0x2606) marks |= HIDDEN_EMAIL_MARK;
  }
  return marks;
}
