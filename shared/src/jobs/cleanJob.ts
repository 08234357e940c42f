import { dataQualitySheetLayout, dataQualityTable } from '../sheets/dataQualitySheetLayout.ts';
import type { JobDefinition } from './jobDefinition.ts';
import { JOB_TEXTS } from './jobTexts.ts';
import { outputSheetNames } from './outputSheetNames.ts';

/**
 * Clean: the data-quality review (duplicates with proposed merges, missing and invalid values,
 * problems in the orders and complaints) as a sheet of its own. The customer table is not changed.
 */
export const cleanJob: JobDefinition = {
  usesClv: false,
  produce(analysis, request) {
    const language = analysis.config.language;
    const { review, issues } = analysis;
    const names = outputSheetNames('dataQuality', language, analysis.today, request.sheetNames);
    const table = dataQualityTable(review, issues, language);
    const s = review.summary;
    return {
      managedColumns: null,
      sheet: {
        role: 'dataQuality',
        ...names,
        layout: dataQualitySheetLayout(review, issues, language),
        table,
      },
      report: null,
      figures: {
        rows: s.rows,
        exactDuplicateGroups: s.exactDuplicateGroups,
        likelyDuplicateGroups: s.likelyDuplicateGroups,
        rowsWithMissing: s.rowsWithMissing,
        invalidCells: s.invalidCells,
        problems: table.rows.length,
      },
      message: JOB_TEXTS[language].done.clean(table.rows.length, names.name),
    };
  },
};
