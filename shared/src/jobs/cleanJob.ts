import { privacyFindings, privacyReviewRows } from '../privacy/privacyReview.ts';
import { dataQualitySheetLayout, dataQualityTable } from '../sheets/dataQualitySheetLayout.ts';
import type { JobDefinition } from './jobDefinition.ts';
import { JOB_TEXTS } from './jobTexts.ts';
import { outputSheetNames } from './outputSheetNames.ts';

/**
 * Clean: the data-quality review (duplicates with proposed merges, missing and invalid values,
 * problems in the orders and complaints, and what the privacy settings ask to look at: customers
 * past the retention period or without a legal basis) as a sheet of its own, emails and phones
 * masked unless the settings show them. The customer table is not changed.
 */
export const cleanJob: JobDefinition = {
  usesClv: false,
  produce(analysis, request) {
    const language = analysis.config.language;
    const { review, issues } = analysis;
    const names = outputSheetNames('dataQuality', language, analysis.today, request.sheetNames);
    const { config } = analysis;
    const privacy = privacyFindings(
      analysis.customers,
      request.tables.customers.table.header,
      config,
      analysis.today,
    );
    const options = {
      contactDetails: config.privacy.showContactDetails,
      privacyRows: privacyReviewRows(privacy, config),
    };
    const table = dataQualityTable(review, issues, language, options);
    const s = review.summary;
    return {
      managedColumns: null,
      sheet: {
        role: 'dataQuality',
        ...names,
        layout: dataQualitySheetLayout(review, issues, language, options),
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
        pastRetention: privacy.filter((f) => f.kind === 'past-retention').length,
        withoutLegalBasis: privacy.filter((f) => f.kind === 'no-legal-basis').length,
      },
      message: JOB_TEXTS[language].done.clean(table.rows.length, names.name),
    };
  },
};
