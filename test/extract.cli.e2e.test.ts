// `crm extract` end to end with the BUILT command: its JSON output is what scripts rely on.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrm } from './support/crm.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGES = join(ROOT, 'test', 'fixtures', 'pages');
let dir: string;

function crm(args: string[]) {
  return runCrm(args, { cwd: ROOT, timeout: 60_000 });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-extract-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('crm extract', () => {
  it('prints only JSON with the contacts of a page', () => {
    const run = crm([
      'extract',
      join(PAGES, 'contact-us-zh.html'),
      '--url',
      'https://www.yuanfan-sc.com/contact',
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { contacts } = JSON.parse(run.stdout) as { contacts: Array<Record<string, unknown>> };
    expect(contacts).toContainEqual(
      expect.objectContaining({
        name: '陈静',
        title: '华东区销售经理',
        organization: '上海远帆供应链管理有限公司',
        emails: ['chen.jing@yuanfan-sc.com'],
        phones: ['+8613912345678'],
        source: 'link',
      }),
    );
    // The hotline is the organisation's: a contact with only an organisation.
    expect(contacts).toContainEqual(
      expect.objectContaining({ name: null, title: null, organization: '上海远帆供应链管理有限公司' }),
    );
    for (const c of contacts) {
      expect(Object.keys(c).slice(0, 7)).toEqual([
        'name',
        'title',
        'organization',
        'emails',
        'phones',
        'address',
        'urls',
      ]);
      expect(typeof c.confidence).toBe('number');
    }
  });

  it('parses a selection with --text and the region of its numbers', async () => {
    const file = join(dir, 'signature.txt');
    await writeFile(
      file,
      'Jane Doe\nHead of Partnerships, Acme Trading Ltd.\nM: 07911 123458 | jane@acme.co.uk\n',
    );
    const run = crm(['extract', file, '--text', '--region', 'GB', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      contacts: [
        {
          name: 'Jane Doe',
          title: 'Head of Partnerships',
          organization: 'Acme Trading Ltd.',
          emails: ['jane@acme.co.uk'],
          phones: ['+447911123458'],
          address: null,
          urls: [],
          source: 'selection',
          confidence: 0.8,
          evidence: 'selected text',
          evidenceItems: [{ kind: 'selection', cap: null }],
          wechat: null,
          phoneRegion: { region: 'GB', basis: 'default' },
        },
      ],
    });
  });

  it('lists every person of a selection holding two signatures', async () => {
    const file = join(dir, 'thread.txt');
    await writeFile(
      file,
      'Best regards,\nKevin Liu\nRegional Sales Manager\nkevin.liu@pacificbridge-trading.com\n\n' +
        'Thanks & regards,\nLi Ming 李明\n采购经理 | Purchasing Manager\nMob: +86 137 5718 6620\nliming@hz-xinyuan.com\n',
    );
    const run = crm(['extract', file, '--text', '--json']);
    expect(run.status).toBe(0);
    const { contacts } = JSON.parse(run.stdout) as { contacts: Array<{ name: string; emails: string[] }> };
    expect(contacts.map((c) => [c.name, c.emails])).toEqual([
      ['Kevin Liu', ['kevin.liu@pacificbridge-trading.com']],
      ['Li Ming 李明', ['liming@hz-xinyuan.com']],
    ]);
  });

  it('words where a contact was found in the language asked for, next to the same data', () => {
    const page = join(PAGES, 'contact-us-zh.html');
    const json = (lang: string) =>
      (
        JSON.parse(
          crm(['extract', page, '--url', 'https://www.yuanfan-sc.com/contact', '--json', '--lang', lang])
            .stdout,
        ) as { contacts: Array<{ name: string | null; evidence: string; evidenceItems: unknown[] }> }
      ).contacts.find((c) => c.name === '陈静');
    const [zh, en] = [json('zh'), json('en')];
    expect(en?.evidence).toBe('mailto link in .departments near heading "销售部"');
    expect(zh?.evidence).toBe('邮件链接，位于 .departments，在标题“销售部”下');
    expect(zh?.evidenceItems).toEqual(en?.evidenceItems);
    expect(en?.evidenceItems).toEqual([
      {
        kind: 'link',
        link: 'mailto',
        place: { landmark: 'section', selector: '.departments' },
        heading: '销售部',
        cap: null,
      },
    ]);
    const text = crm(['extract', page, '--url', 'https://www.yuanfan-sc.com/contact', '--lang', 'zh']).stdout;
    expect(text).toContain('来源：邮件链接，位于 .departments，在标题“销售部”下');
  });

  it('lists one contact per person on a contact page, the company apart, with WeChat ids', () => {
    const run = crm([
      'extract',
      join(PAGES, 'corpus', 'zh-contact-company-people.html'),
      '--url',
      'https://www.lvzhou-env.cn/contact/',
      '--json',
    ]);
    expect(run.stderr).toBe('');
    const { contacts } = JSON.parse(run.stdout) as {
      contacts: Array<{ name: string | null; emails: string[]; phones: string[]; wechat: string | null }>;
    };
    expect(contacts.map((c) => [c.name, c.emails, c.phones, c.wechat])).toEqual(
      expect.arrayContaining([
        ['张伟', ['zhangwei@lvzhou-env.cn'], ['+8613857123456'], null],
        ['李娜', ['lina@lvzhou-env.cn'], ['+8613958132468'], 'lina_lvzhou'],
        [null, ['info@lvzhou-env.cn'], ['+8657187654321'], null],
      ]),
    );
    expect(contacts).toHaveLength(3);
  });

  it('prints the WeChat id and the region of numbers without a country code', () => {
    const run = crm(['extract', join(PAGES, 'corpus', 'en-us-contact.html'), '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Angela Ruiz · Territory Manager');
    expect(run.stdout).toContain('numbers without a country code read as US (from the page language)');
  });

  it('prints an empty list when the selection holds no contact', async () => {
    const file = join(dir, 'prose.txt');
    await writeFile(file, '本次活动于 2024年3月15日 举行。');
    const run = crm(['extract', file, '--text', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ contacts: [] });
  });

  it('lists contacts for people without --json', () => {
    const run = crm(['extract', join(PAGES, 'link-heavy.html'), '--region', 'US']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('3 contacts in');
    expect(run.stdout).toContain('Daniel Okafor · Regional Manager, West Africa · Harbourline Freight LLC');
  });

  it.each([
    [['extract', 'missing.html', '--json'], /crm: cannot read missing\.html/],
    [['extract', 'missing.html', '--region', 'China'], /--region China is not a region code/],
  ])('fails with a message for %j', (args, message) => {
    const run = crm(args);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});
