// The exact dist/Code.js that clasp pushes, run in a vm against the Apps Script double.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Language, MANAGED_COLUMN_LABELS, MANAGED_COLUMNS } from '@crm/shared';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AddonWorld,
  addonWorld,
  ensureAddonBuilt,
  type JobResult as Result,
  runJob as run,
  snapshot,
  tablesWorld,
} from './addonHarness.ts';
import type { SheetModel } from './doubles/appsScript/sheetModel.ts';

beforeAll(() => ensureAddonBuilt({ sidebar: true }), 120_000);

const SHOPS = join(import.meta.dirname, 'fixtures', 'shops');
const sheet = (w: AddonWorld, name: string) => w.env.book.sheet(name) as SheetModel;
/** Calls of the Spreadsheet service (the ones that cost a round trip to Sheets). */
const SPREADSHEET_SERVICE = ['SpreadsheetApp.', 'Spreadsheet.', 'Sheet.', 'Range.', 'Protection.'];
const managedHeaders = (language: Language) => MANAGED_COLUMNS.map((c) => MANAGED_COLUMN_LABELS[c][language]);

describe('menu and sidebar', () => {
  it('adds its items, in Chinese, to the add-on menu under Extensions (not a menu of its own)', () => {
    const w = addonWorld({ customers: 20 });
    w.addon.onOpen?.({ authMode: 'LIMITED' });
    expect(w.env.ui.menus.map((m) => m.kind)).toEqual(['addon']);
    expect(w.env.ui.menus[0]?.items[0]?.caption).toBe('打开侧边栏');
    expect(w.env.ui.menus[0]?.items.map((i) => i.functionName)).toEqual([
      'showSidebar',
      'setupCustomerTable',
      'cleanCustomerTable',
      'classifyCustomers',
      'buildFollowUps',
      'generateReport',
    ]);
  });

  it('words the menu in English for an English locale, also before authorisation', () => {
    const w = addonWorld({ customers: 20, locale: 'en_US' });
    w.addon.onInstall?.({ authMode: 'NONE' });
    expect(w.env.ui.menus[0]?.kind).toBe('addon');
    expect(w.env.ui.menus[0]?.items[0]?.caption).toBe('Open sidebar');
  });

  it('opens the self-contained sidebar', () => {
    const w = addonWorld({ customers: 20 });
    w.addon.showSidebar?.();
    expect(w.env.ui.sidebars[0]?.title).toBe('客户管理');
    expect(w.env.ui.sidebars[0]?.html).toContain('<div id="root">');
    expect(w.env.ui.sidebars[0]?.html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
  });
});

describe('what the analysis notes', () => {
  // A Macau shop's ledger: orders in patacas and in Hong Kong dollars, added as one currency, and
  // a mobile pasted from a CSV file Excel saved, which Sheets reads as the number 853661000000.
  const CUT =
    '1 个电话号码被 Excel 或 WPS 存成了科学计数法（如 1.38123E+10），末尾的数字已丢失，无法从本表还原：请从原始系统重新导出，或在导出、粘贴前先把电话列设为“文本”格式。';
  const CURRENCIES =
    '订单金额写明了 2 种货币（HKD 2 笔、MOP 1 笔），已按原数字直接相加：收入、M 值、价值分层和 CLV 都不准确。请先把金额换算成同一种货币。';
  const ledger = () =>
    tablesWorld({
      客戶: [
        ['客戶編號', '聯絡人', '手提電話'],
        ['M-1', '陳大文', '+853 6612 3456'],
        ['M-2', '李嘉欣', '+853 6689 0123'],
        ['M-3', '何超瓊', '8.53661E+11'],
      ],
      訂單: [
        ['客戶編號', '日期', '金額'],
        ['M-1', '2026-01-05', 'MOP$500'],
        ['M-1', '2026-01-09', 'HK$1,200'],
        ['M-2', '2026-01-12', 'HK$300'],
      ],
    });

  it('reaches the sidebar with the job result, in the user language', () => {
    const result = run(ledger(), 'classify');
    expect(result.ok).toBe(true);
    expect(result.notes).toContain(CURRENCIES);
    expect(result.notes).toContain(CUT);
  });

  it('goes into the toast of a job run from the menu', () => {
    const w = ledger();
    w.addon.classifyCustomers?.();
    expect(w.env.book.toasts.at(-1)?.split('\n')).toContain(CURRENCIES);
  });

  it('says why a shop export whose buyers are masked gives no customer an order', () => {
    // A 拼多多 export pasted into the workbook as it came, beside the shop's own customer list.
    const csv = (file: string) =>
      Papa.parse<string[]>(readFileSync(join(SHOPS, file), 'utf8'), { skipEmptyLines: true }).data;
    const w = tablesWorld({ 客户: csv('taobao_wangwang_customers.csv'), 导出数据: csv('pdd_orders.csv') });
    const result = run(w, 'classify');
    expect(result.ok).toBe(true);
    expect(result.notes).toContain(
      '4 笔订单的买家只有打码的“手机”（如“138****5678”），分不出是哪位客户，未计入：平台导出时隐藏了部分字符，不同买家打码后可能一模一样。请导出带客户编号、完整号码或未打码的买家账号（如“买家会员名”）的订单表后再运行。',
    );
    expect(result.notes).toContain('1 笔已取消或作废的订单未计入。');
  });

  it('says which sheet of purchases it could not read, though it classifies the customers', () => {
    // A driving school's receipt book keyed by 档案号, which names no buyer the toolkit knows.
    const w = tablesWorld({
      学员: [
        ['学员编号', '姓名', '手机'],
        ['X-07', '陈思琪', '13956012233'],
      ],
      收费明细: [
        ['日期', '收据号', '档案号', '金额'],
        ['2026-01-05', 'NO.0031', 'X-07', 3980],
      ],
    });
    const result = run(w, 'classify');
    expect(result.ok, result.message).toBe(true);
    expect(result.notes?.[0]).toMatch(
      /^工作表“收费明细”（“日期”、“收据号”、“档案号”、“金额”）像是订单.*headerOverrides\.orders/,
    );
  });

  it('gives the customers of a list with their 旺旺号 the orders of a 淘宝 export whose numbers are masked', () => {
    // The shop's own ids (C001…) beside each buyer's 旺旺号; the export's 联系手机 is masked.
    const csv = (file: string) =>
      Papa.parse<string[]>(readFileSync(join(SHOPS, file), 'utf8'), { skipEmptyLines: true }).data;
    const w = tablesWorld({
      客户: csv('taobao_seller_customers.csv'),
      导出数据: csv('taobao_masked_orders.csv'),
    });
    const result = run(w, 'classify');
    expect(result.ok).toBe(true);
    // 张伟, 李娜 and 王芳 bought; 赵敏 did not.
    expect(result.figures).toMatchObject({ customers: 4, buyers: 3 });
    expect(result.notes?.some((note) => note.includes('打码'))).toBe(false);
  });
});

describe('jobs on a generated 1k-row table', () => {
  it('classify writes the managed columns to the right, leaves user cells alone and re-uses them', () => {
    const w = addonWorld({ customers: 1000 });
    const customers = sheet(w, '客户');
    const before = customers.values.map((r) => r.slice());
    const width = before[0]?.length ?? 0;
    expect(run(w, 'classify')).toMatchObject({ ok: true, figures: { customers: expect.any(Number) } });
    const header = customers.values[0] ?? [];
    expect(header.slice(width)).toEqual(managedHeaders('zh'));
    for (let r = 0; r < before.length; r++) {
      expect(customers.values[r]?.slice(0, width)).toEqual(before[r]);
    }
    const segments = new Set(customers.values.slice(1).map((row) => row[width + 3]));
    expect([...segments].every((s) => typeof s === 'string')).toBe(true);
    expect(segments.has('冠军客户')).toBe(true);
    const days = customers.values.slice(1).map((_, i) => customers.dayAt(i + 2, width + 11));
    expect(days.some((day) => day !== null && day >= w.today)).toBe(true);

    // A language switch re-uses the same columns and renames them.
    expect(w.addon.saveSettings?.({ language: 'en' })).toMatchObject({ ok: true });
    run(w, 'classify');
    expect(customers.values[0]?.length).toBe(width + 11);
    expect(customers.values[0]?.slice(width + 3, width + 5)).toEqual(managedHeaders('en').slice(3, 5));
    expect(customers.values[1]?.slice(0, width)).toEqual(before[1]);
  });

  it('follow-ups, report and data quality sheets are written, the report with native charts', () => {
    const w = addonWorld({ customers: 1000 });
    const followUps = run(w, 'follow-ups');
    let tasks = sheet(w, '跟进任务');
    expect(tasks.values[0]?.slice(0, 4)).toEqual(['完成', '到期日', '优先级', '类型']);
    expect(tasks.values.length - 1).toBe(followUps.figures?.tasks);
    expect(tasks.frozenRows).toBe(1);
    // The user ticks a task done; the next run rewrites the sheet and keeps the tick.
    const id = tasks.values[0]?.indexOf('任务编号') ?? -1;
    const ticked = tasks.values[3]?.[id];
    (tasks.values[3] as unknown[])[0] = '✓';
    const again = run(w, 'follow-ups');
    tasks = sheet(w, '跟进任务');
    expect(again.figures).toMatchObject({ done: 1 });
    expect(tasks.values.find((r) => r[id] === ticked)?.[0]).toBe('✓');

    const report = run(w, 'report');
    expect(report.sheetName).toBe(`客户报告 ${w.today}`);
    const sheetOfReport = sheet(w, `客户报告 ${w.today}`);
    expect(sheetOfReport.values[0]?.[0]).toBe('客户分析报告');
    expect(sheetOfReport.values.some((r) => r[0] === '客户总数' && r[1] === 1000)).toBe(true);
    expect(sheetOfReport.charts.map((c) => c.type)).toEqual(['COLUMN', 'BAR', 'PIE', 'COLUMN', 'LINE']);
    expect(sheetOfReport.charts[2]?.options.title).toContain('客户分群');
    expect(w.env.book.active?.name).toBe(`客户报告 ${w.today}`);
    run(w, 'report');
    expect(w.env.book.sheets.filter((s) => s.name.startsWith('客户报告')).length).toBe(1);

    const before = snapshot(w);
    const clean = run(w, 'clean');
    const quality = sheet(w, '数据质量');
    expect(quality.values[2]?.[0]).toBe(1000);
    expect(quality.values.slice(5).some((r) => r[0] === '重复（完全相同）')).toBe(true);
    expect(clean.figures?.exactDuplicateGroups).toBeGreaterThan(0);
    // Only the review sheet changed.
    expect(JSON.parse(snapshot(w)).filter((s: { name: string }) => s.name !== '数据质量')).toEqual(
      JSON.parse(before).filter((s: { name: string }) => s.name !== '数据质量'),
    );
  });

  it('merging exact duplicates first copies the table to a backup sheet', () => {
    const w = addonWorld({ customers: 1000 });
    const original = sheet(w, '客户').values.map((r) => r.slice());
    const result = run(w, 'merge');
    expect(result.ok).toBe(true);
    expect(result.figures?.rowsRemoved).toBeGreaterThan(0);
    expect(sheet(w, `客户备份 ${w.today}`).values).toEqual(original);
    expect(sheet(w, '客户').lastRow()).toBe(original.length - (result.figures?.rowsRemoved ?? 0));
  });

  it('set-up creates a validated template when no customer table exists', () => {
    const w = addonWorld({ customers: 0, orders: false, complaints: false });
    w.env.book.sheets = [];
    w.env.book.active = null;
    w.env.book.addSheet('Sheet1');
    expect(run(w, 'setup-with-samples')).toMatchObject({ ok: true, sheetName: '客户' });
    const template = sheet(w, '客户');
    expect(template.values[0]?.slice(0, 3)).toEqual(['客户编号', '姓名', '公司']);
    expect(template.frozenRows).toBe(1);
    expect(template.format(1, 1).note).toBe('Customer ID');
    expect(template.validations.get('2,6')?.criteria).toBe('TEXT_IS_VALID_EMAIL');
    expect(run(w, 'classify').ok).toBe(true);
  });
});

describe('a contact export whose name is in parts (First Name / Last Name)', () => {
  const HEADER = [
    'Record ID',
    'First Name',
    'Last Name',
    'Email',
    'Phone Number',
    'Company Name',
    'Contact owner',
  ];

  it('shows the parts read as the name, greets by the whole name, and merges a duplicate part by part', () => {
    const w = tablesWorld({
      Contacts: [
        HEADER,
        ['51234001', '', '', 'emily.chen@brightwave.com', '+1 415-555-0132', 'Brightwave Inc.', 'Ann Lee'],
        ['51234002', 'Wei', 'Zhang', 'wei.zhang@acme-trading.cn', '', 'Acme Trading', 'Ann Lee'],
        ['51234003', 'Emily', 'Chen', 'Emily.Chen@brightwave.com', '', '', 'Ann Lee'],
      ],
    });
    expect(w.addon.saveSettings?.({ language: 'en' })).toMatchObject({ ok: true });
    const status = w.addon.getStatus?.() as { columns?: { header: string; field: string }[] };
    expect(status.columns).toContainEqual({ header: 'First Name + Last Name', field: 'Name' });
    expect(run(w, 'follow-ups')).toMatchObject({ ok: true });
    const plan = sheet(w, 'Follow-ups').values.map((row) => row.map(String));
    const customer = plan[0]?.indexOf('Customer') ?? -1;
    expect(plan.slice(1).map((row) => row[customer])).toContain('Wei Zhang');
    // Row 2 has no name; its duplicate by email (row 4) has one: the merge copies both parts.
    const merged = run(w, 'merge');
    expect(merged).toMatchObject({ ok: true, figures: { rowsRemoved: 1 } });
    expect(
      sheet(w, 'Contacts')
        .values.slice(1, 3)
        .map((row) => row.slice(0, 3).map(String)),
    ).toEqual([
      ['51234001', 'Emily', 'Chen'],
      ['51234002', 'Wei', 'Zhang'],
    ]);
  });
});

describe('bad layouts change nothing and say why', () => {
  const cases: { name: string; prepare: (w: AddonWorld) => void; message: RegExp; jobs?: string[] }[] = [
    {
      name: 'an empty sheet',
      prepare: (w) => {
        w.env.book.sheets = [];
        w.env.book.active = null;
        w.env.book.addSheet('Sheet1');
      },
      message: /是空的/,
    },
    {
      name: 'a header nobody recognises',
      prepare: (w) => {
        w.env.book.sheets = [];
        w.env.book.active = null;
        w.env.book.fill('Sheet1', [
          ['foo', 'bar'],
          [1, 2],
        ]);
      },
      message: /无法识别.*“foo”、“bar”/,
    },
    {
      name: 'merged header cells',
      prepare: (w) => {
        sheet(w, '客户').merges.push({ row: 1, column: 1, rows: 1, columns: 2 });
      },
      message: /合并单元格（A1:B1）/,
    },
    {
      name: 'formulas in a managed column',
      prepare: (w) => {
        run(w, 'classify');
        const customers = sheet(w, '客户');
        const segment = (customers.values[0] ?? []).indexOf('客户分群') + 1;
        customers.formulas.set(`5,${segment}`, '=A5');
      },
      message: /客户分群.*含有公式/,
      // Only classify writes the managed columns; the report may still run.
      jobs: ['classifyCustomers'],
    },
  ];

  it.each(cases)('refuses $name with an alert', ({ prepare, message, jobs }) => {
    const w = addonWorld({ customers: 50 });
    prepare(w);
    const before = snapshot(w);
    const menuJobs = jobs ?? ['classifyCustomers', 'generateReport'];
    for (const job of menuJobs) {
      const result = w.addon[job]?.() as Result;
      expect(result.ok).toBe(false);
    }
    expect(w.env.ui.alerts.length).toBe(menuJobs.length);
    expect(w.env.ui.alerts[0]?.prompt).toMatch(message);
    expect(snapshot(w)).toBe(before);
  });

  it('waits for a lock held by another execution and changes nothing', () => {
    const w = addonWorld({ customers: 50, lockHeldElsewhere: true });
    const before = snapshot(w);
    expect(run(w, 'report')).toMatchObject({
      ok: false,
      message: '另一个任务正在修改这个表格，请稍后再试。',
    });
    expect(snapshot(w)).toBe(before);
  });
});

describe('settings and daily digest', () => {
  it('round-trips settings and refuses an invalid threshold without saving it', () => {
    const w = addonWorld({ customers: 20 });
    const saved = w.addon.saveSettings?.({
      language: 'zh',
      clv: false,
      config: { lifecycle: { activeMaxDays: 60 } },
    }) as Result;
    expect(saved.ok).toBe(true);
    const view = w.addon.getSettings?.() as {
      config: { lifecycle: { activeMaxDays: number } };
      settings: { clv: boolean };
    };
    expect(view.config.lifecycle.activeMaxDays).toBe(60);
    expect(view.settings.clv).toBe(false);
    const stored = w.env.properties.document.data.get('crm.settings');
    const refused = w.addon.saveSettings?.({ config: { lifecycle: { activeMaxDays: -5 } } }) as Result;
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/lifecycle\.activeMaxDays/);
    expect(w.env.properties.document.data.get('crm.settings')).toBe(stored);
  });

  it('installs one daily trigger and mails the owner within the quota', () => {
    const w = addonWorld({ customers: 300 });
    w.addon.installDailyDigest?.();
    w.addon.installDailyDigest?.();
    expect(w.env.triggers).toEqual([
      expect.objectContaining({ handler: 'sendDailyDigest', everyDays: 1, atHour: 8 }),
    ]);
    expect(w.addon.getStatus?.()).toMatchObject({ digestOn: true });
    const sent = w.addon.sendDailyDigest?.() as Result;
    expect(sent.ok).toBe(true);
    expect(w.env.mail[0]).toMatchObject({
      to: 'owner@example.com',
      subject: expect.stringContaining(w.today),
    });
    w.addon.removeDailyDigest?.();
    expect(w.env.triggers).toEqual([]);
  });

  it('sends nothing once the mail quota is used up', () => {
    const w = addonWorld({ customers: 300, mailQuota: 0 });
    const result = w.addon.sendDailyDigest?.() as Result;
    expect(result).toMatchObject({ ok: false, message: '今日邮件配额已用完，未发送摘要。' });
    expect(w.env.mail).toEqual([]);
  });
});

describe('Apps Script discipline', () => {
  it('makes the same Spreadsheet service calls for 1k and 10k rows', () => {
    const counts = [1000, 10_000].map((customers) => {
      const w = addonWorld({ customers, ordersPerCustomer: 2 });
      const perJob: Record<string, { total: number; getValues: number; setValues: number }> = {};
      for (const job of ['classify', 'follow-ups', 'report', 'clean']) {
        w.env.calls.reset();
        expect(run(w, job).ok).toBe(true);
        const calls = w.env.calls.snapshot();
        // Totals, not per method: a new sheet is grown (insertRowsAfter) or trimmed (deleteRows).
        perJob[job] = {
          total: SPREADSHEET_SERVICE.reduce((n, prefix) => n + w.env.calls.total(prefix), 0),
          getValues: calls['Range.getValues'] ?? 0,
          setValues: calls['Range.setValues'] ?? 0,
        };
      }
      return perJob;
    });
    expect(counts[1]).toEqual(counts[0]);
    // One header read per candidate sheet, one full read of customers, orders and complaints, and
    // the customer header row and keys read again just before the write.
    expect(counts[0]?.classify?.getValues).toBeLessThanOrEqual(8);
    expect(counts[0]?.classify?.setValues).toBe(1);
    // The report's few hundred styled blocks take one call per style property and value.
    expect(counts[0]?.report?.total).toBeLessThanOrEqual(160);
  }, 300_000);

  it('fits the CLV model once per version of the orders, and the kept fit gives the same values', () => {
    const w = addonWorld({ customers: 1000 });
    const customers = sheet(w, '客户');
    expect(run(w, 'classify').ok).toBe(true);
    const fresh = JSON.stringify(customers.values);
    w.env.calls.reset();
    expect(run(w, 'report').ok).toBe(true);
    expect(run(w, 'classify').ok).toBe(true);
    expect(w.env.calls.snapshot('Cache.')).toEqual({ 'Cache.get': 2 });
    expect(JSON.stringify(customers.values)).toBe(fresh);
    // An order moved to today is another version of the data: fitted again.
    const orders = sheet(w, '订单');
    const date = (orders.values[0] ?? []).indexOf('订单日期');
    const row = orders.values.findIndex((cells, i) => i > 0 && cells[date] instanceof Date);
    (orders.values[row] as unknown[])[date] = new Date(`${w.today}T00:00:00Z`);
    w.env.calls.reset();
    expect(run(w, 'classify').ok).toBe(true);
    expect(w.env.calls.snapshot('Cache.')).toEqual({ 'Cache.get': 1, 'Cache.put': 1 });
  });

  it('classifies and reports a 100k-row table', () => {
    const w = addonWorld({ customers: 100_000, ordersPerCustomer: 1, complaints: false });
    expect(run(w, 'classify')).toMatchObject({ ok: true, figures: { customers: expect.any(Number) } });
    expect(sheet(w, '客户').values.length).toBe(100_001);
    expect(run(w, 'report').ok).toBe(true);
    expect(sheet(w, `客户报告 ${w.today}`).charts.length).toBe(5);
  }, 600_000);
});
