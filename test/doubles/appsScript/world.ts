/**
 * What every service double shares: the user's spreadsheets, the execution under way (the
 * document it was started from, or none in a time-driven trigger), the realm the bundle runs in,
 * the authorised scopes and the call counter.
 */
import type { CallCounter } from './callCounter.ts';
import type { SpreadsheetModel } from './spreadsheetModel.ts';

/**
 * How the current execution started. A menu item, the sidebar or a simple trigger runs in the
 * document the user has open; an add-on's time-driven trigger has no active document, no
 * document properties or lock, and no UI.
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers
 */
export interface Execution {
  kind: 'document' | 'time-trigger';
  book: SpreadsheetModel | null;
}

export class World {
  readonly books: SpreadsheetModel[] = [];
  execution: Execution = { kind: 'document', book: null };
  /** The bundle's Date (host Date until a bundle is loaded into its realm). */
  realmDate: DateConstructor = Date;
  /** Scopes of the manifest, or null before one is loaded (then every call is allowed). */
  scopes: Set<string> | null = null;
  scriptTimeZone: string;

  constructor(
    readonly calls: CallCounter,
    readonly user: string,
    readonly userLocale: string,
    scriptTimeZone: string,
  ) {
    this.scriptTimeZone = scriptTimeZone;
  }

  /** The spreadsheet the execution runs in (null in a time-driven trigger). */
  activeBook(): SpreadsheetModel | null {
    return this.execution.kind === 'document' ? this.execution.book : null;
  }

  inTrigger(): boolean {
    return this.execution.kind === 'time-trigger';
  }

  newDate(ms: number): Date {
    return new this.realmDate(ms);
  }
}
