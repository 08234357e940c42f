// Public API of the pure core. Each folder owns its index.ts; this file only gathers them.

export * from './classify/index.ts';
export * from './clean/index.ts';
export * from './clv/index.ts';
export * from './config/config.ts';
export * from './extract/index.ts';
export * from './followups/index.ts';
export * from './i18n/labels.ts';
export * from './jobs/index.ts';
export * from './model/customerRow.ts';
export * from './model/dates.ts';
export * from './model/fields.ts';
export * from './model/keys.ts';
export * from './model/records.ts';
export * from './model/results.ts';
export * from './model/schemas.ts';
export * from './model/skippedRow.ts';
export * from './model/table.ts';
export * from './parse/index.ts';
export * from './pipeline/index.ts';
export * from './ports/sheetLayout.ts';
export * from './ports/spreadsheet.ts';
export * from './ports/table.ts';
export * from './report/index.ts';
export * from './sample/index.ts';
export * from './sheets/index.ts';
export * from './table/index.ts';
