import { coreJob } from './coreJob.ts';
import { installDailyDigestJob, removeDailyDigestJob, sendDailyDigestJob } from './dailyDigestJob.ts';
import type { JobResult } from './jobResult.ts';
import { mergeDuplicatesJob } from './mergeDuplicatesJob.ts';
import { setupCustomerTableJob } from './setupCustomerTableJob.ts';

/** Every job, by the name the sidebar passes to runJob (adding a job: one file plus one line). */
export const JOBS = {
  setup: () => setupCustomerTableJob({ sampleRows: false }),
  'setup-with-samples': () => setupCustomerTableJob({ sampleRows: true }),
  clean: coreJob('clean'),
  merge: mergeDuplicatesJob,
  classify: coreJob('classify'),
  'follow-ups': coreJob('followups'),
  report: coreJob('report'),
  'digest-on': installDailyDigestJob,
  'digest-off': removeDailyDigestJob,
  'digest-send': sendDailyDigestJob,
} satisfies Record<string, () => JobResult>;

/** The names the sidebar and the menu run jobs by. */
export type JobName = keyof typeof JOBS;
