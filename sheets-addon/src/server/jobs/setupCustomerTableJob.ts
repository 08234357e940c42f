import {
  COMPLAINT_STAGE_LABELS,
  type CustomerField,
  detectHeaderRow,
  FIELD_LABELS,
  headerText,
  LANGUAGES,
  type Language,
  mapCustomerHeader,
  namePartColumns,
  sheetName,
} from '@crm/shared';
import { withDocumentLock } from '../documentLock.ts';
import { freeSheetName } from '../freeSheetName.ts';
import { type JobContext, jobContext } from '../jobContext.ts';
import { probeSheet } from '../sheetsWorkbook.ts';
import type { JobResult } from './jobResult.ts';

/** The template's columns, in order. */
const TEMPLATE: CustomerField[] = [
  'id',
  'name',
  'company',
  'title',
  'mobile',
  'email',
  'wechat',
  'city',
  'birthday',
  'firstPurchase',
  'lastPurchase',
  'orderCount',
  'totalSpend',
  'owner',
  'tags',
  'lastContact',
  'satisfaction',
  'complaintStatus',
  'note',
];
const DATE_FIELDS: CustomerField[] = ['birthday', 'firstPurchase', 'lastPurchase', 'lastContact'];

const SAMPLE_ROWS: Record<Language, (string | number)[][]> = {
  zh: [
    [
      'C0001',
      '刘洋',
      '华腾科技',
      '采购经理',
      '13912345678',
      'liu.yang@huateng.cn',
      'liuyang88',
      '上海',
      '1985-03-12',
      '2024-02-01',
      '2026-03-18',
      6,
      25800,
      '王芳',
      'VIP,老客户',
      '2026-04-02',
      9,
      '',
      '',
    ],
    [
      'C0002',
      '陈静',
      '星河贸易',
      '总经理',
      '13698765432',
      'chenjing@xinghe.cn',
      '',
      '杭州',
      '',
      '2025-11-20',
      '2025-11-20',
      1,
      3200,
      '王芳',
      '新客户',
      '',
      '',
      '受理',
      '发货延迟',
    ],
    [
      'C0003',
      'Alice Chen',
      'Northwind Ltd',
      'Buyer',
      '+14155550123',
      'alice@northwind.com',
      '',
      'San Francisco',
      '1990-07-21',
      '2023-05-05',
      '2025-08-30',
      3,
      7400,
      'Li Wei',
      'overseas',
      '2025-12-01',
      4,
      '',
      '',
    ],
  ],
  en: [
    [
      'C0001',
      'Alice Chen',
      'Northwind Ltd',
      'Buyer',
      '+14155550123',
      'alice@northwind.com',
      '',
      'San Francisco',
      '1985-03-12',
      '2024-02-01',
      '2026-03-18',
      6,
      25800,
      'Li Wei',
      'VIP',
      '2026-04-02',
      9,
      '',
      '',
    ],
    [
      'C0002',
      '刘洋',
      '华腾科技',
      'Purchasing manager',
      '13912345678',
      'liu.yang@huateng.cn',
      'liuyang88',
      'Shanghai',
      '',
      '2025-11-20',
      '2025-11-20',
      1,
      3200,
      'Li Wei',
      'new',
      '',
      '',
      'received',
      'late delivery',
    ],
    [
      'C0003',
      'Bob Smith',
      'Contoso',
      'CEO',
      '+442071234567',
      'bob@contoso.com',
      '',
      'London',
      '1990-07-21',
      '2023-05-05',
      '2025-08-30',
      3,
      7400,
      'Li Wei',
      '',
      '2025-12-01',
      4,
      '',
      '',
    ],
  ],
};

/**
 * Set up customer table: when the active sheet already has a recognised header,
 * reports its column mapping (the menu asks the user to confirm it and remembers the sheet);
 * otherwise creates a template sheet: headers in the spreadsheet's language with the other
 * language as a note, frozen header, validation for dates, emails and numbers, sample rows
 * when asked.
 */
export function setupCustomerTableJob(options: { sampleRows?: boolean } = {}): JobResult {
  const ctx = jobContext();
  const active = ctx.spreadsheet.getActiveSheet();
  const probe = probeSheet(active, ctx.dates);
  if (probe.rows.length > 0) {
    const found = detectHeaderRow(probe.rows, 'customers', ctx.config.headerOverrides);
    if (found.usable) {
      const header = (probe.rows[found.row - 1] ?? []).map(headerText);
      return {
        ok: true,
        message: ctx.messages.done.mapping(active.getName(), mappingText(ctx, header)),
        sheetName: active.getName(),
      };
    }
  }
  return withDocumentLock(ctx.messages.locked, () => createTemplate(ctx, options.sampleRows ?? false));
}

function mappingText(ctx: JobContext, header: string[]): string {
  const mapping = mapCustomerHeader(header, ctx.config.headerOverrides.customers);
  const lines = Object.entries(mapping.columns).map(
    ([field, column]) =>
      `${header[column as number]} → ${FIELD_LABELS[field as CustomerField][ctx.language]}`,
  );
  const parts = namePartColumns(mapping.nameParts);
  if (parts.length > 0)
    lines.push(`${parts.map((c) => header[c]).join(' + ')} → ${FIELD_LABELS.name[ctx.language]}`);
  const unknown = mapping.unknown.map((i) => header[i]).filter((h) => h);
  if (unknown.length > 0) lines.push(`${ctx.messages.keptAsIs}: ${unknown.join(', ')}`);
  return lines.join('\n');
}

function createTemplate(ctx: JobContext, sampleRows: boolean): JobResult {
  const { spreadsheet, language } = ctx;
  const other = LANGUAGES.find((l) => l !== language) ?? language;
  const base = sheetName('customers', language);
  const name = freeSheetName(spreadsheet, base, (n) => `${base} ${n}`);
  const sheet = spreadsheet.insertSheet(name, 0);
  const width = TEMPLATE.length;
  if (sheet.getMaxColumns() < width)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  const header = sheet.getRange(1, 1, 1, width);
  header.setValues([TEMPLATE.map((f) => FIELD_LABELS[f][language])]);
  header.setNotes([TEMPLATE.map((f) => FIELD_LABELS[f][other])]);
  header.setFontWeight('bold').setBackground('#1f4e78').setFontColor('#ffffff');
  sheet.setFrozenRows(1);
  const rows = sheet.getMaxRows() - 1;
  const column = (field: CustomerField) => sheet.getRange(2, TEMPLATE.indexOf(field) + 1, rows, 1);
  const help = ctx.messages.validation;
  for (const field of DATE_FIELDS) {
    column(field).setDataValidation(
      SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).setHelpText(help.date).build(),
    );
    column(field).setNumberFormat('yyyy-mm-dd');
  }
  column('email').setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireTextIsEmail()
      .setAllowInvalid(false)
      .setHelpText(help.email)
      .build(),
  );
  for (const field of ['orderCount', 'totalSpend'] as const) {
    column(field).setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireNumberGreaterThanOrEqualTo(0)
        .setAllowInvalid(false)
        .setHelpText(help.nonNegative)
        .build(),
    );
  }
  column('satisfaction').setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireNumberBetween(0, 10)
      .setAllowInvalid(false)
      .setHelpText(help.score)
      .build(),
  );
  column('complaintStatus').setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireValueInList(
        Object.values(COMPLAINT_STAGE_LABELS).map((l) => l[language]),
        true,
      )
      .setAllowInvalid(true)
      .build(),
  );
  column('mobile').setNumberFormat('@');
  if (sampleRows) sheet.getRange(2, 1, SAMPLE_ROWS[language].length, width).setValues(SAMPLE_ROWS[language]);
  spreadsheet.setActiveSheet(sheet);
  return { ok: true, message: ctx.messages.done.setup(name), sheetName: name };
}
