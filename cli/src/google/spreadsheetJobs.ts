import {
  classificationJson,
  dataQualitySheetLayout,
  followUpsSheetLayout,
  managedColumns,
  reportFor,
  reportSheetLayout,
  reportSheetName,
  type SheetRole,
  sheetNames,
} from '@crm/shared';
import { printJson, say } from '../support/output.ts';
import { loadSpreadsheetAnalysis, type SpreadsheetOptions } from './spreadsheetAnalysis.ts';

export type SpreadsheetJob = 'clean' | 'classify' | 'followups' | 'report';

/**
 * Runs a job on a Google Sheet and writes its result there: managed columns (classify), the
 * 跟进任务/Follow-ups, 数据质量/Data quality or 客户报告 YYYY-MM-DD/Report sheet.
 */
export async function runSpreadsheetJob(
  job: SpreadsheetJob,
  options: SpreadsheetOptions & { json?: boolean; clv?: boolean; title?: string },
): Promise<void> {
  const { book, customers, analysis, language, sources } = await loadSpreadsheetAnalysis(
    options,
    options.clv === undefined ? {} : { clv: options.clv },
  );
  const existing = await book.sheetNames();
  // A sheet the toolkit wrote earlier, in either language, is replaced rather than doubled.
  const target = (role: SheetRole) =>
    sheetNames(role, language).find((n) => existing.includes(n)) ?? sheetNames(role, language)[0] ?? role;
  let wrote: string;
  switch (job) {
    case 'classify': {
      const managed = managedColumns(analysis, language);
      await customers.writeManagedColumns(managed.headers, managed.values);
      wrote = `managed columns (${managed.headers.join(', ')}) of sheet "${customers.name}"`;
      break;
    }
    case 'followups':
      wrote = target('followUps');
      await book.writeSheet(wrote, followUpsSheetLayout(analysis.followUps, language, analysis.today));
      break;
    case 'clean':
      wrote = target('dataQuality');
      await book.writeSheet(wrote, dataQualitySheetLayout(analysis.review, analysis.issues, language));
      break;
    case 'report':
      wrote = reportSheetName(language, analysis.today);
      await book.writeSheet(wrote, reportSheetLayout(reportFor(analysis, options.title), language));
      break;
  }
  if (options.json && job === 'classify') {
    printJson(classificationJson(analysis));
  } else if (options.json) {
    printJson({ spreadsheetId: book.spreadsheetId, wrote, sources });
  }
  say(`${sources.join('; ')}`, options.json === true);
  say(`wrote ${wrote} in spreadsheet ${book.spreadsheetId}`, options.json === true);
}
