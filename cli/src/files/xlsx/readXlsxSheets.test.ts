import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { LEDGERS } from '../../../../test/fixtures/workbooks/ledgers.ts';
import { openWorkbookFile, readSheetsWithExceljs } from '../openWorkbookFile.ts';
import { entryBytes, readZip, replaceZipEntries } from '../rezip.ts';
import { positionedSheetXml } from './cellPositions.ts';
import { readXlsxSheets } from './readXlsxSheets.ts';

const WILD = fileURLToPath(new URL('../../../../../shared/datasets/wild', import.meta.url));

/** Both readings of one workbook, which must give the same grids and formula cells. */
async function expectSameReading(bytes: Uint8Array, label: string): Promise<void> {
  const fast = await readXlsxSheets(bytes);
  expect(fast, `${label}: read without exceljs`).not.toBeNull();
  const expected = await readSheetsWithExceljs(label, bytes);
  expect(fast?.sheets, label).toEqual(expected);
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** What exceljs writes from a workbook with dates, formulas, shared formulas, rich text and merges. */
async function featureWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow(['客户编号', '姓名', '最近购买日期', '金额', '两倍', '备注', '时间']);
  for (let i = 1; i <= 40; i++) {
    sheet.addRow([
      `C${i}`,
      i % 5 === 0 ? { richText: [{ text: '王', font: { bold: true } }, { text: '明 & <co>' }] } : `客户 ${i}`,
      new Date(Date.UTC(2025, i % 12, 1 + (i % 27))),
      i * 10.5,
      i === 1 ? { formula: 'D2*2', result: 21 } : { sharedFormula: 'E2', result: i * 21 },
      i % 3 === 0 ? true : i % 7 === 0 ? { error: '#N/A' } : null,
      new Date(Date.UTC(2025, 0, i, 13, 30)),
    ]);
  }
  sheet.getColumn(3).numFmt = 'yyyy-mm-dd';
  sheet.getColumn(7).numFmt = 'yyyy-mm-dd hh:mm';
  sheet.getCell('H2').value = { formula: 'SUM(D2:D41)' };
  sheet.getCell('H3').value = { formula: 'TODAY()', result: new Date(Date.UTC(2026, 5, 30)) };
  sheet.getCell('H3').numFmt = 'd-mmm-yy';
  sheet.getCell('I2').value = { text: 'link', hyperlink: 'https://example.com' };
  sheet.getCell('I3').value = { text: 'mail', hyperlink: 'mailto:a@example.com' };
  sheet.getCell('J2').value = 'merged';
  sheet.mergeCells('J2:K4');
  sheet.getCell('L5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  sheet.getCell('B60').value = '  spaced  ';
  const other = workbook.addWorksheet('Orders');
  other.addRow(['客户编号', '日期', '金额']);
  other.addRow(['C1', new Date(Date.UTC(2025, 1, 2)), 99]);
  other.getCell('B2').numFmt = 'mm-dd-yy';
  return workbook;
}

/** The feature workbook with its first sheet's XML replaced by cells as other programs write them. */
async function handWrittenWorkbook(sheetData: string, extra = ''): Promise<Uint8Array> {
  const bytes = await bytesOf(await featureWorkbook());
  const entries = readZip(bytes);
  const sheet = entries?.get('xl/worksheets/sheet1.xml');
  const xml = sheet ? (entryBytes(sheet)?.toString('utf8') ?? '') : '';
  const patched = xml
    .replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${sheetData}</sheetData>`)
    .replace(/<mergeCells[\s\S]*?<\/mergeCells>/, extra)
    .replace(/<hyperlinks>[\s\S]*?<\/hyperlinks>/, '');
  const replaced = replaceZipEntries(bytes, new Map([['xl/worksheets/sheet1.xml', Buffer.from(patched)]]));
  if (replaced === null) throw new Error('zip');
  return replaced;
}

describe('reading an .xlsx without exceljs gives what exceljs gives', () => {
  it('for every workbook of the ledger fixtures', async () => {
    for (const ledger of LEDGERS) {
      const workbook = new ExcelJS.Workbook();
      for (const sheet of ledger.sheets) workbook.addWorksheet(sheet.name).addRows(sheet.rows);
      await expectSameReading(await bytesOf(workbook), ledger.name);
    }
  });

  it('for dates, formulas, shared formulas, rich text, hyperlinks, errors and merged cells', async () => {
    await expectSameReading(await bytesOf(await featureWorkbook()), 'features');
  });

  it('for cells as other programs write them: inline strings, escapes, empty and styled cells', async () => {
    const rows = [
      '<row r="1"><c r="A1" t="inlineStr"><is><t>客户编号</t></is></c><c r="B1" t="inlineStr"><is><r><t>姓</t></r><r><rPr><b/></rPr><t>名_x0041_</t></r></is></c><c r="C1" t="str"><v>a&amp;amp;b</v></c></row>',
      '<row r="2"><c r="A2" t="inlineStr"><is><t>a&amp;amp;b_x0041_</t></is></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#DIV/0!</v></c><c r="D2" s="1"><v>45000</v></c><c r="E2"/><c r="F2" s="2"/></row>',
      '<row r="3"><c r="A3" t="str"><v></v></c><c r="B3" t="str"><v>\n</v></c><c r="C3"><f>A1&amp;B1</f><v>x</v></c><c r="D3" t="str"><f>A1&amp;B1</f><v>客户编号姓名</v></c><c r="E3"><f>0*1</f><v>0</v></c><c r="F3" t="b"><f>1=2</f><v>0</v></c><c r="G3" t="e"><f>NA()</f><v>#N/A</v></c></row>',
      '<row r="5"><c r="C5"/></row>',
      '<row r="6"><c r="A6" s="2"/><c r="B6"><v> 12.5 </v></c></row>',
      '<row r="8" ht="30" customHeight="1"><c r="B8" s="2"/></row>',
    ].join('');
    await expectSameReading(await handWrittenWorkbook(rows), 'hand-written');
    await expectSameReading(
      await handWrittenWorkbook(rows, '<mergeCells count="1"><mergeCell ref="A2:B3"/></mergeCells>'),
      'hand-written, merged',
    );
  });

  it('marks hidden sheets, in both readings', async () => {
    // A staff list kept out of sight in front of the customer sheet.
    const workbook = new ExcelJS.Workbook();
    const staff = workbook.addWorksheet('员工通讯录');
    staff.addRow(['姓名', '手机', '部门']);
    staff.addRow(['张三', '13800000001', '销售部']);
    staff.state = 'hidden';
    const veryHidden = workbook.addWorksheet('旧表');
    veryHidden.addRow(['姓名']);
    veryHidden.state = 'veryHidden';
    workbook.addWorksheet('客户信息').addRow(['客户编号', '客户名称', '手机']);
    const bytes = await bytesOf(workbook);
    await expectSameReading(bytes, 'hidden sheets');
    const sheets = (await readXlsxSheets(bytes))?.sheets ?? [];
    expect(sheets.map((sheet) => [sheet.name, sheet.hidden === true])).toEqual([
      ['员工通讯录', true],
      ['旧表', true],
      ['客户信息', false],
    ]);
  });

  it('reads rows and cells written without their positions, as Excel does', async () => {
    // ECMA-376 lets the r attribute out: a row follows the row before, a cell the cell before.
    // Exporters such as Power BI write sheets so; exceljs alone cannot place the cells.
    const rows =
      '<row><c t="inlineStr"><is><t>客户编号</t></is></c><c t="inlineStr"><is><t>姓名</t></is></c><c t="inlineStr"><is><t>消费金额</t></is></c></row>' +
      '<row><c t="inlineStr"><is><t>C001</t></is></c><c t="inlineStr"><is><t>王芳</t></is></c><c><v>1200</v></c></row>' +
      '<row r="5"><c t="inlineStr"><is><t>C002</t></is></c><c r="C5"><v>300</v></c><c><v>7</v></c></row>';
    const bytes = await handWrittenWorkbook(rows);
    expect(await readXlsxSheets(bytes)).toBeNull();
    const path = join(mkdtempSync(join(tmpdir(), 'xlsx-read-')), 'no-positions.xlsx');
    writeFileSync(path, bytes);
    const file = await openWorkbookFile(path);
    expect(file.sheets[0]?.rows).toEqual([
      ['客户编号', '姓名', '消费金额'],
      ['C001', '王芳', 1200],
      [],
      [],
      ['C002', null, 300, 7],
    ]);
  });

  it.each([
    [
      '<row><c><v>1</v></c><c/></row><row/><row><c><v>2</v></c></row>',
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"/></row><row r="2"/><row r="3"><c r="A3"><v>2</v></c></row>',
    ],
    [
      '<row r="4"><c r="B4"><v>1</v></c><c><v>2</v></c></row>',
      '<row r="4"><c r="B4"><v>1</v></c><c r="C4"><v>2</v></c></row>',
    ],
    [
      '<cols><col min="1" max="2"/></cols><row><c s="1"><v>1</v></c></row>',
      '<cols><col min="1" max="2"/></cols><row r="1"><c r="A1" s="1"><v>1</v></c></row>',
    ],
  ])('gives %s its positions', (xml, expected) => {
    expect(positionedSheetXml(xml)).toBe(expected);
  });

  it('keeps a formula result of 0 or FALSE as a saved result, in both readings', async () => {
    // 余额 = 0, 已结清 = FALSE: a ledger full of them is fine, and must not be told to save again.
    const rows =
      '<row r="1"><c r="A1"><f>B1-B1</f><v>0</v></c><c r="B1"><v>5</v></c><c r="C1" t="b"><f>B1&gt;9</f><v>0</v></c><c r="D1"><f>B1*2</f></c></row>';
    const bytes = await handWrittenWorkbook(rows);
    await expectSameReading(bytes, 'falsy results');
    const sheet = (await readXlsxSheets(bytes))?.sheets[0];
    expect(sheet?.rows[0]).toEqual([0, 5, false, null]);
    expect([...(sheet?.formulas?.get(1) ?? [])].map((f) => [f.column, f.cached])).toEqual([
      [0, true],
      [2, true],
      [3, false],
    ]);
  });

  it('keeps an empty text result (IF(…,"",…)) as a saved result, which exceljs loses', async () => {
    const rows =
      '<row r="1"><c r="A1"><v>5</v></c><c r="B1" t="str"><f>IF(A1&gt;9,"x","")</f><v></v></c><c r="C1" t="str"><f>IF(A1&gt;9,"x","")</f><v/></c></row>';
    const bytes = await handWrittenWorkbook(rows);
    const sheet = (await readXlsxSheets(bytes))?.sheets[0];
    expect(sheet?.rows[0]).toEqual([5, '', '']);
    expect([...(sheet?.formulas?.get(1) ?? [])].map((f) => [f.column, f.cached])).toEqual([
      [1, true],
      [2, true],
    ]);
    // exceljs reads both as formulas without a result: the one place the readings differ.
    const withExceljs = (await readSheetsWithExceljs('empty text', bytes))[0];
    expect([...(withExceljs?.formulas?.get(1) ?? [])].map((f) => f.cached)).toEqual([false, false]);
  });

  it('leaves a cell type it does not know (t="d", an ISO date) to exceljs rather than read it as a number', async () => {
    const bytes = await handWrittenWorkbook(
      '<row r="1"><c r="A1" t="d"><v>2024-03-05T00:00:00Z</v></c></row>',
    );
    expect(await readXlsxSheets(bytes)).toBeNull();
  });

  it('declines what it does not mirror, and the file is then read by exceljs as before', async () => {
    const rows =
      '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><v>3</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>';
    const bytes = await handWrittenWorkbook(
      rows,
      '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>',
    );
    expect(await readXlsxSheets(bytes)).toBeNull();
    const path = join(mkdtempSync(join(tmpdir(), 'xlsx-read-')), 'merged-formula.xlsx');
    writeFileSync(path, bytes);
    const file = await openWorkbookFile(path);
    expect(file.workbook).not.toBeNull();
    expect(file.sheets).toEqual(await readSheetsWithExceljs(path, bytes));
  });

  it('reads a sheet as zlib inflates it, a piece at a time, and leaves a damaged one to exceljs', async () => {
    const bytes = await handWrittenWorkbook(
      Array.from(
        { length: 20_000 },
        (_, i) =>
          `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>客户 ${i + 1} 号</t></is></c></row>`,
      ).join(''),
    );
    const path = 'xl/worksheets/sheet1.xml';
    const entry = readZip(bytes)?.get(path);
    const xml = entry ? entryBytes(entry) : null;
    if (xml === null) throw new Error('no sheet');
    // More than one piece of what partPieces inflates at a time (1 MiB).
    expect(xml.length).toBeGreaterThan(1 << 20);
    const read = await readXlsxSheets(bytes);
    expect(read?.sheets[0]?.rows.at(-1)).toEqual(['客户 20000 号']);
    const deflated = { pieces: [deflateRawSync(xml)], size: xml.length };
    const wrongCrc = replaceZipEntries(bytes, new Map([[path, { ...deflated, crc: crc32(xml) ^ 1 }]]));
    const wrongSize = replaceZipEntries(
      bytes,
      new Map([[path, { ...deflated, size: xml.length - 1, crc: crc32(xml) }]]),
    );
    const cut = replaceZipEntries(
      bytes,
      new Map([[path, { ...deflated, pieces: [deflateRawSync(xml).subarray(0, 5_000)], crc: crc32(xml) }]]),
    );
    for (const damaged of [wrongCrc, wrongSize, cut]) {
      expect(damaged).not.toBeNull();
      expect(await readXlsxSheets(damaged as Uint8Array)).toBeNull();
    }
  });

  it('for the workbooks found in the wild, when they are at hand', async (context) => {
    const names = existsSync(WILD) ? readdirSync(WILD).filter((n) => n.endsWith('.xlsx')) : [];
    if (names.length === 0) {
      context.skip(`no .xlsx in ${WILD} on this machine: the wild workbooks were not compared`);
      return;
    }
    for (const name of names) {
      await expectSameReading(new Uint8Array(readFileSync(join(WILD, name))), name);
    }
  });
});
