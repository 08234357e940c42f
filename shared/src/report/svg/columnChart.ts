import { niceScale, round, svgLabel, svgOpen } from './svgText.ts';

export interface ColumnChartInput {
  id: string;
  title: string;
  description: string;
  labels: string[];
  values: number[];
  /** Short label for axis ticks and bar tops. */
  format: (value: number) => string;
  color: string;
  width?: number;
  /** Bars of periods not yet over, drawn pale with a dashed outline (not a fall). */
  partial?: readonly boolean[];
}

const HEIGHT = 230;
const LEFT = 52;
const RIGHT = 10;
const TOP = 22;
const BOTTOM = 38;

/** Vertical bars with a value axis: monthly revenue, customers per CLV range. */
export function columnChartSvg(input: ColumnChartInput): string {
  const width = input.width ?? 560;
  const plotW = width - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const { max, step } = niceScale(Math.max(0, ...input.values));
  const parts = [svgOpen(input.id, width, HEIGHT, input.title, input.description)];

  for (let k = 0; k * step <= max + step / 2; k++) {
    const tick = k * step;
    const y = TOP + plotH - (tick / max) * plotH;
    parts.push(
      `<line x1="${LEFT}" y1="${round(y)}" x2="${width - RIGHT}" y2="${round(y)}" class="grid" stroke="#e3e7ee"/>`,
    );
    parts.push(
      svgLabel(LEFT - 6, y + 4, input.format(tick), { anchor: 'end', size: 10.5, cls: 'axis-label' }),
    );
  }

  const n = Math.max(1, input.values.length);
  const slot = plotW / n;
  const bar = Math.min(40, slot * 0.62);
  const labelEvery = slot < 34 ? 2 : 1;
  input.values.forEach((value, i) => {
    const h = max > 0 ? (Math.max(0, value) / max) * plotH : 0;
    const x = LEFT + i * slot + (slot - bar) / 2;
    const y = TOP + plotH - h;
    const pale = input.partial?.[i] === true;
    parts.push(
      `<rect x="${round(x)}" y="${round(y)}" width="${round(bar)}" height="${round(h)}" rx="2" fill="${input.color}"` +
        (pale
          ? ` fill-opacity="0.3" stroke="${input.color}" stroke-dasharray="3 2" class="partial"/>`
          : '/>'),
    );
    if (value > 0 && slot >= 30) {
      parts.push(
        svgLabel(x + bar / 2, y - 4, input.format(value), { anchor: 'middle', size: 10, cls: 'value' }),
      );
    }
    if (i % labelEvery === 0 || i === n - 1) {
      parts.push(
        svgLabel(x + bar / 2, TOP + plotH + 16, input.labels[i] ?? '', {
          anchor: 'middle',
          size: 10.5,
          cls: 'axis-label',
        }),
      );
    }
  });
  parts.push(
    `<line x1="${LEFT}" y1="${TOP + plotH}" x2="${width - RIGHT}" y2="${TOP + plotH}" class="axis" stroke="#9aa3b2"/>`,
  );
  parts.push('</svg>');
  return parts.join('');
}
