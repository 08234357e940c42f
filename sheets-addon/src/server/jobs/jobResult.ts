/** What a job reports back to the sidebar (and, as text, to the menu's toast). */
export interface JobResult {
  ok: boolean;
  message: string;
  /** The sheet the job wrote or chose, to show and activate. */
  sheetName?: string;
  /** A few figures for the sidebar's results panel. */
  figures?: Record<string, number>;
  /**
   * What the analysis says of its figures, in the user's language: refunds taken off, rows left
   * out, amounts in two currencies, phone numbers cut short by scientific notation…
   */
  notes?: string[];
}
