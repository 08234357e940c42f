// The built dist/Sidebar.html in real Chromium, its google.script.run bridged to the add-on's
// Code.js running in the vm with the Apps Script double: the page and the server bundle are the
// files clasp would push, so a mismatch between the sidebar's calls and the server surface shows.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AddonWorld,
  addonWorld,
  ensureAddonBuilt,
  personWorld,
  SIDEBAR_HTML,
  STORAGE_NOTICE_PROPERTY,
  snapshot,
} from './addonHarness.ts';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from './support/chromium.ts';

const hasChromium = chromiumAvailable('sidebar e2e');

/** google.script.run as the sidebar sees it: chained handlers, then a call by server function name. */
const BRIDGE = `(() => {
  const runner = (success, failure) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (fn) => runner(fn, failure);
      if (name === 'withFailureHandler') return (fn) => runner(success, fn);
      return (...args) => {
        window.__gasCall(String(name), JSON.stringify(args)).then((reply) => {
          if (reply.ok) success && success(reply.value === undefined ? undefined : JSON.parse(reply.value));
          else failure && failure(new Error(reply.message));
        });
      };
    },
  });
  window.google = { script: { run: runner(null, null) } };
})();`;

describe.skipIf(!hasChromium)('sidebar in Chromium', () => {
  let browser: Browser;
  let userDataDir: string;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    ensureAddonBuilt({ sidebar: true });
    // Served on 127.0.0.1 as Apps Script serves it: one HTML file, nothing else to fetch.
    server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(SIDEBAR_HTML));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/Sidebar.html`;
    userDataDir = mkdtempSync(join(tmpdir(), 'addon-sidebar-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  /** The sidebar on a page whose google.script.run reaches the world's add-on; errors and requests recorded. */
  async function openSidebar(world: AddonWorld) {
    const page = await browser.newPage({ viewport: { width: 300, height: 760 }, deviceScaleFactor: 2 });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && request.url() !== url) requests.push(request.url());
    });
    await page.exposeFunction('__gasCall', (name: string, args: string) => {
      const fn = world.addon[name];
      if (!fn) return { ok: false, message: `No server function ${name}` };
      try {
        const value = fn(...(JSON.parse(args) as unknown[]));
        return { ok: true, value: value === undefined ? undefined : JSON.stringify(value) };
      } catch (error) {
        return { ok: false, message: (error as Error).message };
      }
    });
    await page.addInitScript(BRIDGE);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await expect.poll(() => page.locator('.status dd').first().textContent()).toContain('客户');
    return { page, requests, errors };
  }

  async function heading(page: Page) {
    return page.locator('h1').textContent();
  }

  it('"Generate report" creates the report sheet and shows the result', async () => {
    const world = addonWorld({ customers: 500 });
    const { page, requests, errors } = await openSidebar(world);

    await page.getByRole('button', { name: '一键生成报告' }).click();
    const result = page.getByTestId('job-result').first();
    await result.waitFor({ timeout: 60_000 });
    expect(await result.textContent()).toContain(`报告已生成：“客户报告 ${world.today}”`);
    // What the analysis says of its figures stands under the result: the sample's refunds.
    const notes = await result.getByTestId('job-note').allTextContents();
    expect(
      notes.filter((note) => /^\d+ 笔退款（合计 [\d,.]+）已从收入中扣除；净收入 [\d,.]+。$/.test(note)),
    ).toHaveLength(1);
    const report = world.env.book.sheets.find((s) => s.name === `客户报告 ${world.today}`);
    expect(report?.values[0]?.[0]).toBe('客户分析报告');
    expect(report?.charts.length).toBeGreaterThan(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);

    await page.locator('details.settings summary').click();
    mkdirSync('artifacts', { recursive: true });
    await page.screenshot({ path: 'artifacts/addon-sidebar.png', fullPage: true });
    await page.close();
  }, 120_000);

  it('saved settings are stored and switch the sidebar to the chosen language', async () => {
    const world = addonWorld({ customers: 50 });
    const { page, requests, errors } = await openSidebar(world);
    expect(await heading(page)).toBe('客户管理');

    await page.locator('details.settings summary').click();
    const form = page.locator('details.settings form');
    await form.locator('select').first().selectOption('en');
    await form.locator('input:not([type])').first().fill('us');
    await form.getByLabel('列名映射（每行：列名 = 字段，如 Kunde = name）').fill('Kunde = name');
    // A team that works Saturdays too, keeps China's public holidays, and takes 10-08 off.
    await form.getByLabel('周六').check();
    await form.getByLabel('本团队另外的休息日（每行一个日期，如 2026-10-08）').fill('2026-10-08');
    await form.getByRole('button', { name: '保存设置' }).click();

    await expect.poll(() => heading(page)).toBe('Customer tools');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'Generate report' }).isEnabled()).toBe(true);
    const stored = world.addon.getSettings?.() as { settings: { language: string }; config: unknown };
    expect(stored.settings.language).toBe('en');
    expect(stored.config).toMatchObject({
      defaultRegion: 'US',
      headerOverrides: { customers: { Kunde: 'name' } },
      followUps: {
        workDays: {
          weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
          publicHolidays: 'CN',
          daysOff: ['2026-10-08'],
        },
        complaintSlaCount: 'working-days',
      },
    });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('personal data request: find lists the places, erase asks again after its preview and leaves nothing', async () => {
    const world = personWorld();
    const { page, requests, errors } = await openSidebar(world);
    await page.locator('details.person summary').click();
    const key = page.getByLabel('标识（email:…、phone:…、wechat:…、id:… 或 account:…）');
    await key.fill('phone:139 1234 5678');
    await page.getByRole('button', { name: '查找', exact: true }).click();
    const places = page.getByTestId('person-places');
    await expect.poll(() => places.textContent(), { timeout: 60_000 }).toContain('客户 · 第 6 行');
    expect(await places.textContent()).toContain('客户备份 2026-01-10 · 第 3 行');
    const erase = page.getByRole('button', { name: '删除此人' });
    expect(await erase.isEnabled()).toBe(false);

    await page.getByRole('button', { name: '预览删除' }).click();
    const message = page.getByTestId('person-message');
    await expect
      .poll(() => message.textContent(), { timeout: 60_000 })
      .toContain('预览（尚未修改）：将删除 4 行');
    expect(await erase.isEnabled()).toBe(true);
    const dialogs: string[] = [];
    page.once('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    mkdirSync('artifacts', { recursive: true });
    await page.screenshot({ path: 'artifacts/addon-sidebar-person.png', fullPage: true });
    await erase.click();
    await expect.poll(() => message.textContent(), { timeout: 60_000 }).toMatch(/^已删除：删除 4 行/);
    expect(dialogs[0]).toContain('确定删除“phone:139 1234 5678”的全部个人信息吗？');
    const again = world.addon.findPersonData?.('phone:139 1234 5678') as { places: unknown[] };
    expect(again.places).toEqual([]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('privacy: the retention period saved in the settings, then expired sheets listed and deleted, consent filled', async () => {
    const world = personWorld();
    const recent = `客户备份 ${world.today}`;
    world.env.book.fill(
      recent,
      [
        ['客户编号', '姓名'],
        ['C001', '李雷'],
      ],
      { typed: true },
    );
    const { page, requests, errors } = await openSidebar(world);

    await page.locator('details.settings summary').click();
    const form = page.locator('details.settings form');
    await form.getByLabel('保存期限（最近一次购买或联系后的月数）').fill('6');
    await form.getByLabel('清洗数据时列出缺少合法依据的客户').check();
    await form.getByLabel('删除某人的信息时，其订单和投诉').selectOption('delete-rows');
    await form.getByRole('button', { name: '保存设置' }).click();
    await expect.poll(() => form.locator('.saved').count(), { timeout: 60_000 }).toBe(1);
    const stored = world.addon.getSettings?.() as { config: { privacy: unknown } };
    expect(stored.config.privacy).toEqual({
      retentionMonths: 6,
      showContactDetails: false,
      requireLegalBasis: true,
      eraseOrders: 'delete-rows',
      logSecret: null,
    });

    const panel = page.locator('details.retention');
    await panel.locator('summary').click();
    await panel.getByRole('button', { name: '查找' }).click();
    const listed = panel.getByTestId('expired-sheets');
    await expect.poll(() => listed.textContent(), { timeout: 60_000 }).toContain('客户备份 2026-01-10');
    expect(await listed.locator('li').allTextContents()).toEqual([
      '客户备份 2026-01-10（客户备份，2026-01-10）',
      '客户报告 2026-02-01（报告，2026-02-01）',
    ]);
    const dialogs: string[] = [];
    page.once('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    mkdirSync('artifacts', { recursive: true });
    await page.screenshot({ path: 'artifacts/addon-sidebar-retention.png', fullPage: true });
    await panel.getByRole('button', { name: '删除这些工作表' }).click();
    const message = panel.getByTestId('retention-message');
    await expect.poll(() => message.textContent(), { timeout: 60_000 }).toBe('已删除 2 个过期的工作表。');
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toContain('客户报告 2026-02-01');
    const names = world.env.book.sheets.map((s) => s.name);
    expect(names).toContain(recent);
    expect(names.filter((n) => n.endsWith('2026-01-10') || n.endsWith('2026-02-01'))).toEqual([]);
    expect(await panel.getByRole('button', { name: '删除这些工作表' }).isEnabled()).toBe(false);

    await panel.getByLabel('合法依据').selectOption({ label: '履行合同（现有客户）' });
    await panel.getByLabel('处理目的').fill('售后服务与回访');
    await panel.getByRole('button', { name: '填写同意列' }).click();
    await expect
      .poll(() => message.textContent(), { timeout: 60_000 })
      .toBe(
        '已在“客户”中为 5 位客户填写 15 个空单元格，新增列：合法依据、处理目的、告知日期；已有内容的单元格未改动。',
      );
    expect(world.env.book.sheet('客户').values[3]?.slice(10, 12)).toEqual([
      '履行合同（现有客户）',
      '售后服务与回访',
    ]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows the storage notice before the first job: dismissed, nothing runs; confirmed once, then never again', async () => {
    const world = addonWorld({ customers: 50, notice: 'unanswered' });
    const { page, errors } = await openSidebar(world);
    const before = snapshot(world);
    const dialogs: string[] = [];
    let answer: 'accept' | 'dismiss' = 'dismiss';
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void (answer === 'accept' ? dialog.accept() : dialog.dismiss());
    });
    const report = page.getByRole('button', { name: '一键生成报告' });
    const latest = page.getByTestId('job-result').first();
    await report.click();
    await expect
      .poll(() => latest.textContent(), { timeout: 60_000 })
      .toContain('未运行：需要先确认数据存储位置说明。');
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toMatch(/^数据存储位置说明\n\n.*中国大陆境外/s);
    expect(snapshot(world)).toBe(before);
    expect(world.env.properties.user.data.has(STORAGE_NOTICE_PROPERTY)).toBe(false);

    answer = 'accept';
    await report.click();
    await expect.poll(() => latest.textContent(), { timeout: 60_000 }).toContain('报告已生成');
    expect(world.env.properties.user.data.get(STORAGE_NOTICE_PROPERTY)).toBe(world.today);
    await page.getByRole('button', { name: '客户分类' }).click();
    await expect.poll(() => page.getByTestId('job-result').count(), { timeout: 60_000 }).toBe(3);
    expect(await latest.getAttribute('class')).toBe('ok');
    expect(dialogs).toHaveLength(2);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
