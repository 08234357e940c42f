/**
 * google.script.run exists only when Apps Script serves the page (the sidebar opened from the
 * spreadsheet). A type of its own lets the views say so in the user's language.
 */
export class ScriptRunUnavailableError extends Error {
  constructor() {
    super('google.script.run is not available: open this page from the spreadsheet.');
    this.name = 'ScriptRunUnavailableError';
  }
}
