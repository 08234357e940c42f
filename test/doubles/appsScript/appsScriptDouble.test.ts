// The double must behave as Apps Script documents it, or add-on tests prove nothing: the
// Spreadsheet service (ranges, grid, protections, limits).
import { describe, expect, it } from 'vitest';
import { createAppsScriptEnvironment } from './environment.ts';

function setup(options: Parameters<typeof createAppsScriptEnvironment>[0] = {}) {
  const env = createAppsScriptEnvironment(options);
  env.book.fill('客户', [
    ['客户编号', '姓名', '最近购买日期', '消费金额'],
    ['C001', '刘洋', new Date(Date.UTC(2026, 9, 1)), 1234.5],
    ['C002', 'Alice Chen', '', 88],
  ]);
  const spreadsheet = env.SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error('no active spreadsheet');
  const sheet = spreadsheet.getSheetByName('客户');
  if (!sheet) throw new Error('no sheet');
  return { env, spreadsheet, sheet };
}

describe('Range', () => {
  it("getValues returns a 2-D array with '' for empty cells, numbers and Date objects", () => {
    const { sheet } = setup();
    const values = sheet.getDataRange().getValues();
    expect(values).toHaveLength(3);
    expect(Object.prototype.toString.call(values[1]?.[2])).toBe('[object Date]');
    expect(values[2]).toEqual(['C002', 'Alice Chen', '', 88]);
    expect(sheet.getRange(1, 1, 5, 6).getValues()[4]).toEqual(['', '', '', '', '', '']);
  });

  it('setValues throws when the data size differs from the range, with the documented message', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 5, 3, 1).setValues([['a'], ['b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => sheet.getRange(1, 5, 1, 2).setValues([['a']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('reads a number formatted as a date as a Date, and a date cell as midnight in the sheet’s zone', () => {
    const { sheet } = setup({ timeZone: 'Asia/Tokyo' });
    sheet.getRange('E2').setValue(46296);
    expect(sheet.getRange('E2').getValue()).toBe(46296);
    sheet.getRange('E2').setNumberFormat('yyyy-mm-dd');
    const date = sheet.getRange('E2').getValue() as Date;
    expect(date.toISOString()).toBe('2026-09-30T15:00:00.000Z');
    expect((sheet.getRange('C2').getValue() as Date).toISOString()).toBe('2026-09-30T15:00:00.000Z');
  });

  it('copies cells without reading them again (contents only keeps the target’s formats)', () => {
    const { env, sheet } = setup();
    sheet.getRange('F2').setNumberFormat('@');
    sheet.getRange('F2').setValue('+8613912345678');
    sheet.getRange('F2').copyTo(sheet.getRange('G3'), { contentsOnly: true });
    sheet.getRange('F2').copyTo(sheet.getRange('H3'));
    const model = env.book.sheet('客户');
    expect(model.get(3, 7)).toBe('+8613912345678');
    expect(model.numberFormat(3, 7)).toBe('General');
    expect(model.numberFormat(3, 8)).toBe('@');
  });
  it('keeps notes apart from values: getNotes reads them, clearContent leaves them, clearNote and an empty note remove them', () => {
    // Range.getNotes() is a String[][] with '' for a cell without a note; setNote(''), setNotes
    // with '' and clearNote() remove a note; clearContent() "leav[es] the formatting intact".
    const { sheet } = setup();
    sheet.getRange('B2').setNote('张伟 zhang.wei@example.com 139 1234 5678');
    sheet.getRange('C3:D3').setNotes([['要开发票', 'VIP']]);
    expect(sheet.getDataRange().getValues()[1]?.[1]).toBe('刘洋');
    expect(sheet.getRange('A2:D3').getNotes()).toEqual([
      ['', '张伟 zhang.wei@example.com 139 1234 5678', '', ''],
      ['', '', '要开发票', 'VIP'],
    ]);
    sheet.getRange('B2').clearContent();
    expect(sheet.getRange('B2').getNote()).toBe('张伟 zhang.wei@example.com 139 1234 5678');
    sheet.getRange('B2').clearNote();
    sheet.getRange('C3').setNote('');
    sheet.getRange('D3').setNotes([['']]);
    expect(sheet.getRange('A2:D3').getNotes()).toEqual([
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
  });

  it('reads a formula cell as its displayed result; the formula text only through getFormulas', () => {
    // getValues gives a formula's computed value; getFormulas gives '=…' (or '' for a plain cell).
    const { env, sheet } = setup();
    env.book.sheet('客户').set(2, 2, '发邮件');
    env.book.sheet('客户').setFormula(2, 2, '=HYPERLINK("mailto:zhang.wei@example.com","发邮件")');
    expect(sheet.getRange('B2').getValue()).toBe('发邮件');
    expect(sheet.getRange('A2:B2').getFormulas()).toEqual([
      ['', '=HYPERLINK("mailto:zhang.wei@example.com","发邮件")'],
    ]);
    sheet.getRange('B2').setValue('发邮件');
    expect(sheet.getRange('B2').getFormulas()).toEqual([['']]);
  });
});

describe('what Sheets keeps in a cell', () => {
  // Sheets refuses a cell of more than 50,000 characters and writes none of the values
  // (support.google.com/drive/answer/37603).
  it('refuses a text over 50,000 characters, and writes nothing of that setValues', () => {
    const { env, sheet } = setup();
    const review = `不一致: id: ${Array.from({ length: 6000 }, (_, i) => `C${100001 + i} (${i + 2})`).join(' / ')}`;
    expect(review.length).toBeGreaterThan(50_000);
    expect(() => sheet.getRange('E1:E2').setValues([['说明'], [review]])).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(() => sheet.getRange('E2').setValue(review)).toThrow(/maximum of 50000 characters/);
    expect(env.book.sheet('客户').get(1, 5)).toBe('');
    sheet.getRange('E2').setValue('x'.repeat(50_000));
    expect(env.book.sheet('客户').get(2, 5)).toHaveLength(50_000);
  });

  // A merge keeps the upper-left value only; getValues gives '' for the other cells of it
  // (Range.merge(), Range.getMergedRanges()).
  it('keeps only the upper-left value of merged cells', () => {
    const { env, sheet } = setup();
    sheet.getRange('A4:C4').setValues([['C001', '刘洋', 'x']]);
    sheet.getRange('A2:A4').merge();
    expect(sheet.getRange('A1:B4').getValues()).toEqual([
      ['客户编号', '姓名'],
      ['C001', '刘洋'],
      ['', 'Alice Chen'],
      ['', '刘洋'],
    ]);
    expect(env.book.sheet('客户').get(3, 1)).toBe('');
    const merged = sheet.getDataRange().getMergedRanges() as { getA1Notation(): string }[];
    expect(merged.map((range) => range.getA1Notation())).toEqual(['A2:A4']);
  });

  // insertCheckboxes() sets every cell of the range to false (unchecked); getValues gives
  // booleans, and the unchecked boxes count as content for getLastRow and getDataRange.
  it('inserts unchecked checkboxes (false) down a whole column', () => {
    const { sheet } = setup();
    sheet.getRange('E1').setValue('已回访');
    sheet.getRange('E2:E1000').insertCheckboxes();
    sheet.getRange('E3').setValue(true);
    expect(sheet.getRange('E2:E4').getValues()).toEqual([[false], [true], [false]]);
    expect(sheet.getLastRow()).toBe(1000);
    expect(sheet.getDataRange().getValues()[999]).toEqual(['', '', '', '', false]);
    expect(sheet.getRange('E999').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
  });
});

describe('Sheet', () => {
  it('refuses ranges outside the grid until columns are inserted', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 27, 1, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    sheet.insertColumnsAfter(26, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    sheet.getRange(1, 27, 1, 2).setValues([['R', 'F']]);
    expect(sheet.getLastColumn()).toBe(28);
  });

  it('moves formats, formulas and merges with their cells when rows and columns come and go', () => {
    const { env, sheet } = setup();
    const model = env.book.sheet('客户');
    sheet.getRange('B3').setNumberFormat('@');
    sheet.getRange('B3').setNote('note');
    sheet.getRange('D3').setFormulas([['=1+1']]);
    sheet.getRange('A5:B5').merge();
    sheet.insertColumnsAfter(1, 1);
    sheet.deleteRows(2, 1);
    expect(model.numberFormat(2, 3)).toBe('@');
    expect(model.format(2, 3).note).toBe('note');
    expect(model.formula(2, 5)).toBe('=1+1');
    expect(model.merges).toEqual([{ row: 4, column: 1, rows: 1, columns: 3 }]);
    sheet.deleteColumns(2, 1);
    expect(model.numberFormat(2, 2)).toBe('@');
  });

  it('reads A1 ranges and counts every service call', () => {
    const { env, spreadsheet } = setup();
    env.calls.reset();
    const sheet = spreadsheet.getSheetByName('客户');
    expect(sheet?.getRange('A2:B3').getValues()).toEqual([
      ['C001', '刘洋'],
      ['C002', 'Alice Chen'],
    ]);
    const cell = sheet?.getRange('E1');
    cell?.setValue('x');
    cell?.setFontWeight('bold');
    expect(env.calls.snapshot()).toEqual({
      'Range.getValues': 1,
      'Range.setFontWeight': 1,
      'Range.setValue': 1,
      'Sheet.getRange': 2,
      'Spreadsheet.getSheetByName': 1,
    });
  });

  it('copies a whole sheet with its values, formats and formulas as "Copy of …"', () => {
    const { env, spreadsheet, sheet } = setup();
    sheet.getRange('B2').setNumberFormat('@');
    sheet.getRange('E2').setFormulas([['=2*3']]);
    sheet.copyTo(spreadsheet);
    const model = env.book.sheet('Copy of 客户');
    expect(model.values).toEqual(env.book.sheet('客户').values);
    expect(model.numberFormat(2, 2)).toBe('@');
    expect(model.formula(2, 5)).toBe('=2*3');
  });
});

describe('Spreadsheet', () => {
  it('rejects a second sheet with the same name', () => {
    const { spreadsheet } = setup();
    expect(() => spreadsheet.insertSheet('客户')).toThrow(
      'A sheet with the name "客户" already exists. Please enter another name.',
    );
  });

  it('keeps sheet names unique regardless of case, while getSheetByName matches exactly', () => {
    const { env, spreadsheet } = setup();
    env.book.fill('customers', [['id', 'email']]);
    expect(spreadsheet.getSheetByName('Customers')).toBeNull();
    expect(() => spreadsheet.insertSheet('Customers')).toThrow(
      'A sheet with the name "Customers" already exists. Please enter another name.',
    );
    const other = spreadsheet.insertSheet('Report …');
    expect(() => other.setName('CUSTOMERS')).toThrow(/already exists/);
    other.setName('report …');
    expect(other.getName()).toBe('report …');
  });

  it('stops at 10 million cells', () => {
    const { env, spreadsheet } = setup();
    env.book.fill(
      '大表',
      Array.from({ length: 383_000 }, () => Array(26).fill('x')),
    );
    expect(env.book.cellCount()).toBe(26_000 + 383_000 * 26);
    expect(() => spreadsheet.insertSheet('新表')).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
  });

  it('stops an editor at a protected range, but not the owner', () => {
    const { env, sheet } = setup({ owner: 'boss@example.com' });
    env.book.protect('客户', { row: 1, column: 3, rows: 1000, columns: 1 });
    expect(() => sheet.getRange('C2').setValue('x')).toThrow(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
    expect(() => sheet.getRange('A1:D1').setFontWeight('bold')).toThrow(/protected cell/);
    sheet.getRange('D2').setValue(5);
    const [protection] = env.SpreadsheetApp.getActiveSpreadsheet()?.getProtections('RANGE') ?? [];
    expect(protection?.canEdit()).toBe(false);
    const protectedRange = protection?.getRange() as { getA1Notation(): string } | undefined;
    expect(protectedRange?.getA1Notation()).toBe('C1:C1000');

    const owner = setup();
    owner.env.book.protect('客户', { row: 1, column: 3, rows: 1000, columns: 1 });
    owner.sheet.getRange('C2').setValue('x');
    expect(owner.env.SpreadsheetApp.getActiveSpreadsheet()?.getProtections('RANGE')[0]?.canEdit()).toBe(true);
  });

  it('stops structural changes to a protected sheet', () => {
    const { env, sheet } = setup({ owner: 'boss@example.com' });
    env.book.protect('客户', null);
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(/protected cell/);
    expect(() => sheet.getRange('A2').setValue('x')).toThrow(/protected cell/);
  });
});
