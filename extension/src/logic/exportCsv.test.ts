import { neutraliseCsvText } from '@crm/shared/csv';
import { describe, expect, it } from 'vitest';
import { clipFixture } from '../testing/clipFixture.ts';
import { clipsToCsv } from './exportCsv.ts';
import { clipsToVcard, foldLine } from './exportVcard.ts';

describe('CSV export', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+8613912345678', "'+8613912345678"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['陈静', '陈静'],
    ['a=b', 'a=b'],
  ])('neutralises %j as %j', (input, expected) => {
    expect(neutraliseCsvText(input)).toBe(expected);
  });

  it('writes a BOM, the bilingual header and one quoted row per clip', () => {
    const csv = clipsToCsv(
      [clipFixture('c1', { note: 'line 1\nsaid "hi", left', tags: ['=cmd|calc', '展会'] })],
      'zh',
    );
    expect(csv.startsWith('\uFEFF剪藏编号,姓名,公司,职位,手机,')).toBe(true);
    const [, row] = csv.slice(1).split('\r\n');
    expect(row).toContain(`c1,陈静,上海远帆供应链管理有限公司,销售总监,'+8613912345678,`);
    expect(row).toContain(`"'=cmd|calc, 展会"`);
    expect(csv).toContain('"line 1\nsaid ""hi"", left"');
  });

  it('writes the WeChat id in its own column, after the email', () => {
    const csv = clipsToCsv([clipFixture('c2', { wechat: 'lina_lvzhou' })], 'zh');
    const [header, row] = csv.slice(1).split('\r\n');
    const column = (header ?? '').split(',').indexOf('微信');
    expect(column).toBe((header ?? '').split(',').indexOf('邮箱') + 1);
    expect((row ?? '').split(',')[column]).toBe('lina_lvzhou');
  });

  it('uses English headers for an English UI', () => {
    expect(clipsToCsv([], 'en')).toBe(
      '\uFEFFClip ID,Name,Company,Title,Mobile,Phone,Email,WeChat,Address,Website,Owner,Tags,Legal basis,Purpose,Informed on,Source,Clipped at,Note\r\n',
    );
  });
});

describe('vCard 4.0 export', () => {
  it('writes one escaped card per clip with CRLF line ends', () => {
    const card = clipsToVcard([
      clipFixture('11111111-2222-3333-4444-555555555555', {
        organization: 'Yuanfan; Supply, Chain',
        phones: ['+8613912345678', '+862161234567'],
        website: 'https://yuanfan-scm.example.cn',
      }),
    ]);
    expect(card.split('\r\n').slice(0, 4)).toEqual(['BEGIN:VCARD', 'VERSION:4.0', 'FN:陈静', 'N:陈静;;;;']);
    expect(card).toContain('ORG:Yuanfan\\; Supply\\, Chain\r\n');
    expect(card).toContain('TEL;VALUE=uri;TYPE="voice";PREF=1:tel:+8613912345678\r\n');
    expect(card).toContain('TEL;VALUE=uri;TYPE="voice":tel:+862161234567\r\n');
    expect(card).toContain('EMAIL;TYPE=work;PREF=1:chen.jing@yuanfan-scm.cn\r\n');
    expect(card).toContain('UID:urn:uuid:11111111-2222-3333-4444-555555555555\r\n');
    expect(card).not.toContain('X-WECHAT');
    expect(card.endsWith('END:VCARD\r\n')).toBe(true);
  });

  it('folds long lines at 75 octets without splitting a Chinese character', () => {
    const line = `NOTE:${'远帆供应链'.repeat(10)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n ');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(parts.join('')).toBe(line);
  });

  it('keeps the WeChat id as an X-WECHAT property', () => {
    expect(clipsToVcard([clipFixture('c3', { wechat: 'hzq_meichu' })])).toContain('X-WECHAT:hzq_meichu\r\n');
  });

  it('is empty for no clips', () => {
    expect(clipsToVcard([])).toBe('');
  });
});
