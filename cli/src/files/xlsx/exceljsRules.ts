import { createRequire } from 'node:module';

/**
 * The rules exceljs reads cells by, taken from exceljs itself (its lib/utils and number formats)
 * so that the sheets read without exceljs's model hold exactly the values exceljs gives: which
 * number formats are dates, how a serial becomes a Date, how a `t="str"` value is decoded (a
 * second time, after the XML parser) and how a shared formula is moved to another cell.
 * Loaded on first use, from the installed exceljs (the CLI bundle keeps packages external).
 */
export interface ExceljsRules {
  isDateFmt(format: string | undefined): boolean;
  excelToDate(serial: unknown, date1904: boolean): Date;
  xmlDecode(text: string): string;
  slideFormula(formula: string, from: string, to: string): string;
  /** The format code of a built-in number format id (14: 'mm-dd-yy'), undefined when none. */
  builtInFormat(id: number): string | undefined;
}

let rules: ExceljsRules | undefined;

export function exceljsRules(): ExceljsRules {
  if (rules) return rules;
  const require = createRequire(import.meta.url);
  const utils = require('exceljs/lib/utils/utils.js') as Pick<
    ExceljsRules,
    'isDateFmt' | 'excelToDate' | 'xmlDecode'
  >;
  const { slideFormula } = require('exceljs/lib/utils/shared-formula.js') as Pick<
    ExceljsRules,
    'slideFormula'
  >;
  const formats = require('exceljs/lib/xlsx/defaultnumformats.js') as Record<number, { f?: unknown }>;
  rules = {
    isDateFmt: (format) => utils.isDateFmt(format),
    excelToDate: (serial, date1904) => utils.excelToDate(serial, date1904),
    xmlDecode: (text) => utils.xmlDecode(text),
    slideFormula: (formula, from, to) => slideFormula(formula, from, to),
    builtInFormat: (id) => {
      const format = formats[id]?.f;
      return typeof format === 'string' ? format : undefined;
    },
  };
  return rules;
}
