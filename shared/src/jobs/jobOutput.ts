import type { TableData } from '../model/table.ts';
import type { CustomerAnalysis } from '../pipeline/analyzeCustomerTable.ts';
import type { ManagedColumnsWrite } from '../pipeline/managedColumnsWrite.ts';
import type { SheetLayout } from '../ports/sheetLayout.ts';
import type { ReportModel } from '../report/reportModel.ts';

/** The jobs every surface runs; the CLI's command names. */
export const JOB_NAMES = ['clean', 'classify', 'followups', 'report'] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** Sheets a job writes whole. */
export type OutputSheetRole = 'dataQuality' | 'followUps' | 'report';

/** A sheet a job writes whole: the layout for spreadsheets, its plain table for files. */
export interface OutputSheet {
  role: OutputSheetRole;
  /** Name in the configured language (the report's carries today's date). */
  name: string;
  /** Sheets this one replaces: its earlier copy, also under its name in the other language. */
  replaces: string[];
  layout: SheetLayout;
  /** Header and rows without presentation, for a .csv/.xlsx file. */
  table: TableData;
}

/**
 * What a job produced, as data: the analysis, what to write (managed columns of the customer
 * table, or a whole sheet) and a few figures with a one-line message. Adapters only write it.
 */
export interface JobOutput {
  job: JobName;
  analysis: CustomerAnalysis;
  /** Sheet of the customer table (where managed columns go). */
  customerSheet: string;
  managedColumns: ManagedColumnsWrite | null;
  sheet: OutputSheet | null;
  report: ReportModel | null;
  figures: Record<string, number>;
  /** What was done, in the configured language. */
  message: string;
}
