import { describe, expect, it } from 'vitest';
import { buildReport } from './buildReport.ts';
import { reportFixture, XSS_NAME } from './fixtures/reportFixture.ts';
import { renderReportHtml } from './renderReportHtml.ts';

const zh = renderReportHtml(buildReport(reportFixture({ clv: true, currency: '¥' })));
const en = renderReportHtml(buildReport(reportFixture({ language: 'en', clv: true })));

describe('renderReportHtml', () => {
  it('shows a customer named like a script as text, never as markup', () => {
    for (const html of [zh, en]) {
      expect(html).not.toContain(XSS_NAME);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toMatch(/<script/i);
    }
  });

  it('escapes a title, reasons and cleaning details written by users', () => {
    const input = reportFixture({ language: 'en' });
    input.title = 'Q1 "VIP" <b>report</b> & more';
    input.issues = [
      { row: 2, column: '<img src=x onerror=alert(1)>', value: '\'"', message: 'bad', kind: 'invalid' },
    ];
    const html = renderReportHtml(buildReport(input));
    expect(html).toContain('<h1>Q1 &quot;VIP&quot; &lt;b&gt;report&lt;/b&gt; &amp; more</h1>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&#39;&quot;');
  });

  it('is self-contained: no script, stylesheet, font, image or remote address', () => {
    for (const html of [zh, en]) {
      expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
      expect(html).not.toMatch(/\bsrc=|url\(|@import|@font-face/i);
      const remote = html.match(/https?:\/\/[^\s"'<>)]+/g) ?? [];
      expect(remote.every((url) => url === 'http://www.w3.org/2000/svg')).toBe(true);
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    }
  });

  it('uses a system font stack with CJK fonts and print-friendly CSS', () => {
    expect(zh).toContain('"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC"');
    expect(zh).toContain('@media print');
    expect(zh).toContain('@page');
  });

  it('draws accessible SVG charts: the period, owners, 4 distributions, 2 trend charts and the CLV spread', () => {
    const charts =
      zh.match(/<svg class="chart" id="([^"]+)" role="img" aria-labelledby="\1-title \1-desc"/g) ?? [];
    expect(charts).toHaveLength(9);
    expect(zh).toContain('<title id="chart-trend-revenue-title">每月销售额</title>');
    expect(en).toContain(
      '<title id="chart-segment-title">Customers and share of revenue: By segment (RFM)</title>',
    );
  });

  it('writes labels and formats in the report language', () => {
    expect(zh).toContain('<html lang="zh-CN">');
    expect(en).toContain('<html lang="en">');
    for (const heading of [
      '核心指标',
      '经营对比',
      '负责人',
      '近 12 个月趋势',
      '客户分群迁移',
      '新客留存（按首购月份）',
      '客户忠诚度',
      '客户结构',
      '分群运营策略',
      '待办跟进',
      '数据质量',
      '口径说明',
    ]) {
      expect(zh).toContain(`>${heading}</h2>`);
    }
    for (const heading of [
      'Key figures',
      'Last 12 months',
      'Customer mix',
      'Strategy per segment',
      'Follow-ups due',
      'Period comparison',
      'Segment migration',
      'Definitions',
    ]) {
      expect(en).toContain(`>${heading}</h2>`);
    }
    expect(zh).toContain('<div class="kpi-value">¥19,000.00</div>');
    expect(en).toContain('<div class="kpi-value">19,000.00</div>');
    expect(zh).toContain('<div class="kpi-value">66.7%</div>');
    expect(zh).toContain('首次购买距今不超过 30 天（2026-02-13 至 2026-03-15）');
    expect(en).toContain('first purchase at most 30 days ago (2026-02-13 to 2026-03-15)');
  });

  it('opens with highlights a manager reads first', () => {
    expect(zh).toContain(
      '<li>9 位购买客户中消费额最高的 2 位（前 20%，向上取整）贡献了 63.2% 的销售额。</li>',
    );
    expect(zh).toContain('<li>2026年2月销售额 ¥950.00，环比 −26.9%，同比 −20.8%。</li>');
    expect(zh).toContain(
      '<li>CLV 模型对 2 位高价值客户发出流失预警，涉及价值 ¥4,580.50：若能挽回，可在预计销售额之外增加这部分收入。</li>',
    );
    expect(en).toContain('<li>7 follow-ups planned: 3 overdue, 1 escalated.</li>');
  });

  it('gives every segment present a strategy card with concrete actions', () => {
    expect(zh.match(/<article class="card strategy/g)).toHaveLength(10);
    expect(zh).toContain('专属 VIP 服务与专属客户经理');
    expect(zh).toContain('一对一电话回访，了解不满原因');
    expect(en).toContain('One-to-one call to find out what went wrong');
    expect(en).toContain('1 customer · revenue 6,000.00 (31.6%)');
    expect(en).toContain('2 customers · revenue 0.00 (0.0%)');
  });

  it('leaves the CLV section out without CLV and says why there is no trend without orders', () => {
    const html = renderReportHtml(buildReport(reportFixture({ language: 'en', orders: false })));
    expect(html).not.toContain('id="clv"');
    expect(html).toContain('No orders table, so no monthly trend.');
    expect(html.match(/<svg class="chart"/g)).toHaveLength(4);
    // The owners' revenue is all time only, and the text says so without an empty period.
    expect(html).toContain('customers, revenue (all time), customers at risk');
    const zh = renderReportHtml(buildReport(reportFixture({ language: 'zh', orders: false })));
    expect(zh).toContain('每位负责人名下的客户、销售额（累计）、流失风险');
  });
});
