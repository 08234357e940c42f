import { escapeHtml } from '../escapeHtml.ts';

/**
 * Rough rendered width of a label: CJK and full-width characters take about one em, Latin text
 * about 0.6 em. SVG cannot measure text without a DOM, and labels only need to fit their column.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += code >= 0x2e80 ? 1 : code >= 0x41 && code <= 0x5a ? 0.68 : 0.58;
  }
  return em * fontSize;
}

/** The label cut with an ellipsis to fit `maxWidth`. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, fontSize) > maxWidth) break;
    out += ch;
  }
  return `${out}…`;
}

/** Opening tag of an accessible inline SVG with its <title> and <desc>. */
export function svgOpen(
  id: string,
  width: number,
  height: number,
  title: string,
  description: string,
): string {
  return (
    `<svg class="chart" id="${id}" role="img" aria-labelledby="${id}-title ${id}-desc" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>`
  );
}

/** A <text> element with escaped content. */
export function svgLabel(
  x: number,
  y: number,
  text: string,
  options: { anchor?: 'start' | 'middle' | 'end'; size?: number; cls?: string } = {},
): string {
  const anchor = options.anchor ?? 'start';
  const cls = options.cls === undefined ? '' : ` class="${options.cls}"`;
  return `<text x="${round(x)}" y="${round(y)}" text-anchor="${anchor}" font-size="${options.size ?? 12}"${cls}>${escapeHtml(text)}</text>`;
}

/** Two decimals are plenty for screen coordinates and keep the SVG small. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** An axis maximum and tick step with "nice" numbers (1, 2, 2.5, 5 × 10^k) for 4 ticks or so. */
export function niceScale(max: number, ticks = 4): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 0.25 };
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  return { max: Math.ceil(max / step - 1e-9) * step, step };
}
