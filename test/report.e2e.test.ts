// The HTML report opened in real Chromium: it must render
// offline, show the KPIs and sections, draw its SVG charts and show user text as text.
// Full-page screenshots are kept in artifacts/ for people to look at.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  analyzeCustomerTable,
  buildReport,
  generateSample,
  type Language,
  type ReportModel,
  renderReportHtml,
  reportFor,
  reportTexts,
} from '@crm/shared';
import { reportFixture, XSS_NAME } from '@crm/shared/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from './support/chromium.ts';

const ARTIFACTS = resolve(import.meta.dirname, '..', 'artifacts');

const hasChromium = existsSync(CHROMIUM);
let browser: Browser | undefined;
let dir = '';

beforeAll(async () => {
  if (!hasChromium) return;
  dir = await mkdtemp(join(tmpdir(), 'crm-report-'));
  await mkdir(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

const EXPECTED = {
  zh: {
    customers: '11',
    new: '2',
    active: '3',
    'at-risk': '2',
    churned: '2',
    revenue: '¥19,000.00',
    aov: '¥791.67',
    repurchase: '66.7%',
    top20: '63.2%',
    'complaints-open': '2',
    'complaints-closed': '3',
    'resolution-days': '5.5 天',
    satisfaction: '3.50 / 5',
    'value-at-stake': '¥4,580.50',
  },
  en: {
    customers: '11',
    new: '2',
    active: '3',
    'at-risk': '2',
    churned: '2',
    revenue: '19,000.00',
    aov: '791.67',
    repurchase: '66.7%',
    top20: '63.2%',
    'complaints-open': '2',
    'complaints-closed': '3',
    'resolution-days': '5.5 days',
    satisfaction: '3.50 / 5',
    'value-at-stake': '4,580.50',
  },
} as const;

describe('HTML report in Chromium', () => {
  for (const language of ['zh', 'en'] as const) {
    it(`renders the ${language} report offline with its figures, sections and charts`, async (ctx) => {
      if (browser === undefined) {
        if (process.env.CI)
          throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium first.`);
        return ctx.skip(
          `${CHROMIUM} not found: install it with apt-get install -y chromium to run this test`,
        );
      }
      const currency = language === 'zh' ? '¥' : '';
      const model = buildReport(reportFixture({ language, clv: true, currency }));
      const file = join(dir, `report-${language}.html`);
      await writeFile(file, renderReportHtml(model), 'utf8');

      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const network: string[] = [];
      const problems: string[] = [];
      const dialogs: string[] = [];
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith('file:')) return route.continue();
        network.push(url);
        return route.abort();
      });
      page.on('request', (request) => {
        if (!request.url().startsWith('file:')) network.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });

      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

      const t = reportTexts(language);
      for (const heading of [
        t.kpiHeading,
        t.comparisonHeading,
        t.ownersHeading,
        t.migrationHeading,
        t.cohortsHeading,
        t.loyaltyHeading,
        t.definitionsHeading,
        t.trendHeading,
        t.distributionsHeading,
        t.clvHeading,
        t.strategyHeading,
        t.followUpsHeading,
        t.qualityHeading,
      ]) {
        expect(await page.getByRole('heading', { level: 2, name: heading }).isVisible()).toBe(true);
      }
      for (const [kpi, value] of Object.entries(EXPECTED[language])) {
        const card = page.locator(`#kpis [data-kpi="${kpi}"] .kpi-value`);
        expect(await card.isVisible()).toBe(true);
        expect(await card.textContent(), kpi).toBe(value);
      }

      // The period, owners, 4 distributions, 2 trend charts, 1 CLV chart; each drawn with a real
      // size and bars.
      const charts = page.locator('svg.chart');
      expect(await charts.count()).toBe(9);
      for (const chart of await charts.all()) {
        const box = await chart.boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(200);
        expect(box?.height ?? 0).toBeGreaterThan(80);
        expect(await chart.locator('title').count()).toBe(1);
      }
      const bars = await page
        .locator('#chart-segment rect')
        .evaluateAll((rects) => rects.map((r) => (r as SVGGraphicsElement).getBBox().width));
      expect(bars.filter((w) => w > 0).length).toBeGreaterThan(10);
      const trendPoints = await page.locator('#chart-trend-customers circle').count();
      expect(trendPoints).toBe(24);

      // A customer named like a script is shown as text and never runs.
      expect(await page.getByText(XSS_NAME).first().isVisible()).toBe(true);
      expect(await page.locator('script').count()).toBe(0);
      expect(dialogs).toEqual([]);

      // One strategy card per segment present (10 of the 11 segments have customers).
      expect(await page.locator('article.strategy').count()).toBe(10);

      await page.screenshot({ path: join(ARTIFACTS, `report-${language}.png`), fullPage: true });

      // Print layout hides the navigation pills.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav.toc').isHidden()).toBe(true);

      expect(network, 'the report must not touch the network').toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

/**
 * The report of a generated table (owners, refunds, NPS answers) as of 3 November: the current
 * month is three days old. Each section a manager acts on is shown, and kept as a screenshot in
 * artifacts/ (report-<section>-<language>.png) for people to look at.
 */
describe('the manager’s sections in Chromium, on a generated table', () => {
  const TODAY = '2026-11-03';
  const reports: Record<Language, ReportModel> = { zh: modelOf('zh'), en: modelOf('en') };

  function modelOf(language: Language): ReportModel {
    const sample = generateSample({ customers: 500, seed: 2026, today: TODAY });
    const analysis = analyzeCustomerTable({
      customers: sample.customers,
      orders: sample.orders,
      complaints: sample.complaints,
      today: TODAY,
      config: { language },
    });
    return { ...reportFor(analysis), currency: language === 'zh' ? '¥' : '' };
  }

  async function open(language: Language): Promise<Page> {
    const file = join(dir, `sections-${language}.html`);
    await writeFile(file, renderReportHtml(reports[language]), 'utf8');
    const context = await (browser as Browser).newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return page;
  }

  for (const language of ['zh', 'en'] as const) {
    it(`shows the period comparison, owners, migration, cohorts, loyalty, top customers and definitions (${language})`, async (ctx) => {
      if (browser === undefined) return ctx.skip(`${CHROMIUM} not found`);
      const model = reports[language];
      const t = reportTexts(language);
      const page = await open(language);

      // Period comparison: the last complete month (October) against September and October 2025.
      const comparison = page.locator('#comparison');
      expect(await comparison.locator('[data-kpi="period-revenue"] .kpi-value').textContent()).toBe(
        language === 'zh'
          ? `¥${groupMoney(model.comparison?.current.revenue ?? 0)}`
          : groupMoney(model.comparison?.current.revenue ?? 0),
      );
      expect(await comparison.textContent()).toContain(t.periodLabel('month', '2026-10-01'));
      // The month only three days old is not a drop: it is drawn pale and dashed, and named so.
      expect(await page.locator('#chart-trend-revenue rect.partial').count()).toBe(1);
      expect(await page.locator('#trend').textContent()).toContain(t.partialMonth('2026-11'));

      // Owners: one row per 负责人 (and the unassigned), plus the total row.
      const ownerRows = page.locator('#owners table tbody tr');
      expect(await ownerRows.count()).toBe(model.owners.length);
      expect(await page.locator('#owners tfoot td').nth(1).textContent()).toBe('500');

      // Migration: every customer in one cell; downs and ups coloured and named.
      const cells = await page
        .locator('#migration table.matrix td')
        .evaluateAll((tds) => tds.map((td) => Number((td.textContent ?? '').replace(/,/g, '')) || 0));
      expect(cells.reduce((a, b) => a + b, 0)).toBe(500);
      expect(await page.locator('#migration td.cell-down').count()).toBeGreaterThan(0);

      // Cohorts: twelve months, the older the more months followed.
      expect(await page.locator('#cohorts tbody tr').count()).toBe(12);
      expect(await page.locator('#cohorts td.heat').count()).toBeGreaterThan(30);

      // Loyalty with an NPS from the 推荐意愿 column, and the definitions the figures count by.
      const nps = model.loyalty.nps;
      expect(nps).not.toBeNull();
      expect(await page.locator('[data-kpi="loyalty-nps"] .kpi-value').textContent()).toBe(
        String(Math.round(nps ?? 0)),
      );
      expect(await page.locator('#definitions tbody tr').count()).toBe(model.definitions.length);
      expect(await page.locator('#top tbody tr').count()).toBe(20);

      for (const id of [
        'kpis',
        'comparison',
        'owners',
        'trend',
        'migration',
        'cohorts',
        'loyalty',
        'top',
        'followups',
        'definitions',
      ]) {
        await page.locator(`#${id}`).screenshot({ path: join(ARTIFACTS, `report-${id}-${language}.png`) });
      }
      await page.screenshot({ path: join(ARTIFACTS, `report-sample-${language}.png`), fullPage: true });
      await page.context().close();
    });
  }
});

/** 1234567.891 → 1,234,567.89, as the report writes money. */
function groupMoney(value: number): string {
  const [whole, cents] = value.toFixed(2).split('.') as [string, string];
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}
