import { buildFollowUpsJob } from './buildFollowUpsJob.ts';
import { classifyCustomersJob } from './classifyCustomersJob.ts';
import { cleanCustomerTableJob } from './cleanCustomerTableJob.ts';
import { installDailyDigestJob, removeDailyDigestJob, sendDailyDigestJob } from './dailyDigestJob.ts';
import { generateReportJob } from './generateReportJob.ts';
import type { JobResult } from './jobResult.ts';
import { mergeDuplicatesJob } from './mergeDuplicatesJob.ts';
import { setupCustomerTableJob } from './setupCustomerTableJob.ts';

/** Every job, by the name the sidebar passes to runJob (adding a job: one file plus one line). */
export const JOBS = {
  setup: () => setupCustomerTableJob({ sampleRows: false }),
  'setup-with-samples': () => setupCustomerTableJob({ sampleRows: true }),
  clean: cleanCustomerTableJob,
  merge: mergeDuplicatesJob,
  classify: classifyCustomersJob,
  'follow-ups': buildFollowUpsJob,
  report: generateReportJob,
  'digest-on': installDailyDigestJob,
  'digest-off': removeDailyDigestJob,
  'digest-send': sendDailyDigestJob,
} satisfies Record<string, () => JobResult>;

export type JobName = keyof typeof JOBS;
