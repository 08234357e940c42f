import { niceScale, round, svgLabel, svgOpen, textWidth } from './svgText.ts';

export interface LineChartInput {
  id: string;
  title: string;
  description: string;
  labels: string[];
  series: { name: string; color: string; values: number[] }[];
  format: (value: number) => string;
  width?: number;
  /** The last point is a period not yet over: its segment is dashed and its point hollow. */
  partialLast?: boolean;
}

const HEIGHT = 230;
const LEFT = 52;
const RIGHT = 14;
const TOP = 30;
const BOTTOM = 38;

/** Lines with points over the months, for customer counts. */
export function lineChartSvg(input: LineChartInput): string {
  const width = input.width ?? 560;
  const plotW = width - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const all = input.series.flatMap((s) => s.values);
  const { max, step } = niceScale(Math.max(0, ...all));
  const n = Math.max(1, input.labels.length);
  const slot = plotW / n;
  const xAt = (i: number) => LEFT + slot * i + slot / 2;
  const yAt = (v: number) => TOP + plotH - (Math.max(0, v) / max) * plotH;
  const parts = [svgOpen(input.id, width, HEIGHT, input.title, input.description)];

  let lx = LEFT;
  for (const s of input.series) {
    parts.push(`<rect x="${round(lx)}" y="6" width="12" height="12" rx="2" fill="${s.color}"/>`);
    parts.push(svgLabel(lx + 17, 16.5, s.name, { size: 12, cls: 'legend' }));
    lx += 17 + textWidth(s.name, 12) + 22;
  }

  for (let k = 0; k * step <= max + step / 2; k++) {
    const tick = k * step;
    const y = yAt(tick);
    parts.push(
      `<line x1="${LEFT}" y1="${round(y)}" x2="${width - RIGHT}" y2="${round(y)}" class="grid" stroke="#e3e7ee"/>`,
    );
    parts.push(
      svgLabel(LEFT - 6, y + 4, input.format(tick), { anchor: 'end', size: 10.5, cls: 'axis-label' }),
    );
  }
  const labelEvery = slot < 34 ? 2 : 1;
  input.labels.forEach((label, i) => {
    if (i % labelEvery === 0 || i === n - 1) {
      parts.push(
        svgLabel(xAt(i), TOP + plotH + 16, label, { anchor: 'middle', size: 10.5, cls: 'axis-label' }),
      );
    }
  });

  const lastPartial = input.partialLast === true && input.labels.length > 1;
  for (const s of input.series) {
    const at = (v: number, i: number) => `${round(xAt(i))},${round(yAt(v))}`;
    const solid = lastPartial ? s.values.slice(0, -1) : s.values;
    parts.push(
      `<polyline points="${solid.map(at).join(' ')}" fill="none" stroke="${s.color}" stroke-width="2.2" stroke-linejoin="round"/>`,
    );
    if (lastPartial) {
      const tail = s.values.slice(-2).map((v, j) => at(v, s.values.length - 2 + j));
      parts.push(
        `<polyline points="${tail.join(' ')}" fill="none" stroke="${s.color}" stroke-width="1.6" stroke-dasharray="4 3"/>`,
      );
    }
    s.values.forEach((v, i) => {
      const hollow = lastPartial && i === s.values.length - 1;
      parts.push(
        `<circle cx="${round(xAt(i))}" cy="${round(yAt(v))}" r="3" ` +
          (hollow ? `fill="#fff" stroke="${s.color}" stroke-width="1.5"/>` : `fill="${s.color}"/>`),
      );
    });
  }
  parts.push(
    `<line x1="${LEFT}" y1="${TOP + plotH}" x2="${width - RIGHT}" y2="${TOP + plotH}" class="axis" stroke="#9aa3b2"/>`,
  );
  parts.push('</svg>');
  return parts.join('');
}
