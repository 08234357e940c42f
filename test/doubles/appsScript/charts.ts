/** Embedded charts as Sheet.newChart() builds them; the double records what was asked for. */
export interface ChartRecord {
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: [number, number, number, number];
}

export function chartBuilder() {
  const chart: ChartRecord = { type: 'COLUMN', ranges: [], options: {}, position: [1, 1, 0, 0] };
  type Builder = Record<string, (...args: never[]) => unknown> & { build(): ChartRecord };
  const step =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): Builder => {
      fn(...args);
      return builder;
    };
  const builder: Builder = {
    setChartType: step((t: string) => {
      chart.type = t;
    }),
    addRange: step((r: { getA1Notation(): string }) => {
      chart.ranges.push(r.getA1Notation());
    }),
    setPosition: step((a: number, b: number, c: number, d: number) => {
      chart.position = [a, b, c, d];
    }),
    setOption: step((k: string, v: unknown) => {
      chart.options[k] = v;
    }),
    setNumHeaders: step((n: number) => {
      chart.options.numHeaders = n;
    }),
    setTitle: step((t: string) => {
      chart.options.title = t;
    }),
    build: () => chart,
  };
  return builder;
}
