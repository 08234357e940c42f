import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { CustomerRecord, OrderRecord } from './records.ts';
import { CellIssueSchema, ContactSchema, CustomerRecordSchema, OrderRecordSchema } from './schemas.ts';
import type { CellIssue } from './table.ts';

const customer: CustomerRecord = {
  row: 2,
  id: 'C001',
  name: '张伟',
  company: '上海远帆供应链管理有限公司',
  shortName: '远帆供应链',
  nickname: null,
  partner: null,
  title: '采购经理',
  mobile: '+8613912345678',
  phone: null,
  email: 'zhang.wei@yuanfan.cn',
  wechat: 'zhangwei88',
  platformAccount: 'tb_zhangwei',
  address: null,
  city: '上海',
  gender: null,
  birthday: '--03-05',
  firstPurchase: '2024-03-05',
  lastPurchase: '2026-02-01',
  orderCount: 12,
  totalSpend: 12345.6,
  owner: '刘洋',
  tags: ['VIP'],
  source: null,
  lastContact: null,
  satisfaction: 9,
  recommend: 10,
  complaintStatus: 'closed',
  complaintDate: null,
  complaintStageDate: null,
  complaintClosedDate: null,
  complaint: null,
  note: null,
  cells: ['C001', '张伟', 12, true, null, new Date(Date.UTC(2024, 2, 5))],
};

/** First issue's path and message, for readable failures. */
function firstIssue(result: { success: boolean; error?: z.ZodError }): string {
  const issue = result.error?.issues[0];
  return issue ? `${issue.path.join('.')}: ${issue.message}` : 'accepted';
}

describe('schemas match the model types', () => {
  it('infers exactly the record types', () => {
    expectTypeOf<z.infer<typeof CustomerRecordSchema>>().toEqualTypeOf<CustomerRecord>();
    expectTypeOf<z.infer<typeof OrderRecordSchema>>().toEqualTypeOf<OrderRecord>();
    expectTypeOf<z.infer<typeof CellIssueSchema>>().toEqualTypeOf<CellIssue>();
  });
});

describe('CustomerRecordSchema', () => {
  it.each<[string, Partial<CustomerRecord>]>([
    ['a full record', {}],
    ['a birthday with a year', { birthday: '1990-03-05' }],
    ['a leap-day birthday without a year', { birthday: '--02-29' }],
    ['a lunar birthday (农历三月初五)', { birthday: 'L--03-05' }],
    ['a lunar birthday with its year on the 30th', { birthday: 'L1990-02-30' }],
    [
      'all optional fields empty',
      { name: null, mobile: null, email: null, firstPurchase: null, orderCount: null },
    ],
  ])('accepts %s', (_name, change) => {
    expect(firstIssue(CustomerRecordSchema.safeParse({ ...customer, ...change }))).toBe('accepted');
  });

  it.each<[string, Partial<CustomerRecord> | Record<string, unknown>, string]>([
    ['a header row', { row: 1 }, 'row: a data row is sheet row 2 or later (row 1 is the header)'],
    [
      'a national phone number',
      { mobile: '13912345678' },
      'mobile: expected a phone number in E.164 form, e.g. +8613912345678',
    ],
    ['an invalid email', { email: 'zhang@' }, 'email: expected an email address such as li.lei@example.com'],
    [
      'an impossible date',
      { lastPurchase: '2026-02-29' },
      'lastPurchase: expected a real date as YYYY-MM-DD, e.g. 2024-03-05',
    ],
    [
      'a slashed date',
      { firstPurchase: '2024/3/5' },
      'firstPurchase: expected a real date as YYYY-MM-DD, e.g. 2024-03-05',
    ],
    [
      'an impossible birthday',
      { birthday: '--02-30' },
      'birthday: expected a birthday as YYYY-MM-DD or --MM-DD (no year), e.g. 1990-03-05 or --03-05, or a lunar one as L1990-03-05 or L--03-05',
    ],
    ['a lunar birthday in a thirteenth month', { birthday: 'L--13-01' }, 'birthday: expected a birthday'],
    ['a fractional order count', { orderCount: 2.5 }, 'orderCount: the number of orders is a whole number'],
    ['a negative spend', { totalSpend: -1 }, 'totalSpend: total spend cannot be negative'],
    ['satisfaction above 10', { satisfaction: 11 }, 'satisfaction: satisfaction is a score from 0 to 10'],
    [
      'a recommend score above 10',
      { recommend: 11 },
      'recommend: likelihood to recommend is a score from 0 to 10',
    ],
    ['an unknown complaint stage', { complaintStatus: 'pending' }, 'complaintStatus'],
    ['a missing field', { note: undefined }, 'note'],
  ])('rejects %s', (_name, change, expected) => {
    expect(firstIssue(CustomerRecordSchema.safeParse({ ...customer, ...change }))).toContain(expected);
  });
});

describe('OrderRecordSchema', () => {
  const orderRecord: OrderRecord = {
    row: 2,
    customerId: 'C001',
    date: '2026-02-14',
    amount: 1299,
    orderId: 'SO-1',
  };

  it('accepts a valid order and a free one without an order id', () => {
    expect(OrderRecordSchema.safeParse(orderRecord).success).toBe(true);
    expect(OrderRecordSchema.safeParse({ ...orderRecord, amount: 0, orderId: null }).success).toBe(true);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ customerId: '  ' }, 'customerId: an order needs a customer id'],
    [{ amount: -5 }, 'amount: an order amount cannot be negative'],
    [{ date: '2026-13-01' }, 'date: expected a real date'],
    [{ row: 0 }, 'row:'],
  ])('rejects %j', (change, expected) => {
    expect(firstIssue(OrderRecordSchema.safeParse({ ...orderRecord, ...change }))).toContain(expected);
  });
});

describe('CellIssueSchema', () => {
  const issue: CellIssue = { row: 3, column: '手机', value: '139123', message: 'not valid', kind: 'invalid' };

  it('accepts issues with and without a table', () => {
    expect(CellIssueSchema.safeParse(issue).success).toBe(true);
    expect(CellIssueSchema.safeParse({ ...issue, kind: 'unknown-customer', table: 'orders' }).success).toBe(
      true,
    );
  });

  it.each<[Record<string, unknown>, string]>([
    [{ kind: 'weird' }, 'kind'],
    [{ message: '' }, 'message: an issue must say what is wrong'],
    [{ table: 'leads' }, 'table'],
    [{ row: 1.5 }, 'row'],
  ])('rejects %j', (change, expected) => {
    expect(firstIssue(CellIssueSchema.safeParse({ ...issue, ...change }))).toContain(expected);
  });
});

describe('ContactSchema', () => {
  const clipped = {
    name: '刘洋',
    title: '华东区大客户经理',
    organization: '上海远帆供应链管理有限公司',
    emails: ['Liu.Yang@YuanFan.cn '],
    phones: ['+8613912345678'],
    website: 'https://www.yuanfan.cn',
    socialUrls: ['https://www.linkedin.com/in/liuyang'],
    tags: ['展会'],
    owner: '张伟',
    legalBasis: 'public-business-contact',
  };

  it.each<[string, Record<string, unknown>]>([
    ['a full business card', clipped],
    [
      'only an organisation (a service hotline)',
      { organization: '远帆客服', phones: ['+864008208820'], legalBasis: 'public-business-contact' },
    ],
    ['only an email', { emails: ['a@b.cn'], legalBasis: 'consent' }],
    ['only a phone', { phones: ['+12125550123'], legalBasis: 'provided-by-person' }],
    ['only a name', { name: 'Mary Smith', legalBasis: 'existing-customer' }],
    ['only a WeChat id', { wechat: 'lina_lvzhou', legalBasis: 'provided-by-person' }],
    ['a WeChat account given as its phone number', { ...clipped, wechat: '13912345678' }],
  ])('accepts %s', (_name, contact) => {
    expect(firstIssue(ContactSchema.safeParse(contact))).toBe('accepted');
  });

  it('normalises emails and fills empty lists', () => {
    const contact = ContactSchema.parse({
      name: '刘洋',
      emails: [' Liu.Yang@YuanFan.cn'],
      legalBasis: 'consent',
    });
    expect(contact.emails).toEqual(['liu.yang@yuanfan.cn']);
    expect(contact.phones).toEqual([]);
    expect(contact.tags).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'no name, organisation, email or phone',
      { title: '经理', legalBasis: 'consent' },
      'name: a contact needs at least a name, an organisation, an email, a phone number or a WeChat id',
    ],
    ['a WeChat id starting with a digit', { ...clipped, wechat: '1abcdef' }, 'wechat: expected a WeChat id'],
    ['a WeChat id too short', { ...clipped, wechat: 'li_na' }, 'wechat: expected a WeChat id'],
    ['a blank name alone', { name: '   ', legalBasis: 'consent' }, 'name: a contact needs at least'],
    [
      'a phone not in E.164',
      { ...clipped, phones: ['139 1234 5678'] },
      'phones.0: expected a phone number in E.164 form',
    ],
    ['a bad email', { ...clipped, emails: ['liu@'] }, 'emails.0: expected an email address'],
    [
      'a javascript: website',
      { ...clipped, website: 'javascript:alert(1)' },
      'website: expected a web address starting with http:// or https://',
    ],
    ['a missing legal basis', { ...clipped, legalBasis: undefined }, 'legalBasis: choose the legal basis'],
    ['an unknown legal basis', { ...clipped, legalBasis: 'scraped' }, 'legalBasis: choose the legal basis'],
    ['an empty tag', { ...clipped, tags: [' '] }, 'tags.0: a tag cannot be empty'],
    ['a very long note', { ...clipped, note: 'x'.repeat(2001) }, 'note: a note is at most 2000 characters'],
  ])('rejects %s', (_name, contact, expected) => {
    expect(firstIssue(ContactSchema.safeParse(contact))).toContain(expected);
  });
});
