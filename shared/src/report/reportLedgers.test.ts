// The report on small ledgers as shops keep them, each figure and sentence read by hand: a
// manager acts on what the report says, so a note must say what its figure counts.
import { describe, expect, it } from 'vitest';
import type { Language } from '../model/keys.ts';
import type { Cell, TableData } from '../model/table.ts';
import { analyzeCustomerTable } from '../pipeline/analyzeCustomerTable.ts';
import { reportFor } from '../pipeline/reportFor.ts';
import { reportSheetLayout } from '../sheets/reportSheetLayout.ts';
import type { ReportPeriod } from './periods/reportPeriods.ts';
import { renderReportHtml } from './renderReportHtml.ts';
import { renderReportMarkdown } from './renderReportMarkdown.ts';

const table = (header: string[], rows: Cell[][]): TableData => ({ header, rows });

/** The report of a customer table and its orders, as of `today`, with its Markdown and sheet texts. */
function report(
  customers: TableData,
  orders: TableData,
  today: string,
  language: Language,
  period: ReportPeriod = 'month',
) {
  const analysis = analyzeCustomerTable({
    customers,
    orders,
    today,
    config: { language, report: { period } },
  });
  const model = reportFor(analysis);
  const sheetText = reportSheetLayout(model, language)
    .rows.flat()
    .map((cell) => String(cell ?? ''))
    .join('\n');
  return { model, markdown: renderReportMarkdown(model), html: renderReportHtml(model), sheetText };
}

/** The note of a KPI row of the Markdown report. */
function kpiNote(markdown: string, label: string): string | undefined {
  const line = markdown.split('\n').find((l) => l.startsWith(`| ${label} |`));
  return line?.split(' | ')[2]?.replace(/ \|$/, '');
}

describe('a 美容院 member ledger with two new members and one regular', () => {
  // Today 2026-12-03: 王丽 and 陈红 first came in November (new); 赵敏 has come since March, last
  // on 10-15 (active). All three bought within 90 days, but only 赵敏 is counted active.
  const customers = table(
    ['会员编号', '姓名', '手机', '负责人'],
    [
      ['M001', '王丽', '13900001111', '李美'],
      ['M002', '陈红', '13900002222', '李美'],
      ['M003', '赵敏', '13900003333', '张婷'],
    ],
  );
  const orders = table(
    ['会员编号', '日期', '金额'],
    [
      ['M001', '2026-11-20', 388],
      ['M001', '2026-12-01', 198],
      ['M002', '2026-11-25', 588],
      ['M003', '2026-03-10', 298],
      ['M003', '2026-10-15', 298],
    ],
  );

  it.each([
    ['zh', '活跃客户', /不含首购在 30 天内的新客户/],
    ['en', 'Active', /new customers \(first purchase within 30 days\) not counted/],
  ] as const)('says in %s that the active count leaves the new customers out', (language, label, note) => {
    const { model, markdown, html, sheetText } = report(customers, orders, '2026-12-03', language);
    expect(model.kpis.newInPeriod).toBe(2);
    expect(model.kpis.active).toBe(1);
    expect(kpiNote(markdown, label)).toMatch(note);
    expect(html).toMatch(note);
    expect(sheetText).toMatch(note);
    const active = model.definitions.find((d) => d.term === 'active');
    expect(active?.label).toBe(label);
    expect(active?.text).toContain('90');
    expect(active?.text).toContain('30');
  });
});
