import type { TableRole } from '../model/table.ts';
import type { ContactKind } from '../table/readerProblem.ts';

/** Why a job could not start, as data: every surface words it from the same catalogue. */
export type JobProblem =
  | { code: 'sheet-missing'; role: TableRole; sheet: string; sheets: string[] }
  | { code: 'no-customer-sheet'; looked: { sheet: string; header: string[] }[] }
  | {
      code: 'header-not-recognised';
      role: TableRole;
      sheet: string;
      /** Header texts as found (blank ones left out). */
      found: string[];
      /** Names of the columns the table needs, `客户编号/Customer ID` style. */
      expected: string[];
      /** Of those, the ones not found, where the table needs each (see HeaderNotRecognisedError). */
      missing?: string[];
    }
  | {
      /** The orders name their buyer by an email or phone column the customer table lacks. */
      code: 'customers-lack-buyer-column';
      sheet: string;
      ordersSheet: string;
      by: ContactKind;
      /** The orders' header text of that column. */
      column: string;
      found: string[];
      /** The customer columns that would do, `邮箱/Email` style. */
      expected: string[];
    }
  | { code: 'empty-sheet'; sheet: string }
  | { code: 'no-rows'; sheet: string };
