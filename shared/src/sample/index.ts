// Public API of the sample generator (issue 2, "Main job and README").
export { generateSample, type Sample, type SampleOptions } from './generateSample.ts';
