import type { CustomerAnalysis } from '../pipeline/analyzeCustomerTable.ts';
import type { JobOutput } from './jobOutput.ts';
import type { JobRequest } from './jobRequest.ts';

/** What a job adds to the analysis: its writes, figures and message. */
export type JobResult = Omit<JobOutput, 'job' | 'analysis' | 'customerSheet'>;

/** One job: whether it needs the CLV prediction, and what it makes of the analysis. */
export interface JobDefinition {
  /** Jobs that show no CLV (the cleaning review) skip the fit, the costliest step. */
  usesClv: boolean;
  produce(analysis: CustomerAnalysis, request: JobRequest): JobResult;
}
