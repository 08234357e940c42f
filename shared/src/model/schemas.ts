import * as z from 'zod';
import { WECHAT_ID_PATTERN } from '../extract/wechatId.ts';
import { isIsoDate, isValidYmd } from './dates.ts';
import { COMPLAINT_STAGES } from './keys.ts';
import { ISSUE_KINDS, TABLE_ROLES } from './table.ts';

/**
 * zod schemas for the records that cross a boundary (JSON files, extension messages, the add-on's
 * server surface), and for a contact clipped by the Chrome extension.
 */

const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'expected a real date as YYYY-MM-DD, e.g. 2024-03-05' });
/**
 * `YYYY-MM-DD`, or `--MM-DD` for a birthday without a year; a lunar birthday (农历) as
 * `L1990-03-05` or `L--03-05` (lunar month 1–12, day 1–30).
 */
const birthday = z.string().refine(
  (s) => {
    if (isIsoDate(s)) return true;
    const m = /^--(\d{2})-(\d{2})$/.exec(s);
    if (m !== null) return isValidYmd(2000, Number(m[1]), Number(m[2]));
    const lunar = /^L(?:\d{4}|-)-(\d{2})-(\d{2})$/.exec(s);
    if (lunar === null) return false;
    const [month, day] = [Number(lunar[1]), Number(lunar[2])];
    return month >= 1 && month <= 12 && day >= 1 && day <= 30;
  },
  {
    message:
      'expected a birthday as YYYY-MM-DD or --MM-DD (no year), e.g. 1990-03-05 or --03-05, or a lunar one as L1990-03-05 or L--03-05',
  },
);
/** E.164: + country code and subscriber number, 8–15 digits in all. */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;
const e164 = z
  .string()
  .regex(E164_PATTERN, { message: 'expected a phone number in E.164 form, e.g. +8613912345678' });
const email = z.email({ message: 'expected an email address such as li.lei@example.com' });
const sheetRow = z
  .number()
  .int()
  .min(2, { message: 'a data row is sheet row 2 or later (row 1 is the header)' });
const cell = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null()]);
const text = z.string().nullable();

export const CustomerRecordSchema = z.object({
  row: sheetRow,
  id: text,
  name: text,
  company: text,
  shortName: text,
  nickname: text,
  partner: text,
  title: text,
  mobile: e164.nullable(),
  phone: e164.nullable(),
  email: email.nullable(),
  wechat: text,
  platformAccount: text,
  address: text,
  city: text,
  gender: text,
  birthday: birthday.nullable(),
  firstPurchase: isoDate.nullable(),
  lastPurchase: isoDate.nullable(),
  orderCount: z.number().int({ message: 'the number of orders is a whole number' }).min(0).nullable(),
  totalSpend: z.number().min(0, { message: 'total spend cannot be negative' }).nullable(),
  owner: text,
  tags: z.array(z.string()).readonly(),
  source: text,
  lastContact: isoDate.nullable(),
  satisfaction: z.number().min(0).max(10, { message: 'satisfaction is a score from 0 to 10' }).nullable(),
  recommend: z
    .number()
    .int({ message: 'likelihood to recommend is a whole score' })
    .min(0)
    .max(10, { message: 'likelihood to recommend is a score from 0 to 10' })
    .nullable(),
  complaintStatus: z.enum(COMPLAINT_STAGES).nullable(),
  complaintDate: isoDate.nullable(),
  complaintStageDate: isoDate.nullable(),
  complaintClosedDate: isoDate.nullable(),
  complaint: text,
  note: text,
  cells: z.array(cell).readonly(),
  lines: z.array(z.number().int().positive()).optional(),
});

export const OrderRecordSchema = z.object({
  row: sheetRow,
  customerId: z.string().trim().min(1, { message: 'an order needs a customer id' }),
  date: isoDate,
  amount: z.number().min(0, { message: 'an order amount cannot be negative' }),
  orderId: z.string().nullable(),
});

export const CellIssueSchema = z.object({
  row: z.number().int().min(1),
  column: z.string(),
  value: z.string(),
  message: z.string().min(1, { message: 'an issue must say what is wrong' }),
  kind: z.enum(ISSUE_KINDS),
  table: z.enum(TABLE_ROLES).optional(),
});

/** Legal basis for keeping a person's data (个人信息保护法 art. 13). */
export const LEGAL_BASES = [
  'provided-by-person',
  'public-business-contact',
  'existing-customer',
  'consent',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${what} is at most ${max} characters` })
    .optional();
const webUrl = z.url({
  protocol: /^https?$/,
  message: 'expected a web address starting with http:// or https://',
});

/** A contact clipped from a web page or a selection, as the extension saves and syncs it. */
export const ContactSchema = z
  .object({
    name: optionalText(200, 'a name'),
    title: optionalText(200, 'a title'),
    organization: optionalText(300, 'an organisation'),
    emails: z.array(z.string().trim().toLowerCase().pipe(email)).default([]),
    phones: z.array(e164).default([]),
    wechat: z
      .string()
      .trim()
      .regex(WECHAT_ID_PATTERN, {
        message:
          'expected a WeChat id (6–20 letters, digits, _ or -, starting with a letter) or the phone number of the account',
      })
      .optional(),
    address: optionalText(500, 'an address'),
    website: webUrl.optional(),
    socialUrls: z.array(webUrl).default([]),
    note: optionalText(2000, 'a note'),
    tags: z.array(z.string().trim().min(1, { message: 'a tag cannot be empty' })).default([]),
    owner: optionalText(200, 'an owner'),
    legalBasis: z.enum(LEGAL_BASES, {
      message: `choose the legal basis for keeping this contact: ${LEGAL_BASES.join(', ')}`,
    }),
    /** 处理目的: what the person's data is kept for (个人信息保护法 art. 6, 17). */
    purpose: optionalText(500, 'a purpose'),
    /** 告知日期: the day the person was told who keeps their data, why and how (art. 17), `YYYY-MM-DD`. */
    informedOn: z.iso
      .date({ message: 'expected the date the person was informed, as YYYY-MM-DD' })
      .optional(),
  })
  .refine(
    (c) =>
      Boolean(c.name) ||
      Boolean(c.organization) ||
      c.emails.length > 0 ||
      c.phones.length > 0 ||
      Boolean(c.wechat),
    {
      message: 'a contact needs at least a name, an organisation, an email, a phone number or a WeChat id',
      path: ['name'],
    },
  );
export type Contact = z.infer<typeof ContactSchema>;
