import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConfigInput, resolveConfig } from '../config/config.ts';
import type { CustomerRow } from '../model/customerRow.ts';
import { fromDayNumber, toDayNumber } from '../model/dates.ts';
import { COMPLAINT_STAGES, HOLIDAYS, LANGUAGES, SEGMENTS, VALUE_TIERS } from '../model/keys.ts';
import type { ComplaintRecord, CustomerRecord, PurchaseStats } from '../model/records.ts';
import type { CustomerClassification, CustomerClv, FollowUpTask } from '../model/results.ts';
import { MAX_CADENCE_OVERDUE_DAYS, POST_PURCHASE_WITHIN_DAYS, SURVEY_WITHIN_DAYS } from './lookBack.ts';
import { nextFollowUps } from './nextFollowUps.ts';
import { planFollowUps } from './planFollowUps.ts';
import { PRIORITY_RANK } from './priorities.ts';
import { customerRecord } from './testFixtures.ts';

const FIRST_DAY = toDayNumber('2025-01-01');
const LAST_DAY = toDayNumber('2027-12-31');

const name = fc.constantFrom(
  null,
  '王建国',
  '陈静',
  '欧阳娜娜',
  '李',
  'John Smith',
  'Anna Müller',
  '迪丽热巴·迪力木拉提',
  ' ',
);
const title = fc.constantFrom(null, '总经理', '董事长', '采购经理', 'Dr', 'CEO', '');
const gender = fc.constantFrom(null, '男', '女', 'M', 'female', '未知');
const company = fc.constantFrom(null, '杭州云帆科技有限公司', 'Acme Trading', '  ');
const summary = fc.constantFrom(
  null,
  '配件缺失',
  '  ',
  '发票开错了，客户要求重开并加急寄送，同时希望下次提前确认抬头和税号信息，避免再次出错',
);
const birthday = fc.oneof(
  fc.constant(null),
  fc.constantFrom('--02-29', '1992-02-29', '--12-31', '--01-01', 'bad'),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.boolean())
    .map(
      ([m, d, withYear]) =>
        `${withYear ? '1988' : '-'}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
);

const person = fc.record({
  name,
  title,
  gender,
  company,
  birthday,
  purchaseAgo: fc.option(fc.integer({ min: 0, max: 800 })),
  contactAgo: fc.option(fc.integer({ min: -5, max: 400 })),
  orderCount: fc.integer({ min: 1, max: 20 }),
  totalSpend: fc.double({ min: 0, max: 1e6, noNaN: true }),
  segment: fc.constantFrom(...SEGMENTS),
  valueTier: fc.constantFrom(...VALUE_TIERS),
  clv: fc.option(fc.record({ pAlive: fc.double({ min: 0, max: 1, noNaN: true }), atRisk: fc.boolean() })),
});

const complaint = fc.record({
  customerIndex: fc.option(fc.nat({ max: 30 })),
  stage: fc.constantFrom(...COMPLAINT_STAGES),
  openedAgo: fc.option(fc.integer({ min: 0, max: 900 })),
  stageAgo: fc.option(fc.integer({ min: 0, max: 60 })),
  closedAgo: fc.option(fc.integer({ min: -3, max: 90 })),
  summary,
  satisfaction: fc.option(fc.integer({ min: 1, max: 5 })),
});

const config = fc.record({
  language: fc.constantFrom(...LANGUAGES),
  followUps: fc.record({
    horizonDays: fc.integer({ min: 0, max: 90 }),
    postPurchaseDays: fc.integer({ min: 0, max: 14 }),
    birthdayLeadDays: fc.integer({ min: 0, max: 10 }),
    holidayLeadDays: fc.integer({ min: 0, max: 10 }),
    surveyDelayDays: fc.integer({ min: 0, max: 7 }),
    holidays: fc.subarray([...HOLIDAYS]),
  }),
}) satisfies fc.Arbitrary<ConfigInput>;

const scenario = fc.record({
  today: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
  people: fc.array(person, { maxLength: 25 }),
  complaints: fc.array(complaint, { maxLength: 8 }),
  config,
});

type Scenario = typeof scenario extends fc.Arbitrary<infer S> ? S : never;

function plan(s: Scenario) {
  const at = (ago: number | null) => (ago === null ? null : fromDayNumber(s.today - ago));
  const records: CustomerRecord[] = s.people.map((p, i) =>
    customerRecord(i + 2, {
      name: p.name,
      title: p.title,
      gender: p.gender,
      company: p.company,
      birthday: p.birthday,
      lastPurchase: at(p.purchaseAgo),
      lastContact: at(p.contactAgo),
    }),
  );
  const stats: PurchaseStats[] = s.people.map((p, i) => ({
    firstPurchase: records[i]?.lastPurchase ?? null,
    lastPurchase: records[i]?.lastPurchase ?? null,
    orderCount: p.purchaseAgo === null ? 0 : p.orderCount,
    totalSpend: p.purchaseAgo === null ? 0 : p.totalSpend,
    refunds: 0,
    refundTotal: 0,
    source: 'summary',
  }));
  const classifications: CustomerClassification[] = s.people.map((p, i) => ({
    row: i + 2,
    id: null,
    name: p.name,
    refunds: 0,
    refundTotal: 0,
    recencyDays: p.purchaseAgo,
    frequency: stats[i]?.orderCount ?? 0,
    monetary: stats[i]?.totalSpend ?? 0,
    r: null,
    f: null,
    m: null,
    segment: p.purchaseAgo === null ? 'prospect' : p.segment,
    group8: null,
    lifecycle: 'active',
    valueTier: p.valueTier,
  }));
  const clv: (CustomerClv | null)[] = s.people.map((p, i) =>
    p.clv
      ? { row: i + 2, expectedPurchases: 1, expectedAverageSpend: 100, clv: 100, valueAtStake: 0, ...p.clv }
      : null,
  );
  const complaints: ComplaintRecord[] = s.complaints.map((c, i) => ({
    row: i + 2,
    table: 'complaints',
    customerId: null,
    customerRow: c.customerIndex === null ? null : c.customerIndex + 2,
    openedDate: at(c.openedAgo),
    stage: c.stage,
    stageDate: at(c.stageAgo),
    closedDate: at(c.closedAgo),
    summary: c.summary,
    satisfaction: c.satisfaction,
  }));
  const resolved = resolveConfig(s.config);
  const customers: CustomerRow[] = records.map((record, i) => ({
    row: record.row,
    record,
    stats: stats[i] as PurchaseStats,
    classification: classifications[i] as CustomerClassification,
    clv: clv[i] ?? null,
    nextFollowUp: null,
  }));
  const tasks = planFollowUps({ customers, complaints, config: resolved, today: fromDayNumber(s.today) });

  return { tasks, records, config: resolved };
}

const bad = /[{}]|undefined|null|NaN/;

describe('planFollowUps properties', () => {
  it('never plans ancient tasks: each kind stays within its look-back bound and within the horizon', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { tasks, config } = plan(s);
        const lookBack: Record<FollowUpTask['kind'], number> = {
          revisit: MAX_CADENCE_OVERDUE_DAYS,
          'win-back': MAX_CADENCE_OVERDUE_DAYS,
          'post-purchase': POST_PURCHASE_WITHIN_DAYS,
          'satisfaction-survey': SURVEY_WITHIN_DAYS,
          birthday: config.followUps.birthdayLeadDays,
          holiday: config.followUps.holidayLeadDays,
          complaint: Number.POSITIVE_INFINITY,
        };
        for (const task of tasks) {
          const due = toDayNumber(task.due);
          expect(due).toBeGreaterThanOrEqual(s.today - lookBack[task.kind]);
          if (task.kind !== 'complaint')
            expect(due).toBeLessThanOrEqual(s.today + config.followUps.horizonDays);
          expect(task.overdueDays).toBe(Math.max(0, s.today - due));
          if (task.escalate) expect(task.overdueDays).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('fills every placeholder: no braces, undefined, null or NaN in messages and reasons', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        for (const task of plan(s).tasks) {
          expect(task.message).not.toMatch(bad);
          expect(task.reason).not.toMatch(bad);
          expect(task.message.length).toBeGreaterThan(20);
        }
      }),
    );
  });

  it('sorts by due date, then priority, then row, and gives every task a unique id', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { tasks } = plan(s);
        for (let i = 1; i < tasks.length; i++) {
          const a = tasks[i - 1] as FollowUpTask;
          const b = tasks[i] as FollowUpTask;
          const order =
            a.due.localeCompare(b.due) ||
            PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
            a.customerRow - b.customerRow;
          expect(order).toBeLessThanOrEqual(0);
        }
        expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
      }),
    );
  });

  it('attaches tasks only to known customers, and nextFollowUps is each one’s earliest task', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { tasks, records } = plan(s);
        const rows = new Set(records.map((r) => r.row));
        const next = nextFollowUps(tasks);
        for (const task of tasks) {
          expect(rows.has(task.customerRow)).toBe(true);
          expect((next.get(task.customerRow) ?? '') <= task.due).toBe(true);
        }
        expect([...next.keys()].sort()).toEqual([...new Set(tasks.map((t) => t.customerRow))].sort());
      }),
    );
  });

  it('plans the same tasks with the same ids when run twice', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        expect(plan(s).tasks).toEqual(plan(s).tasks);
      }),
      { numRuns: 30 },
    );
  });
});
