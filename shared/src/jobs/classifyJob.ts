import { managedColumnsWrite } from '../pipeline/managedColumnsWrite.ts';
import type { JobDefinition } from './jobDefinition.ts';
import { JOB_TEXTS } from './jobTexts.ts';

/**
 * Classify: R, F, M, segment, 8-class group, lifecycle, value tier, P(alive)/CLV/churn risk
 * (when the model could be fitted) and the next follow-up, as managed columns of the customer
 * table keyed by sheet row.
 */
export const classifyJob: JobDefinition = {
  usesClv: true,
  produce(analysis, request) {
    const language = analysis.config.language;
    const customers = analysis.customers;
    const write = managedColumnsWrite(
      request.tables.customers.table,
      customers,
      language,
      analysis.clv !== null,
    );
    const buyers = customers.filter((c) => c.classification.segment !== 'prospect').length;
    return {
      managedColumns: write,
      sheet: null,
      report: null,
      figures: { customers: customers.length, buyers, followUps: analysis.followUps.length },
      message: JOB_TEXTS[language].done.classify(customers.length),
    };
  },
};
