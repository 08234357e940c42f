import { reportFor } from '../pipeline/reportFor.ts';
import { reportSheetLayout } from '../sheets/reportSheetLayout.ts';
import type { JobDefinition } from './jobDefinition.ts';
import { JOB_TEXTS } from './jobTexts.ts';
import { outputSheetNames } from './outputSheetNames.ts';

/**
 * Report: the report model (rendered to HTML/Markdown/JSON by the CLI) and the 客户报告 /
 * Report YYYY-MM-DD sheet with native charts for spreadsheets.
 */
export const reportJob: JobDefinition = {
  usesClv: true,
  produce(analysis, request) {
    const language = analysis.config.language;
    const model = reportFor(analysis, request.title);
    const names = outputSheetNames('report', language, analysis.today, request.sheetNames);
    const layout = reportSheetLayout(model, language);
    return {
      managedColumns: null,
      sheet: { role: 'report', ...names, layout, table: { header: [], rows: layout.rows } },
      report: model,
      figures: {
        customers: model.kpis.customers,
        revenue: model.kpis.revenue,
        followUps: model.followUps.total,
        issues: model.dataQuality.issues,
      },
      message: JOB_TEXTS[language].done.report(names.name),
    };
  },
};
