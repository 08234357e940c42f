import { describe, expect, it } from 'vitest';
import { exportFileName, placeLines, previewLines } from './personPanelText.ts';
import { TEXTS } from './texts.ts';

const PLACES = [
  { sheet: '客户', row: 6, column: '姓名', value: '张伟' },
  { sheet: '客户', row: 6, column: '邮箱', value: 'Zhang.Wei@Example.com' },
  { sheet: '订单', row: 3, column: '客户编号', value: 'C003' },
  { sheet: '客户', row: 6, column: '邮箱', value: 'Zhang.Wei@Example.com' },
];

describe('person panel texts', () => {
  it('lists one line per sheet row with its columns, in both languages', () => {
    expect(placeLines(PLACES, TEXTS.zh)).toEqual(['客户 · 第 6 行：姓名、邮箱', '订单 · 第 3 行：客户编号']);
    expect(placeLines(PLACES, TEXTS.en)).toEqual(['客户 · row 6: 姓名, 邮箱', '订单 · row 3: 客户编号']);
  });

  it('says when the data is in a cell’s formula or note, in both languages', () => {
    const places = [
      {
        sheet: '联系记录',
        row: 2,
        column: 'C',
        value: '=HYPERLINK("mailto:zhang.wei@example.com","发邮件")',
        part: 'formula' as const,
      },
      { sheet: '联系记录', row: 2, column: 'B', value: '张伟 139 1234 5678', part: 'note' as const },
      { sheet: '联系记录', row: 2, column: 'B', value: '张伟已回复' },
    ];
    expect(placeLines(places, TEXTS.zh)).toEqual(['联系记录 · 第 2 行：C（公式中）、B（备注中）、B']);
    expect(placeLines(places, TEXTS.en)).toEqual(['联系记录 · row 2: C (in a formula), B (in a note), B']);
  });

  it('says what erasure would do to each sheet', () => {
    const sheets = [
      { sheet: '客户', rowsDeleted: 1, cellsChanged: 0 },
      { sheet: '订单', rowsDeleted: 0, cellsChanged: 3 },
    ];
    expect(previewLines(sheets, TEXTS.zh)).toEqual([
      '客户：删除 1 行，改动 0 个单元格',
      '订单：删除 0 行，改动 3 个单元格',
    ]);
    expect(previewLines(sheets, TEXTS.en)).toEqual([
      '客户: 1 row deleted, 0 cells changed',
      '订单: 0 rows deleted, 3 cells changed',
    ]);
  });

  it('says that an exported copy goes whole, in both languages', () => {
    const sheets = [
      { sheet: '个人信息副本 2026-02-03', rowsDeleted: 0, cellsChanged: 0, sheetDeleted: true },
    ];
    expect(previewLines(sheets, TEXTS.zh)).toEqual([
      '个人信息副本 2026-02-03：删除整个工作表（导出的个人信息副本）',
    ]);
    expect(previewLines(sheets, TEXTS.en)).toEqual([
      '个人信息副本 2026-02-03: whole sheet deleted (an exported copy of their data)',
    ]);
  });

  it('names the JSON download by date only, never by the person', () => {
    expect(exportFileName(new Date('2026-02-10T08:00:00Z'))).toBe('personal-data-2026-02-10.json');
  });
});
