// Small string helpers shared by the readers.

/** White space collapseSpace would change: a run, a non-space blank, or an edge. */
const UNTIDY_SPACE = /[\s\u00a0\u3000]{2}|[^\S ]|[\u00a0\u3000]|^ | $/;

/** Collapses runs of whitespace (incl. NBSP and ideographic space) and trims. */
export function collapseSpace(text: string): string {
  // Most lines are tidy already: a test allocates nothing, a replace always does.
  if (!UNTIDY_SPACE.test(text)) return text;
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
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

/**
 * Full-width digits, Latin letters, ＠ or ＋: contact data written in full width, which must be made
 * half width to be found. Chinese punctuation alone (，：（）) is left as it is: every rule reads
 * both forms, and converting it on every line of a Chinese page costs more than the rest of a line.
 */
export function hasFullWidthData(text: string): boolean {
  return /[\uff0b\uff10-\uff19\uff20-\uff3a\uff41-\uff5a]/.test(text);
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
