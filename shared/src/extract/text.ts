// Small string helpers shared by the readers.

/** A run of digits as a phone number is written in text (6011 2846, (852) 6011-2846, +44 20 …). */
export const NUMBER_RUN = /[+(]?\d[\d\s().-]{5,}\d/g;

/** Collapses runs of whitespace (incl. NBSP and ideographic space) and trims. */
export function collapseSpace(text: string): string {
  // Most lines are tidy already: a look at their characters allocates nothing, a replace always does.
  if (isTidy(text)) return text;
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/**
 * Nothing for collapseSpace to change: no white space but single plain spaces between other
 * characters. A loop over the character codes rather than a pattern: the page walk asks it of
 * every line, and a pattern's alternatives were tried at each character.
 */
function isTidy(text: string): boolean {
  // A space at the start is as untidy as two in a row.
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (isWhiteSpace(c)) return false;
    else afterSpace = false;
  }
  return text.length === 0 || !afterSpace;
}

/** What `\s` matches other than the plain space (ECMAScript WhiteSpace and LineTerminator). */
function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c >= 9 && c <= 13;
  if (c > 0x3000) return c === 0xfeff;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
  ndash: '–',
  mdash: '—',
};

/** Decodes the HTML entities that leak into JSON-LD and attribute text (&quot; &#39; &#x4e2d; …). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Full-width ASCII (０-９, ＋, （）, ：, ＠) to half-width, one char for one char so offsets stay. */
export function toHalfWidth(text: string): string {
  if (!/[\uff01-\uff5e]/.test(text)) return text;
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Pushes `value` unless already present (arrays here stay short). */
export function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/**
 * An attribute's value, null when absent. linkedom answers '' for a missing attribute where a
 * browser answers null, and href="" is meaningful (the page itself), so ask hasAttribute then.
 */
export function attr(
  el: { getAttribute(name: string): string | null; hasAttribute(name: string): boolean },
  name: string,
): string | null {
  const value = el.getAttribute(name);
  if (value === null || (value === '' && !el.hasAttribute(name))) return null;
  return value;
}
