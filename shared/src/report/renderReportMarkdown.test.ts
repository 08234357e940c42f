import { describe, expect, it } from 'vitest';
import { buildReport } from './buildReport.ts';
import { reportFixture } from './fixtures/reportFixture.ts';
import { escapeMarkdown } from './markdown/markdownParts.ts';
import { renderReportMarkdown } from './renderReportMarkdown.ts';

const zh = renderReportMarkdown(buildReport(reportFixture({ clv: true, currency: '¥' })));
const en = renderReportMarkdown(buildReport(reportFixture({ language: 'en', clv: true })));

/** Cells of a table line, splitting on pipes that are not backslash-escaped. */
function cells(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe('renderReportMarkdown', () => {
  it('has the same sections as the HTML report, in order', () => {
    const headings = en.split('\n').filter((l) => /^#{1,2} /.test(l));
    expect(headings).toEqual([
      '# Customer analysis report',
      '## Key figures',
      '## Period comparison',
      '## Owners',
      '## Last 12 months',
      '## Segment migration',
      '## Cohort retention (by first-purchase month)',
      '## Loyalty',
      '## Top 9 customers by revenue',
      '## Customer mix',
      '## Customer lifetime value (CLV) and churn risk',
      '## Strategy per segment',
      '## Follow-ups due',
      '## Data quality',
      '## Definitions',
    ]);
    expect(zh).toContain('## 核心指标');
    expect(zh).toContain('### 按 RFM 八分类');
  });

  it('writes well-formed tables: every row has as many cells as its header', () => {
    const lines = zh.split('\n');
    let tables = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (!line.startsWith('| ') || !(lines[i + 1] ?? '').startsWith('| ---')) continue;
      tables++;
      const width = cells(line).length;
      expect(cells(lines[i + 1] ?? '')).toHaveLength(width);
      for (let j = i + 2; (lines[j] ?? '').startsWith('|'); j++)
        expect(cells(lines[j] ?? '')).toHaveLength(width);
    }
    expect(tables).toBeGreaterThanOrEqual(15);
  });

  it('puts the hand-checked KPIs and totals in the tables', () => {
    expect(zh).toContain('| 累计销售额 | ¥19,000.00 | 共 24 单，已扣除退款 |');
    expect(zh).toContain('| 复购率 | 66.7% | 购买 ≥ 2 次的客户 6 / 购买客户 9 |');
    expect(en).toContain('| Average order value | 791.67 | revenue ÷ orders (24 orders) |');
    expect(en).toContain('| Total | 11 | 100.0% | 19,000.00 | 100.0% |');
    expect(en).toContain('| 2026-03 (not over) | 1 | 2 | 3 | 2,800.00 |');
    expect(en).toContain('| Revenue (net of refunds) | 950.00 | 1,300.00 | −26.9% | 1,200.00 | −20.8% |');
    expect(en).toContain('| Repeat purchase rate | 66.7% | 50.0% | +16.7 pts | 100.0% | −33.3 pts |');
    expect(en).toContain('| Total | 11 | 9 | 19,000.00 | 950.00 | 2 | 2 | 7 | 3 |');
  });

  it('escapes user text so it cannot become markup or break a table', () => {
    expect(zh).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(zh).not.toMatch(/(?<!\\)<script/);
    expect(escapeMarkdown('A | B\nC *x* [l](u) <b>')).toBe('A \\| B C \\*x\\* \\[l\\](u) \\<b\\>');
  });

  it('opens the key figures with the highlights', () => {
    expect(en).toContain(
      '**Highlights**\n\n- Feb 2026: revenue 950.00, −26.9% on the period before, −20.8% on a year earlier.\n- The top 20 % of the 9 buyers, rounded up to 2 customers, account for 63.2% of revenue.',
    );
    expect(zh).toContain('- 2 位客户有流失风险、2 位已流失，合计占全部客户的 36.4%。');
  });

  it('lists each strategy with its goal and actions', () => {
    expect(zh).toContain('### 冠军客户');
    expect(zh).toContain('- 专属 VIP 服务与专属客户经理');
    expect(en).toContain('**Goal**: Win back former good customers quickly');
  });
});
