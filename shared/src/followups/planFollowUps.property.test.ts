import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConfigInput, resolveConfig } from '../config/config.ts';
import type { CustomerRow } from '../model/customerRow.ts';
import { fromDayNumber, toDayNumber } from '../model/dates.ts';
import {
  COMPLAINT_STAGES,
  HOLIDAYS,
  LANGUAGES,
  PUBLIC_HOLIDAY_CALENDARS,
  SEGMENTS,
  SLA_DAY_COUNTS,
  VALUE_TIERS,
  WEEKDAYS,
} from '../model/keys.ts';
import type { ComplaintRecord, CustomerRecord, PurchaseStats } from '../model/records.ts';
import type { CustomerClassification, CustomerClv, FollowUpTask } from '../model/results.ts';
import { followUpsTable } from '../pipeline/followUpsTable.ts';
import { doneContacts } from './doneContacts.ts';
import { nextFollowUps } from './nextFollowUps.ts';
import { type PlanFollowUpsInput, planFollowUps, planWithRules } from './planFollowUps.ts';
import { readPreviousPlan } from './previousPlan.ts';
import { PRIORITY_RANK } from './priorities.ts';
import type { FollowUpRule } from './rules/followUpRule.ts';
import { FOLLOW_UP_RULES } from './rules/index.ts';
import { ownerOf } from './scheduleTasks.ts';
import { plainTask, TaskCollector } from './taskCollector.ts';
import { customerRecord } from './testFixtures.ts';
import { workCalendarOf } from './workCalendar.ts';

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
  owner: fc.constantFrom(null, '李娜', '张伟', ' 李娜 ', 'Anna'),
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

// Days of the team's own calendar, in and around the scenarios' plans; the days off win over
// the same day listed as an extra working day, which the configuration refuses.
const ownDays = fc.array(fc.integer({ min: FIRST_DAY, max: LAST_DAY + 120 }), { maxLength: 40 });
const workDays = fc
  .record({
    weekdays: fc.subarray([...WEEKDAYS], { minLength: 1 }),
    publicHolidays: fc.constantFrom(...PUBLIC_HOLIDAY_CALENDARS),
    everyDay: fc.boolean(),
    daysOff: ownDays,
    extraWorkingDays: ownDays,
  })
  .map((w) => ({
    ...w,
    daysOff: w.daysOff.map(fromDayNumber),
    extraWorkingDays: w.extraWorkingDays.filter((d) => !w.daysOff.includes(d)).map(fromDayNumber),
  }));

const config = fc.record({
  language: fc.constantFrom(...LANGUAGES),
  followUps: fc.record({
    workDays,
    complaintSlaCount: fc.constantFrom(...SLA_DAY_COUNTS),
    horizonDays: fc.integer({ min: 0, max: 90 }),
    postPurchaseDays: fc.integer({ min: 0, max: 14 }),
    birthdayLeadDays: fc.integer({ min: 0, max: 10 }),
    holidayLeadDays: fc.integer({ min: 0, max: 10 }),
    surveyDelayDays: fc.integer({ min: 0, max: 7 }),
    holidays: fc.subarray([...HOLIDAYS]),
    dailyCapacity: fc.integer({ min: 1, max: 6 }),
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
      owner: p.owner,
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
  const input: PlanFollowUpsInput = {
    customers,
    complaints,
    config: resolved,
    today: fromDayNumber(s.today),
  };
  const plan = planFollowUps(input);
  const { tasks } = plan;
  const deferred = plan.deferred();
  return { tasks, deferred, records, config: resolved, input };
}

const bad = /[{}]|undefined|null|NaN/;

/** Open tasks per owner and day (ISO), overdue ones counted on today. */
function loadByOwnerDay(tasks: readonly FollowUpTask[], today: string): Map<string, number> {
  const load = new Map<string, number>();
  for (const task of tasks) {
    if (task.done !== null) continue;
    const key = `${ownerOf(task)}|${task.overdueDays > 0 ? today : task.due}`;
    load.set(key, (load.get(key) ?? 0) + 1);
  }
  return load;
}

describe('planFollowUps properties', () => {
  it('on a first run, only a complaint past its SLA is overdue; every other task is due from today to the horizon', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { tasks, config } = plan(s);
        for (const task of tasks) {
          const due = toDayNumber(task.due);
          expect(task.done).toBeNull();
          expect(task.overdueDays).toBe(Math.max(0, s.today - due));
          if (task.kind !== 'complaint') {
            expect(due).toBeGreaterThanOrEqual(s.today);
            expect(due).toBeLessThanOrEqual(s.today + config.followUps.horizonDays);
          }
          if (task.escalate) expect(task.kind).toBe('complaint');
        }
      }),
    );
  });

  it('places no task on a day off, whatever the working week, public holidays and own days off', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { tasks, config } = plan(s);
        const calendar = workCalendarOf(config);
        for (const task of tasks) {
          // Overdue work keeps the day it was due (history); everything else is worked on a working day.
          if (task.overdueDays > 0) continue;
          expect({
            id: task.id,
            due: task.due,
            working: calendar.isWorkingDay(toDayNumber(task.due)),
          }).toEqual({
            id: task.id,
            due: task.due,
            working: true,
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never gives an owner more tasks on a day than the daily capacity (overdue work fills today first)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { tasks, config } = plan(s);
        const today = fromDayNumber(s.today);
        const overdue = new Map<string, number>();
        for (const t of tasks)
          if (t.overdueDays > 0) overdue.set(ownerOf(t), (overdue.get(ownerOf(t)) ?? 0) + 1);
        for (const [key, load] of loadByOwnerDay(tasks, today)) {
          const [owner = '', day] = key.split('|');
          const allowed =
            day === today
              ? Math.max(config.followUps.dailyCapacity, overdue.get(owner) ?? 0)
              : config.followUps.dailyCapacity;
          expect(load).toBeLessThanOrEqual(allowed);
        }
      }),
    );
  });

  it('loses no wanted task: each is planned or deferred, and greetings are never due after their occasion', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { tasks, deferred, input, config } = plan(s);
        const wanted = planWithRules(input, FOLLOW_UP_RULES);
        const ids = [...tasks, ...deferred].map((t) => t.id).sort();
        expect(ids).toEqual(wanted.map((t) => t.id).sort());
        const target = new Map(wanted.map((t) => [t.id, toDayNumber(t.due)]));
        const lead = {
          birthday: config.followUps.birthdayLeadDays,
          holiday: config.followUps.holidayLeadDays,
        };
        for (const task of tasks) {
          if (task.kind !== 'birthday' && task.kind !== 'holiday') continue;
          expect(toDayNumber(task.due)).toBeLessThanOrEqual((target.get(task.id) ?? 0) + lead[task.kind]);
        }
      }),
    );
  });

  it('batches mass care: one greeting task per owner and occasion, a batch listing its customers of that owner', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { tasks, records, input } = plan(s);
        const target = new Map(planWithRules(input, FOLLOW_UP_RULES).map((t) => [t.id, t.due]));
        const ownerByRow = new Map(records.map((r) => [r.row, r.owner?.trim() ?? '']));
        const seen = new Set<string>();
        for (const task of tasks) {
          if (task.kind !== 'birthday' && task.kind !== 'holiday') continue;
          const occasion = `${task.kind}|${ownerOf(task)}|${target.get(task.id)}`;
          expect(seen.has(occasion)).toBe(false);
          seen.add(occasion);
          if (task.batch === null) continue;
          expect(task.batch.length).toBeGreaterThanOrEqual(2);
          for (const member of task.batch) expect(ownerByRow.get(member.row)).toBe(ownerOf(task));
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
        const covered = new Set<number>();
        for (const task of tasks) {
          const members = task.batch?.map((m) => m.row) ?? [task.customerRow];
          for (const row of members) {
            expect(rows.has(row)).toBe(true);
            expect((next.get(row) ?? '') <= task.due).toBe(true);
            covered.add(row);
          }
        }
        expect([...next.keys()].sort()).toEqual([...covered].sort());
      }),
    );
  });

  it('writes every wanted task as the rules write it at once, when the rules that may run again write later', () => {
    // The rerunnable rules (revisit, win-back, post-purchase) made to write as they plan.
    const writingRules = FOLLOW_UP_RULES.map(
      (rule): FollowUpRule => ({
        ...rule,
        start: (collector) => ({ ...rule.start(collector), rerunnable: false }),
      }),
    );
    expect(
      FOLLOW_UP_RULES.filter((rule) => rule.start(new TaskCollector(resolveConfig({}), 0)).rerunnable),
    ).toHaveLength(3);
    const rewritten = new Set<string>();
    fc.assert(
      fc.property(scenario, (s) => {
        const { input } = plan(s);
        // Every wanted task read, not only those the schedule places: each one written again.
        const later = planWithRules(input, FOLLOW_UP_RULES).map(plainTask);
        const atOnce = planWithRules(input, writingRules).map(plainTask);
        expect(later).toEqual(atOnce);
        for (const task of later) rewritten.add(task.kind);
      }),
      { numRuns: 60 },
    );
    expect([...rewritten]).toEqual(expect.arrayContaining(['revisit', 'win-back', 'post-purchase']));
  });

  it('plans the same tasks with the same ids when run twice', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        expect(plan(s).tasks).toEqual(plan(s).tasks);
      }),
      { numRuns: 30 },
    );
  });

  it('on the next run, keeps Done marks, and only what was due before today and not done is overdue, by its real days', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 10 }), fc.nat(), (s, later, seed) => {
        const first = plan(s);
        const sheet = followUpsTable(first.tasks, first.config.language);
        // The user ticks every third task (by position, varied by the seed).
        sheet.rows = sheet.rows.map((row, i) => ((i + seed) % 3 === 0 ? ['✓', ...row.slice(1)] : row));
        const ticked = new Set(first.tasks.filter((_, i) => (i + seed) % 3 === 0).map((t) => t.id));
        const dueBefore = new Map(first.tasks.map((t) => [t.id, t.due]));
        const today = s.today + later;
        const previous = readPreviousPlan(sheet);
        const nextInput = { ...first.input, today: fromDayNumber(today) };
        const next = planFollowUps({ ...nextInput, previous });
        // Done tasks are listed apart with their marks; every ticked task the rules still want is there.
        // What the rules want with the ticked calls counted as contacts, as the plan has it.
        const wanted = planWithRules(nextInput, FOLLOW_UP_RULES, doneContacts(previous, nextInput.customers));
        const done = new Set(next.done.map((t) => t.id));
        for (const task of next.done) {
          expect(ticked.has(task.id)).toBe(true);
          expect(task.done?.mark).toBe('✓');
          expect(task.overdueDays).toBe(0);
        }
        for (const task of wanted) if (ticked.has(task.id)) expect(done.has(task.id)).toBe(true);
        for (const task of next.tasks) {
          expect(ticked.has(task.id)).toBe(false);
          expect(task.done).toBeNull();
          const before = dueBefore.get(task.id);
          if (task.overdueDays > 0) {
            expect(toDayNumber(task.due)).toBeLessThan(today);
            expect(task.overdueDays).toBe(today - toDayNumber(task.due));
            if (task.kind !== 'complaint') expect(task.due).toBe(before);
          } else expect(toDayNumber(task.due)).toBeGreaterThanOrEqual(today);
        }
      }),
      { numRuns: 60 },
    );
  });
});
