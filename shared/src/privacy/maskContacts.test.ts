import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataQuality } from '../report/buildDataQuality.ts';
import { maskContactsInText } from './maskContacts.ts';

describe('maskContactsInText', () => {
  it.each([
    ['邮箱 zhang.wei@example.com；姓名相近', '邮箱 z***@example.com；姓名相近'],
    ['phone: +8613912345678', 'phone: *********5678'],
    ['(021) 6123 4567', '(***) **** 4567'],
    ['电话 139 1234 5678', '电话 *** **** 5678'],
    ['email=li@x.com (3); phone=+86 136 0000 5678 (5)', 'email=l***@x.com (3); phone=** *** **** 5678 (5)'],
    ['li@@x.com', 'l***@@x.com'],
    ['建议保留第 12 行', '建议保留第 12 行'],
    ['金额 1234.5，日期 2026-01-05', '金额 1234.5，日期 2026-01-05'],
    ['张伟', '张伟'],
  ])('%s → %s', (text, expected) => {
    expect(maskContactsInText(text)).toBe(expected);
  });

  it('leaves no mainland mobile and no email readable, and keeps the text around them', () => {
    const mobile = fc.stringMatching(/^1[3-9]\d{9}$/);
    const local = fc.stringMatching(/^[a-z][a-z0-9._]{0,15}$/);
    fc.assert(
      fc.property(mobile, local, (digits, user) => {
        const out = maskContactsInText(`联系 ${digits} 或 ${user}@example.cn 谢谢`);
        expect(out).not.toContain(digits);
        expect(out).not.toContain(`${user}@`);
        expect(out.startsWith('联系 ')).toBe(true);
        expect(out.endsWith('@example.cn 谢谢')).toBe(true);
        expect(out).toContain(digits.slice(-4));
      }),
    );
  });
});

describe('the report’s data-quality examples', () => {
  it('show an invalid email or phone masked, and in full when contact details are on', () => {
    const review = {
      merges: [],
      missing: [],
      invalid: [],
      skipped: [],
      summary: {
        rows: 1,
        exactDuplicateGroups: 0,
        likelyDuplicateGroups: 0,
        rowsWithMissing: 0,
        invalidCells: 1,
        skippedRows: 0,
      },
    };
    const issue = {
      row: 4,
      column: '手机',
      value: '139 1234 56789',
      message: '“139 1234 56789”不是有效的电话号码',
      kind: 'invalid' as const,
    };
    const masked = buildDataQuality([], review, [issue], 'zh');
    expect(masked.issueExamples[0]).toMatchObject({ row: 4, value: '*** **** *6789' });
    expect(masked.issueExamples[0]?.message).not.toContain('1234');
    const shown = buildDataQuality([], review, [issue], 'zh', true);
    expect(shown.issueExamples[0]?.value).toBe('139 1234 56789');
  });
});
