// Public API of the sample generator: the demo workbook (customers, orders, complaints) that the
// README's first command analyses and the benchmarks scale up.
export { generateSample, type Sample, type SampleOptions } from './generateSample.ts';
