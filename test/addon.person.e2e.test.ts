// Personal data requests and the storage notice through the exact dist/Code.js on the Apps Script
// double: one person (张伟) in the customers, orders, complaints, follow-ups, a backup, the data
// quality review, a report and notes; find, the dry run, erase, a protected range, a failure
// half-way, the notice asked once, and the digest naming customers without contact details.
import { createHash } from 'node:crypto';
import { PERSON, PERSON_WORKBOOK_TOTAL, personWorkbook } from '@crm/shared/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AddonWorld,
  addonWorld,
  ensureAddonBuilt,
  type JobResult,
  personWorld,
  runJob,
  STORAGE_NOTICE_PROPERTY,
  snapshot,
  tablesWorld,
} from './addonHarness.ts';
import { ScriptError } from './doubles/appsScript/scriptError.ts';
import type { CellValue } from './doubles/appsScript/typedInput.ts';

beforeAll(() => ensureAddonBuilt(), 120_000);

interface PersonResult extends JobResult {
  places?: { sheet: string; row: number; column: string; value: string; part?: 'formula' | 'note' }[];
  preview?: { sheet: string; rowsDeleted: number; cellsChanged: number; sheetDeleted?: boolean }[];
  token?: string;
  json?: string;
}

const SHEETS = personWorkbook().map((g) => g.name);

const call = (w: AddonWorld, name: string, ...args: unknown[]) => w.addon[name]?.(...args) as PersonResult;
const texts = (w: AddonWorld, name: string) =>
  w.env.book
    .sheet(name)
    .values.map((row) => row.map((cell) => (cell instanceof Date ? cell.toISOString() : String(cell))));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** No cell anywhere names the person any more (张伟明 is someone else and stays). */
function expectNoTrace(w: AddonWorld) {
  for (const sheet of w.env.book.sheets) {
    sheet.values.forEach((row, r) => {
      row.forEach((value, c) => {
        const text = String(value);
        const where = `${sheet.name}!R${r + 1}C${c + 1} ${text}`;
        expect(text.toLowerCase(), where).not.toContain(PERSON.email);
        expect(text.replace(/\D/g, ''), where).not.toMatch(/13912345678|13800001111/);
        expect(text, where).not.toContain(PERSON.wechat);
        expect(text.replaceAll('张伟明', ''), where).not.toContain(PERSON.name);
      });
    });
  }
}

/** The rows of each sheet that held none of the person's data are all still there, in order. */
function expectOtherRowsKept(before: Map<string, string[][]>, w: AddonWorld, placed: Set<string>) {
  for (const [name, rows] of before) {
    const after = texts(w, name).map((r) => r.join('|'));
    const kept = rows.filter((_, i) => !placed.has(`${name}!${i + 1}`)).map((r) => r.join('|'));
    let at = 0;
    for (const line of after) if (line === kept[at]) at++;
    expect(at, `${name}: rows kept in order`).toBe(kept.length);
  }
}

describe('personal data request', () => {
  it('the bundle exposes the panel’s server functions to google.script.run', () => {
    const w = personWorld();
    for (const name of [
      'findPersonData',
      'exportPersonData',
      'previewPersonErasure',
      'erasePersonData',
      'getStorageNotice',
      'acknowledgeStorageNotice',
    ])
      expect(typeof w.addon[name], name).toBe('function');
  });

  it('find lists every place the person is, in every sheet, and changes nothing', () => {
    const w = personWorld();
    const before = snapshot(w);
    const found = call(w, 'findPersonData', 'phone:+86 139-1234-5678');
    expect(found).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^找到 \d+ 处，分布在 8 个工作表。$/),
    });
    expect(new Set(found.places?.map((p) => p.sheet))).toEqual(new Set(SHEETS));
    expect(found.places).toContainEqual({
      sheet: '客户',
      row: 6,
      column: '邮箱',
      value: 'Zhang.Wei@Example.com',
    });
    expect(found.places?.filter((p) => p.sheet === '订单').map((p) => p.row)).toEqual([3, 5, 8]);
    expect(snapshot(w)).toBe(before);
    expect(call(w, 'findPersonData', 'phone:12')).toMatchObject({ ok: false });
    expect(call(w, 'findPersonData', 'email:nobody@example.com')).toMatchObject({ ok: true, places: [] });
  });

  it('export copies their rows into a new sheet and as JSON, and logs the request without personal data', () => {
    const w = personWorld();
    const result = call(w, 'exportPersonData', `wechat:${PERSON.wechat}`, true);
    expect(result).toMatchObject({ ok: true, sheetName: `个人信息副本 ${w.today}` });
    const copy = texts(w, `个人信息副本 ${w.today}`).flat();
    expect(copy).toContain('Zhang.Wei@Example.com');
    expect(copy).toContain('139 1234 5678');
    const json = JSON.parse(result.json ?? '{}') as { rows: { sheet: string }[] };
    expect(new Set(json.rows.map((r) => r.sheet))).toEqual(
      new Set(['客户', '订单', '投诉', '跟进任务', '客户备份 2026-01-10']),
    );
    const log = texts(w, '个人信息处理记录');
    expect(log[1]?.slice(1, 5)).toEqual(['导出副本', '微信', sha256(`wechat:${PERSON.wechat}`), 'SHA-256']);
    // JSON only: no sheet is added, the request is logged again.
    const sheets = w.env.book.sheets.length;
    expect(call(w, 'exportPersonData', `wechat:${PERSON.wechat}`, false)).toMatchObject({ ok: true });
    expect(w.env.book.sheets.length).toBe(sheets);
    expect(texts(w, '个人信息处理记录').length).toBe(3);
  });

  it('logs the next request in a log whose empty rows someone deleted', () => {
    const w = personWorld();
    expect(call(w, 'exportPersonData', `wechat:${PERSON.wechat}`, false)).toMatchObject({ ok: true });
    // Tidied up by hand: the rows below the header and the first entry deleted.
    const logSheet = w.env.book.sheet('个人信息处理记录');
    logSheet.deleteRows(3, logSheet.maxRows - 2);
    expect(call(w, 'exportPersonData', `email:${PERSON.email}`, false)).toMatchObject({ ok: true });
    const log = texts(w, '个人信息处理记录');
    expect(log.length).toBe(3);
    expect(log.slice(1).map((row) => row[1])).toEqual(['导出副本', '导出副本']);
    expect(logSheet.maxRows).toBe(3);
  });

  it('logs into a log whose name someone retyped in other letter case, as Sheets keeps one name per case', () => {
    const w = personWorld();
    expect(w.addon.saveSettings?.({ language: 'en' })).toMatchObject({ ok: true });
    expect(call(w, 'exportPersonData', `wechat:${PERSON.wechat}`, false)).toMatchObject({ ok: true });
    w.env.book.sheet('Personal data log').name = 'personal data log';
    // Sheets refuses a second sheet named "Personal data log" beside it: the entry goes into it.
    expect(call(w, 'exportPersonData', `email:${PERSON.email}`, false)).toMatchObject({ ok: true });
    expect(
      w.env.book.sheets.map((s) => s.name.toLowerCase()).filter((n) => n === 'personal data log'),
    ).toHaveLength(1);
    expect(
      texts(w, 'personal data log')
        .slice(1)
        .map((row) => row[1]),
    ).toEqual(['Copy', 'Copy']);
    // Found as the log, it is no place of the person's data either.
    expect(call(w, 'findPersonData', `email:${PERSON.email}`).places?.map((p) => p.sheet)).not.toContain(
      'personal data log',
    );
  });

  it('the dry run changes nothing; erase then leaves no trace, keeps every other row and the order totals, and logs a hash', () => {
    const w = personWorld();
    const before = new Map(SHEETS.map((name) => [name, texts(w, name)]));
    const untouched = snapshot(w);
    const preview = call(w, 'previewPersonErasure', `email:${PERSON.email}`);
    expect(preview).toMatchObject({
      ok: true,
      message: expect.stringContaining('预览（尚未修改）：将删除 4 行'),
    });
    expect(preview.preview).toContainEqual({ sheet: '客户备份 2026-01-10', rowsDeleted: 2, cellsChanged: 0 });
    expect(snapshot(w)).toBe(untouched);
    expect(call(w, 'erasePersonData', `email:${PERSON.email}`, '')).toMatchObject({
      ok: false,
      message: '删除前请先确认。未做任何修改。',
    });
    expect(snapshot(w)).toBe(untouched);

    const erased = call(w, 'erasePersonData', `email:${PERSON.email}`, preview.token);
    expect(erased).toMatchObject({ ok: true, figures: { rowsDeleted: 4 } });
    expect(erased.message).toMatch(/^已删除：删除 4 行，改动 \d+ 个单元格；已登记到“个人信息处理记录”/);
    expectNoTrace(w);
    const placed = new Set((preview.places ?? []).map((p) => `${p.sheet}!${p.row}`));
    expectOtherRowsKept(before, w, placed);
    const orders = w.env.book.sheet('订单').values;
    expect(orders.slice(1).reduce((sum, row) => sum + Number(row[3] || 0), 0)).toBeCloseTo(
      PERSON_WORKBOOK_TOTAL,
      6,
    );
    // Their orders keep order id, date and amount; the customer reference is gone.
    expect(texts(w, '订单')[2]?.slice(0, 2)).toEqual(['D1002', '']);
    expect(texts(w, '客户').map((r) => r[0] ?? '')).toEqual([
      '华东区客户台账',
      '',
      '客户编号',
      'C001',
      'C002',
      'C004',
      'C005',
    ]);
    expect(texts(w, '客户备份 2026-01-10').map((r) => r[0])).toEqual(['客户编号', 'C001']);
    const log = texts(w, '个人信息处理记录');
    expect(log[0]?.[0]).toBe('日期');
    expect(log[1]?.slice(0, 7)).toEqual([
      w.today,
      '删除',
      '邮箱',
      sha256(`email:${PERSON.email}`),
      'SHA-256',
      String(preview.places?.length),
      '4',
    ]);
    // The sheet the user was on stays active.
    expect(w.env.book.active?.name).toBe('客户');
    // Nothing left to erase.
    expect(call(w, 'findPersonData', `email:${PERSON.email}`)).toMatchObject({ ok: true, places: [] });
  });

  it('erases the only task of a follow-ups sheet the add-on wrote (frozen header, grid as tall as its rows)', () => {
    const w = personWorld();
    // As writeSheetLayout leaves it: the header frozen, no row below the last task; today the
    // only task is 张伟's.
    const tasks = w.env.book.sheet('跟进任务');
    tasks.deleteRows(3, tasks.maxRows - 2);
    tasks.frozenRows = 1;
    const header = texts(w, '跟进任务')[0];
    const preview = call(w, 'previewPersonErasure', `email:${PERSON.email}`);
    expect(preview.preview).toContainEqual({ sheet: '跟进任务', rowsDeleted: 1, cellsChanged: 0 });
    expect(call(w, 'erasePersonData', `email:${PERSON.email}`, preview.token)).toMatchObject({ ok: true });
    expectNoTrace(w);
    expect(texts(w, '跟进任务')).toEqual([header]);
  });

  it.each([1, 2, 3, 4])(
    'a Google failure at deletion %i of that erasure is undone, the blank row too, and a second run erases',
    (nth) => {
      const w = personWorld();
      const tasks = w.env.book.sheet('跟进任务');
      tasks.deleteRows(3, tasks.maxRows - 2);
      tasks.frozenRows = 1;
      const preview = call(w, 'previewPersonErasure', `email:${PERSON.email}`);
      const before = snapshot(w);
      w.env.calls.hook({
        key: 'Sheet.deleteRows',
        nth,
        before: () => {
          throw new ScriptError('Service Spreadsheets failed while accessing document');
        },
      });
      expect(call(w, 'erasePersonData', `email:${PERSON.email}`, preview.token).ok).toBe(false);
      expect(snapshot(w)).toBe(before);
      // Run again, as the message says: it goes through.
      const again = call(w, 'previewPersonErasure', `email:${PERSON.email}`);
      expect(call(w, 'erasePersonData', `email:${PERSON.email}`, again.token)).toMatchObject({ ok: true });
      expectNoTrace(w);
    },
  );

  it('refuses a key several people share, and an erasure the spreadsheet no longer matches', () => {
    const w = personWorld();
    const untouched = snapshot(w);
    // 李雷 and 张伟 share the company switchboard.
    const shared = call(w, 'previewPersonErasure', 'phone:021-6123 4567');
    expect(shared).toMatchObject({
      ok: false,
      message: expect.stringContaining('对应 2 个不同的人（李雷、张伟）'),
    });
    expect(call(w, 'erasePersonData', 'phone:021-6123 4567', 'any')).toMatchObject({
      ok: false,
      message: shared.message,
    });
    expect(snapshot(w)).toBe(untouched);
    const preview = call(w, 'previewPersonErasure', `email:${PERSON.email}`);
    // A co-editor adds a note about 张伟 after the preview.
    w.env.book.sheet('备注').values.push(['2026-02-02', '张伟 13912345678 又来电']);
    const changed = snapshot(w);
    expect(call(w, 'erasePersonData', `email:${PERSON.email}`, preview.token)).toMatchObject({
      ok: false,
      message: '预览之后表格内容有变化，删除已取消。请重新预览后再确认。未做任何修改。',
    });
    expect(snapshot(w)).toBe(changed);
    expect(untouched).not.toBe(changed);
  });

  it('a protected range makes erase refuse in Chinese and change nothing', () => {
    const w = personWorld({ owner: 'boss@example.com' });
    const preview = call(w, 'previewPersonErasure', `email:${PERSON.email}`);
    expect(preview.ok).toBe(true);
    // The complaints' text column is protected by the owner.
    w.env.book.protect('投诉', { row: 1, column: 4, rows: 1000, columns: 1 });
    const before = snapshot(w);
    const refused = call(w, 'erasePersonData', `email:${PERSON.email}`, preview.token);
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/^工作表“投诉”的 .+ 受保护，您没有编辑权限.*未做任何修改。$/);
    expect(snapshot(w)).toBe(before);
    expect(call(w, 'previewPersonErasure', `email:${PERSON.email}`)).toMatchObject({
      ok: false,
      message: refused.message,
    });
  });

  it('a Google failure half-way is undone: every sheet as it was', () => {
    const w = personWorld();
    const preview = call(w, 'previewPersonErasure', `email:${PERSON.email}`);
    const before = snapshot(w);
    w.env.calls.hook({
      key: 'Sheet.deleteRows',
      nth: 3,
      before: () => {
        throw new ScriptError('Service Spreadsheets failed while accessing document');
      },
    });
    const failed = call(w, 'erasePersonData', `email:${PERSON.email}`, preview.token);
    expect(failed).toMatchObject({ ok: false, message: expect.stringContaining('Google 表格服务暂时出错') });
    expect(snapshot(w)).toBe(before);
  });
});

describe('personal data request on a ledger with merged cells', () => {
  // 客户编号 merged down over 张伟's two order lines (A2:A3), each line with its own delivery
  // address. Sheets reads A3 as ''.
  const merged = () => {
    const w = tablesWorld({
      客户: [
        ['客户编号', '姓名', '手机'],
        ['C001', '张伟', '13912345678'],
        ['C002', '李娜', '13987654321'],
      ],
      订单: [
        ['客户编号', '订单日期', '金额', '收货地址'],
        ['C001', '2026-01-05', 100, '上海市静安区南京西路 1 号'],
        ['', '2026-02-05', 200, '上海市浦东新区世纪大道 8 号'],
        ['C002', '2026-03-05', 80, '杭州市西湖区文三路 90 号'],
      ],
    });
    w.env.SpreadsheetApp.getActiveSpreadsheet()?.getSheetByName('订单')?.getRange('A2:A3').merge();
    return w;
  };

  it('find lists both order lines under the merged 客户编号; erase clears the address of each', () => {
    const w = merged();
    const found = call(w, 'findPersonData', 'phone:13912345678');
    expect(found.ok, found.message).toBe(true);
    expect(found.places?.filter((p) => p.sheet === '订单').map((p) => [p.row, p.column, p.value])).toEqual([
      [2, '客户编号', 'C001'],
      [3, '客户编号', 'C001'],
    ]);
    const preview = call(w, 'previewPersonErasure', 'phone:13912345678');
    const erased = call(w, 'erasePersonData', 'phone:13912345678', preview.token);
    expect(erased.ok, erased.message).toBe(true);
    // Each line keeps its amount; the address of each is gone, the other customer's stays.
    expect(texts(w, '订单').map((row) => row.slice(2, 4))).toEqual([
      ['金额', '收货地址'],
      ['100', ''],
      ['200', ''],
      ['80', '杭州市西湖区文三路 90 号'],
    ]);
  });
});

describe('storage notice (个人信息保护法 art. 38–39)', () => {
  it('is asked once from the menu; declining changes nothing and records nothing', () => {
    const w = addonWorld({ customers: 40, notice: 'unanswered' });
    const before = snapshot(w);
    w.env.ui.answers.push('NO');
    expect(w.addon.classifyCustomers?.()).toMatchObject({
      ok: false,
      message: '未运行：请先阅读并确认数据存储位置说明。',
    });
    expect(w.env.ui.alerts.map((a) => [a.title, a.buttons])).toEqual([['数据存储位置说明', 'YES_NO']]);
    expect(w.env.ui.alerts[0]?.prompt).toContain('中国大陆境外');
    expect(snapshot(w)).toBe(before);
    expect(w.env.properties.user.data.has(STORAGE_NOTICE_PROPERTY)).toBe(false);

    w.env.ui.answers.push('YES');
    expect(w.addon.classifyCustomers?.()).toMatchObject({ ok: true });
    expect(w.env.properties.user.data.get(STORAGE_NOTICE_PROPERTY)).toBe(w.today);
    expect(w.env.properties.document.data.get(STORAGE_NOTICE_PROPERTY)).toBe(w.today);
    expect(w.addon.buildFollowUps?.()).toMatchObject({ ok: true });
    expect(w.env.ui.alerts.length).toBe(2);
  });

  it('the sidebar’s jobs and requests wait for the confirmation, given once', () => {
    const w = addonWorld({ customers: 40, notice: 'unanswered' });
    const before = snapshot(w);
    expect(w.addon.getStorageNotice?.()).toMatchObject({ title: '数据存储位置说明', acknowledged: null });
    expect(runJob(w, 'classify')).toMatchObject({
      ok: false,
      message: '未运行：请先阅读并确认数据存储位置说明。',
    });
    expect(call(w, 'findPersonData', 'id:C001')).toMatchObject({ ok: false });
    expect(snapshot(w)).toBe(before);
    expect(w.addon.acknowledgeStorageNotice?.()).toMatchObject({ ok: true, acknowledged: w.today });
    expect(w.addon.getStorageNotice?.()).toMatchObject({ acknowledged: w.today });
    expect(runJob(w, 'classify')).toMatchObject({ ok: true });
    expect(w.env.ui.alerts).toEqual([]);
  });
});

describe('daily digest minimisation', () => {
  it('names customers by name and row; contact details only when the setting shows them', () => {
    const w = addonWorld({ customers: 300 });
    expect(runJob(w, 'digest-send')).toMatchObject({ ok: true });
    const body = w.env.mail[0]?.body ?? '';
    const customers = w.env.book.sheet('客户').values;
    const header = customers[0]?.map(String) ?? [];
    const contacts = customers
      .slice(1)
      .flatMap((row) => ['邮箱', '手机', '电话'].map((h) => String(row[header.indexOf(h)] ?? '')))
      .filter((c) => c.replace(/\D/g, '').length >= 8 || c.includes('@'));
    expect(contacts.length).toBeGreaterThan(100);
    for (const contact of contacts) expect(body).not.toContain(contact);
    const line = /^• \S+ \[[^\]]+\] (.+?)（第 (\d+) 行）/m.exec(body);
    expect(line).not.toBeNull();
    const row = Number(line?.[2]);
    expect(customers[row - 1]?.[header.indexOf('姓名')]).toBe(line?.[1]);

    // A phone typed into the name cell is masked in the mail unless contact details are shown.
    (customers[row - 1] as CellValue[])[header.indexOf('姓名')] = `${line?.[1]} 13812345678`;
    expect(runJob(w, 'digest-send')).toMatchObject({ ok: true });
    expect(w.env.mail[1]?.body).not.toContain('13812345678');
    expect(w.env.mail[1]?.body).toContain(`${line?.[1]} *******5678（第 ${row} 行）`);
    expect(w.addon.saveSettings?.({ config: { privacy: { showContactDetails: true } } })).toMatchObject({
      ok: true,
    });
    expect(runJob(w, 'digest-send')).toMatchObject({ ok: true });
    expect(w.env.mail[2]?.body).toContain(`${line?.[1]} 13812345678（第 ${row} 行）`);
  });
});

/** Adds a contact log whose link holds 张伟's email only in its formula and whose note holds their email and mobile. */
function withContactLog(w: AddonWorld) {
  const log = w.env.book.fill(
    '联系记录',
    [
      ['日期', '事项', '链接'],
      ['2026-01-20', '报价已发', '发邮件'],
      ['2026-01-22', '寄样品', '查看订单'],
    ],
    { typed: true },
  );
  log.setFormula(2, 3, '=HYPERLINK("mailto:zhang.wei@example.com","发邮件")');
  log.setFormula(3, 3, '=HYPERLINK("https://shop.example.com/o/D1002","查看订单")');
  log.formats.fill(
    'note',
    { row: 2, column: 2, rows: 1, columns: 1 },
    '张伟 zhang.wei@example.com 139 1234 5678 要求只在工作日联系',
  );
  // A note on 张伟's own customer row, and one on 李雷's that does not name 张伟.
  w.env.book.sheet('客户').formats.fill('note', { row: 6, column: 2, rows: 1, columns: 1 }, '只在工作日联系');
  w.env.book.sheet('客户').formats.fill('note', { row: 4, column: 2, rows: 1, columns: 1 }, '老客户');
  return log;
}

/** Makes the first `key` call after the n-th `after` call fail as Google's service does. */
function failAfter(w: AddonWorld, after: string, key: string) {
  w.env.calls.hook({
    key: after,
    nth: 1,
    after: () =>
      w.env.calls.hook({
        key,
        nth: 1,
        before: () => {
          throw new ScriptError('Service Spreadsheets failed while accessing document');
        },
      }),
  });
}

describe('a person’s data in formulas and notes', () => {
  it.each([
    {
      language: 'zh',
      marker: '[已删除]',
      found: /^找到 \d+ 处，分布在 9 个工作表。$/,
      erased: /^已删除：删除 4 行/,
    },
    {
      language: 'en',
      marker: '[erased]',
      found: /^Found \d+ places on 9 sheets\.$/,
      erased: /^Erased: 4 rows deleted/,
    },
  ])(
    'find names the formula and the note ($language); erasure leaves the displayed text and the rest of the note',
    ({ language, marker, found, erased }) => {
      const w = personWorld();
      if (language === 'en') expect(w.addon.saveSettings?.({ language: 'en' })).toMatchObject({ ok: true });
      const log = withContactLog(w);
      const places = call(w, 'findPersonData', `email:${PERSON.email}`);
      expect(places.message).toMatch(found);
      expect(places.places?.filter((p) => p.sheet === '联系记录')).toEqual([
        {
          sheet: '联系记录',
          row: 2,
          column: 'C',
          value: '=HYPERLINK("mailto:zhang.wei@example.com","发邮件")',
          part: 'formula',
        },
        {
          sheet: '联系记录',
          row: 2,
          column: 'B',
          value: '张伟 zhang.wei@example.com 139 1234 5678 要求只在工作日联系',
          part: 'note',
        },
      ]);
      expect(places.places).toContainEqual({
        sheet: '客户',
        row: 6,
        column: '姓名',
        value: '只在工作日联系',
        part: 'note',
      });
      expect(places.places?.filter((p) => p.value === '老客户')).toEqual([]);

      const preview = call(w, 'previewPersonErasure', `email:${PERSON.email}`);
      expect(preview.preview).toContainEqual({ sheet: '联系记录', rowsDeleted: 0, cellsChanged: 2 });
      const result = call(w, 'erasePersonData', `email:${PERSON.email}`, preview.token);
      expect(result.message).toMatch(erased);
      expect(texts(w, '联系记录')[1]).toEqual(['2026-01-20T00:00:00.000Z', '报价已发', '发邮件']);
      expect(log.formula(2, 3)).toBe('');
      // Another link stays a formula; the other customer keeps their note.
      expect(log.formula(3, 3)).toBe('=HYPERLINK("https://shop.example.com/o/D1002","查看订单")');
      expect(log.formats.get('note', 2, 2)).toBe(`${marker} ${marker} ${marker} 要求只在工作日联系`);
      expect(w.env.book.sheet('客户').formats.get('note', 4, 2)).toBe('老客户');
      expectNoTrace(w);
      expect(JSON.stringify([...log.formulas]).toLowerCase()).not.toContain(PERSON.email);
      // The log counts the two cells of the contact log among those changed.
      const logged = texts(w, language === 'en' ? 'Personal data log' : '个人信息处理记录')[1];
      expect(logged?.[7]).toBe(String(result.figures?.cellsChanged));
      expect(result.figures?.cellsChanged).toBe((preview.figures?.cellsChanged as number) ?? -1);
      expect(call(w, 'findPersonData', `email:${PERSON.email}`)).toMatchObject({ ok: true, places: [] });
    },
  );

  it('a Google failure after the formula and note changed puts both back', () => {
    const w = personWorld();
    withContactLog(w);
    const preview = call(w, 'previewPersonErasure', `email:${PERSON.email}`);
    const before = snapshot(w);
    failAfter(w, 'Range.setNote', 'Range.setValues');
    const failed = call(w, 'erasePersonData', `email:${PERSON.email}`, preview.token);
    expect(failed).toMatchObject({ ok: false, message: expect.stringContaining('Google 表格服务暂时出错') });
    expect(snapshot(w)).toBe(before);
  });
});

describe('erasure after an export as a sheet', () => {
  it.each([
    { language: 'zh', copy: '个人信息副本', preview: '删除整个工作表' },
    { language: 'en', copy: 'Personal data copy', preview: 'whole sheet deleted' },
  ])(
    'deletes the copy the add-on made instead of reading it as several people ($language)',
    ({ language, copy }) => {
      const w = personWorld();
      if (language === 'en') expect(w.addon.saveSettings?.({ language: 'en' })).toMatchObject({ ok: true });
      const exported = call(w, 'exportPersonData', `email:${PERSON.email}`, true);
      expect(exported.sheetName).toBe(`${copy} ${w.today}`);
      const preview = call(w, 'previewPersonErasure', `email:${PERSON.email}`);
      expect(preview).toMatchObject({ ok: true });
      expect(preview.preview).toContainEqual({
        sheet: `${copy} ${w.today}`,
        rowsDeleted: 0,
        cellsChanged: 0,
        sheetDeleted: true,
      });
      const erased = call(w, 'erasePersonData', `email:${PERSON.email}`, preview.token);
      expect(erased).toMatchObject({ ok: true });
      expect(w.env.book.sheets.map((s) => s.name)).not.toContain(`${copy} ${w.today}`);
      expectNoTrace(w);
      // Two entries: the export and the erasure, the copy counted among the sheets changed.
      const log = texts(w, language === 'en' ? 'Personal data log' : '个人信息处理记录');
      expect(log).toHaveLength(3);
      expect(log[2]?.[8]).toBe(String(erased.figures?.sheets));
      expect(call(w, 'findPersonData', `email:${PERSON.email}`)).toMatchObject({ ok: true, places: [] });
    },
  );

  it('leaves a copy that does not name the person erased alone', () => {
    const w = personWorld();
    call(w, 'exportPersonData', `email:${PERSON.email}`, true);
    const preview = call(w, 'previewPersonErasure', 'email:mary@brightwave.com');
    expect(preview).toMatchObject({ ok: true });
    expect(preview.preview?.filter((p) => p.sheetDeleted)).toEqual([]);
    expect(call(w, 'erasePersonData', 'email:mary@brightwave.com', preview.token)).toMatchObject({
      ok: true,
    });
    expect(w.env.book.sheets.map((s) => s.name)).toContain(`个人信息副本 ${w.today}`);
  });

  it('a Google failure after the copy was deleted puts the copy back as it was', () => {
    const w = personWorld();
    call(w, 'exportPersonData', `email:${PERSON.email}`, true);
    const preview = call(w, 'previewPersonErasure', `email:${PERSON.email}`);
    const before = snapshot(w);
    failAfter(w, 'Spreadsheet.deleteSheet', 'Range.setValues');
    const failed = call(w, 'erasePersonData', `email:${PERSON.email}`, preview.token);
    expect(failed).toMatchObject({ ok: false, message: expect.stringContaining('Google 表格服务暂时出错') });
    expect(snapshot(w)).toBe(before);
  });
});
