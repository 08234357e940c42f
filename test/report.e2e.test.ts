// The HTML report opened in real Chromium: it must render
// offline, show the KPIs and sections, draw its SVG charts and show user text as text.
// Full-page screenshots are kept in artifacts/ for people to look at.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildReport, renderReportHtml, reportTexts } from '@crm/shared';
import { reportFixture, XSS_NAME } from '@crm/shared/testing';
import { type Browser, chromium } from 'playwright-core';
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

      // 4 distributions, 2 trend charts, 1 CLV chart; each drawn with a real size and bars.
      const charts = page.locator('svg.chart');
      expect(await charts.count()).toBe(7);
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
