import { fitText, round, svgLabel, svgOpen, textWidth } from './svgText.ts';

export interface ShareBarChartInput {
  id: string;
  title: string;
  description: string;
  /** Series names, e.g. share of customers and share of revenue. */
  series: [string, string];
  /** Shares as fractions 0..1. */
  rows: { label: string; first: number; second: number }[];
  /** Formats a share for the bar-end labels. */
  format: (share: number) => string;
}

const WIDTH = 560;
const FONT = 12;
const BAR = 11;
const ROW = 2 * BAR + 14;
const TOP = 30;
export const SHARE_COLORS = ['#3b6fd8', '#e59b2d'] as const;

/**
 * Horizontal paired bars per category (share of customers next to share of revenue), the
 * comparison a manager needs to see which groups carry the business.
 */
export function shareBarChartSvg(input: ShareBarChartInput): string {
  const labelWidth = Math.min(180, Math.max(60, ...input.rows.map((r) => textWidth(r.label, FONT))) + 18);
  const valueRoom = 52;
  const plotWidth = WIDTH - labelWidth - valueRoom;
  const height = TOP + input.rows.length * ROW + 6;
  const max = Math.max(0.0001, ...input.rows.map((r) => Math.max(r.first, r.second)));
  const parts = [svgOpen(input.id, WIDTH, height, input.title, input.description)];

  let lx = labelWidth;
  input.series.forEach((name, i) => {
    parts.push(`<rect x="${round(lx)}" y="6" width="12" height="12" rx="2" fill="${SHARE_COLORS[i]}"/>`);
    parts.push(svgLabel(lx + 17, 16.5, name, { size: FONT, cls: 'legend' }));
    lx += 17 + textWidth(name, FONT) + 22;
  });

  input.rows.forEach((row, i) => {
    const y = TOP + i * ROW;
    parts.push(
      svgLabel(labelWidth - 8, y + BAR + 4, fitText(row.label, labelWidth - 10, FONT), {
        anchor: 'end',
        size: FONT,
        cls: 'axis-label',
      }),
    );
    [row.first, row.second].forEach((share, j) => {
      const w = Math.max(share > 0 ? 1.5 : 0, (share / max) * plotWidth);
      const by = y + j * (BAR + 1);
      parts.push(
        `<rect x="${labelWidth}" y="${round(by)}" width="${round(w)}" height="${BAR}" rx="2" fill="${SHARE_COLORS[j]}"/>`,
      );
      parts.push(
        svgLabel(labelWidth + w + 5, by + BAR - 1.5, input.format(share), { size: 10.5, cls: 'value' }),
      );
    });
  });
  parts.push(
    `<line x1="${labelWidth}" y1="${TOP - 4}" x2="${labelWidth}" y2="${height - 4}" class="axis" stroke="#9aa3b2"/>`,
  );
  parts.push('</svg>');
  return parts.join('');
}
