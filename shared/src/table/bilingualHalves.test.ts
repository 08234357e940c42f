import { describe, expect, it } from 'vitest';
import { bilingualHalves } from './bilingualHalves.ts';

describe('bilingualHalves', () => {
  it.each([
    ['Tel 電話', '電話', 'Tel'],
    ['客戶名稱 Customer Name', '客戶名稱', 'Customer Name'],
    ['電話 / Tel', '電話', 'Tel'],
    ['電郵(Email)', '電郵', 'Email'],
    ['Remarks（備註）', '備註', 'Remarks'],
    ['Amount 金額 (HK$)', '金額', 'Amount'],
    ['total 总数', '总数', 'total'],
    ['Cancelled 已取消', '已取消', 'Cancelled'],
    // A Latin half that starts with an accented letter.
    ['Ở 住', '住', 'Ở'],
    ['Ödeme 付款', '付款', 'Ödeme'],
  ])('%j → %j and %j', (text, han, latin) => {
    expect(bilingualHalves(text)).toEqual({ han, latin });
  });

  it('takes a long cell for no label (a run of spaces between two words is no pair)', () => {
    expect(bilingualHalves(`取消${' '.repeat(32_000)}x`)).toBeNull();
  });

  it.each(['Email地址', 'WeChat号', '客户编号', 'Customer ID', '', '3 天', 'Tel 電話 Fax 傳真'])(
    '%j is not two halves',
    (text) => {
      expect(bilingualHalves(text)).toBeNull();
    },
  );
});
