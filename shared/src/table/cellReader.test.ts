import { describe, expect, it } from 'vitest';
import type { Language } from '../model/keys.ts';
import type { Cell, CellIssue, FormulaCell } from '../model/table.ts';
import { CellReader, isBlankRow } from './cellReader.ts';
import { readerProblemText } from './readerTexts.ts';

const HEADER = ['客户编号', '消费金额', '备注'];

function reader(formulas: Map<number, FormulaCell[]>, language: Language = 'zh') {
  const issues: CellIssue[] = [];
  const rows = [
    ['C001', null, ''],
    ['C002', 1200, ''],
  ];
  const read = new CellReader(HEADER, issues, 'customers', '2026-03-01', {}, language, { rows, formulas });
  return { read, issues, rows };
}

describe('CellReader on a file that keeps formulas', () => {
  it.each<Language>(['zh', 'en'])(
    'reports a formula saved without its result, once per cell, instead of a silent empty (%s)',
    (language) => {
      const { read, issues, rows } = reader(
        new Map([[2, [{ column: 1, formula: 'F2*G2', cached: false }]]]),
        language,
      );
      read.at(2, rows[0] ?? []);
      expect(read.amount(1, 'total-spend')).toBeNull();
      expect(read.text(1)).toBeNull();
      expect(issues).toEqual([
        {
          row: 2,
          column: '消费金额',
          value: '',
          message: readerProblemText({ code: 'formula-without-value', formula: 'F2*G2' }, language),
          kind: 'missing',
        },
      ]);
    },
  );

  it('reads a formula with a saved result as that result, and an empty cell without a formula as empty', () => {
    const { read, issues, rows } = reader(
      new Map([
        [3, [{ column: 1, formula: 'F3*G3', cached: true }]],
        [2, [{ column: 2, formula: 'IF(B2>0,"","x")', cached: false }]],
      ]),
    );
    read.at(3, rows[1] ?? []);
    expect(read.amount(1, 'total-spend')).toBe(1200);
    read.at(2, rows[0] ?? []);
    // Column 1 of row 2 is empty and no formula is there: nothing to say.
    expect(read.amount(1, 'total-spend')).toBeNull();
    expect(issues).toEqual([]);
  });
});

describe('isBlankRow', () => {
  it.each<[string, Cell[], boolean]>([
    ['no cells', [], true],
    ['empty cells and spaces', ['', null, '  '], true],
    ['an unchecked checkbox on an empty row', ['', '', '', '', false], true],
    ['unchecked checkboxes in two columns', [false, '', false], true],
    ['a checked checkbox', ['', '', '', '', true], false],
    ['a customer with an unchecked checkbox', ['C101', '张伟', '', '', false], false],
    ['a zero', ['', 0, ''], false],
    // A CSV file writes a checkbox as text.
    ['the text FALSE', ['', 'FALSE', ''], true],
    ['the text false, spaced', [' false ', ''], true],
    ['the text TRUE', ['', 'TRUE', 'FALSE'], false],
    ['a word starting as false does', ['Falsetto Music', 'FALSE'], false],
  ])('%s → %s', (_, row, blank) => {
    expect(isBlankRow(row)).toBe(blank);
  });
});
