// The one job layer: which sheet holds which table, which row is the header, and what each job
// writes, as data. The CLI (files and Google Sheets) and the add-on only read cells and apply it.
export { type DetectedHeader, detectHeaderRow, HEADER_SEARCH_ROWS } from './detectHeaderRow.ts';
export { fillMergedCells } from './fillMergedCells.ts';
export { locateFollowUpsSheet } from './followUpsSheet.ts';
export { JobError } from './JobError.ts';
export type { JobDefinition, JobResult } from './jobDefinition.ts';
export {
  JOB_NAMES,
  type JobName,
  type JobOutput,
  type OutputSheet,
  type OutputSheetRole,
} from './jobOutput.ts';
export type { JobProblem } from './jobProblem.ts';
export type { JobRequest } from './jobRequest.ts';
export { JOB_TEXTS, jobProblemText } from './jobTexts.ts';
export { locatedSheetNames } from './locatedSheetNames.ts';
export {
  type LocateOptions,
  locateTable,
  locateTables,
  type PassedOverSheet,
  type TableLocation,
  type WorkbookLocation,
} from './locateTables.ts';
export { outputSheetNames } from './outputSheetNames.ts';
export { type JobTables, readJobTables, type SheetTable, tableFromGrid } from './readJobTables.ts';
export { isRoleSheetName, ROLE_SHEET_NAMES } from './roleSheetNames.ts';
export { analyzeTables, JOBS, readJobCustomers, runJob } from './runJob.ts';
export { firstHeaderChange, headerText, headerTexts, type SheetGrid } from './sheetGrid.ts';
export { expectedHeaders, type HeaderFit, headerFit, looksLikeOrders } from './tableRequirements.ts';
