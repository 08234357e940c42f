import type { Config } from '../config/config.ts';
import { fromDayNumber, type IsoDate } from '../model/dates.ts';
import {
  CHANNELS,
  type Channel,
  type FollowUpKind,
  type Language,
  PRIORITIES,
  type Priority,
} from '../model/keys.ts';
import type { CustomerRecord } from '../model/records.ts';
import type { BatchMember, DeferredTask, FollowUpTask } from '../model/results.ts';
import type { CustomerFacts } from './customerFacts.ts';
import { escalates } from './escalation.ts';
import { fillTemplate, type TemplateValues } from './fillTemplate.ts';
import { PRIORITY_RANK } from './priorities.ts';
import { salutationFor } from './salutation.ts';
import { sortOrder } from './sortTasks.ts';
import { dateText, daysText, FRAGMENTS } from './templates.ts';
import { type WorkCalendar, workCalendarOf } from './workCalendar.ts';

// Message values shared by all of one customer's tasks.
type Greeting = { salutation: string; andCompany: string };

/** What a rule decides; the collector adds the customer, id, overdue days and sort key. */
export interface TaskSpec {
  kind: FollowUpKind;
  due: number;
  /** Distinguishes tasks of one kind for one customer; defaults to the due date. */
  key?: string;
  priority: Priority;
  channel: Channel;
  /**
   * Why the task is wanted: written, or a draft written when read (see TextDraft); UNWRITTEN
   * while the plan is not writing (see TaskCollector.writing).
   */
  reason: string | TextDraft;
  /** The message to the customer, a draft written when read; UNWRITTEN as `reason` is. */
  message: MessageDraft;
}

/**
 * A text before it is written: its template and values. A large table wants a task for nearly
 * every customer and the schedule places a few thousand of them; the rest are only counted, so
 * their reasons are never written.
 */
export interface TextDraft {
  template: string;
  values: TemplateValues;
}

/**
 * A message to a customer before it is written: its template and values, and whom it greets
 * (null for a broadcast). Most tasks a large table wants fit no owner's days and are deferred,
 * never sent: their text is written only when someone reads it.
 */
export interface MessageDraft extends TextDraft {
  record: CustomerRecord | null;
}

/**
 * What the collector reads of a rule's planner (RulePlanner, which itself names the collector):
 * how to plan one customer, and whether that may run again.
 */
interface CustomerPlanner {
  readonly forCustomer?: (facts: CustomerFacts) => void;
  readonly rerunnable?: boolean;
}

/**
 * The reason and message a rule gives while the plan is not writing (TaskCollector.writing): the
 * task's texts are written when they are read, by running the rule again for its customer.
 */
export const UNWRITTEN: MessageDraft = Object.freeze({
  template: '',
  values: Object.freeze({}),
  record: null,
});

/** A wanted task's reason and message, as parts (see TaskSpec). */
interface TaskTexts {
  /** The reason, or its template when `reasonValues` is not null. */
  readonly reasonText: string;
  readonly reasonValues: TemplateValues | null;
  readonly messageTemplate: string;
  readonly messageValues: TemplateValues;
  /** Whom the message greets (null for a broadcast). */
  readonly greeted: CustomerRecord | null;
}

function textsOf(spec: TaskSpec): TaskTexts {
  const { reason, message } = spec;
  return {
    reasonText: typeof reason === 'string' ? reason : reason.template,
    reasonValues: typeof reason === 'string' ? null : reason.values,
    messageTemplate: message.template,
    messageValues: message.values,
    greeted: message.record,
  };
}

/** Which kind goes first among one customer's tasks of one day and priority (complaints first). */
export const KIND_RANK: Readonly<Record<FollowUpKind, number>> = {
  complaint: 0,
  'win-back': 1,
  'satisfaction-survey': 2,
  'post-purchase': 3,
  revisit: 4,
  birthday: 5,
  holiday: 6,
};

/** Collects tasks for one plan and holds what every rule needs (today, horizon, language). */
export class TaskCollector {
  readonly today: number;
  readonly horizonEnd: number;
  readonly language: Language;
  readonly config: Config;
  /** The team's working days (config.followUps.workDays). */
  readonly calendar: WorkCalendar;
  private wanted = new WantedColumns(this);
  private readonly major: number[] = [];
  private readonly minor: number[] = [];
  // Customers share a few hundred distinct dates and day counts: format each once per plan.
  private readonly isoCache = new Map<number, IsoDate>();
  private readonly dateTextCache = new Map<number, string>();
  private readonly daysCache: string[] = [];
  private greetingRecord: CustomerRecord | null = null;
  // Reused for every customer: fillTemplate reads it at once and never keeps it.
  private readonly greetingValue: Greeting = { salutation: '', andCompany: '' };
  /**
   * Whether the rule at work writes the reason and message of the tasks it adds. A rerunnable
   * rule (RulePlanner.rerunnable) runs without writing, and may give UNWRITTEN for both: most of
   * the tasks it wants are only counted, and the few placed are written when read.
   */
  writing = true;
  /** The rerunnable rule at work (planCustomer) and its customer: where a task added unwritten comes from. */
  private rerun: CustomerPlanner | null = null;
  private rerunCustomer = -1;
  /** The facts of a customer of the plan again, for the texts of its tasks added unwritten. */
  private factsOf: ((customer: number) => CustomerFacts) | null = null;
  /** While a rule runs again to write a task's texts: what it adds, kept apart from the plan. */
  private rerunTasks: TaskSpec[] | null = null;

  /**
   * `sorted`: whether the tasks are taken sorted (takeSorted), which keeps a sort key per task;
   * false for a collector whose tasks are taken as added (take).
   */
  constructor(
    config: Config,
    today: number,
    private readonly sorted = true,
  ) {
    this.config = config;
    this.today = today;
    this.horizonEnd = today + config.followUps.horizonDays;
    this.language = config.language;
    this.calendar = workCalendarOf(config);
  }

  /** `YYYY-MM-DD` of a day number; tasks share few dates, so cache them. */
  iso(day: number): IsoDate {
    let date = this.isoCache.get(day);
    if (date === undefined) {
      date = fromDayNumber(day);
      this.isoCache.set(day, date);
    }
    return date;
  }

  /** `2026年11月20日` / `20 Nov 2026` of a day number, for messages. */
  dateText(day: number): string {
    let text = this.dateTextCache.get(day);
    if (text === undefined) {
      text = dateText(this.iso(day), this.language);
      this.dateTextCache.set(day, text);
    }
    return text;
  }

  /** `n 天` / `n days`. */
  days(n: number): string {
    if (n < 0 || n > 10_000) return daysText(n, this.language);
    let text = this.daysCache[n];
    if (text === undefined) {
      text = daysText(n, this.language);
      this.daysCache[n] = text;
    }
    return text;
  }

  /** Placeholders every message may use: salutation and company, computed once per customer. */
  private greeting(record: CustomerRecord): Greeting {
    if (this.greetingRecord !== record) {
      this.greetingRecord = record;
      const company = record.company?.trim();
      this.greetingValue.salutation = salutationFor(record.name, record.title, record.gender, this.language);
      this.greetingValue.andCompany = company
        ? fillTemplate(FRAGMENTS.andCompany[this.language], { company })
        : '';
    }
    return this.greetingValue;
  }

  /** A text template to fill with `values` when the text is read. */
  draft(template: string, values: TemplateValues): TextDraft {
    return { template, values };
  }

  /** A message template to fill with `values` and the customer's greeting. */
  message(template: string, record: CustomerRecord, values: TemplateValues): MessageDraft {
    return { template, values, record };
  }

  /** A message template for many customers at once (a broadcast greets no one by name). */
  groupMessage(template: string, values: TemplateValues): MessageDraft {
    return { template, values, record: null };
  }

  /** The text of a drafted message (see MessageDraft). */
  write(template: string, values: TemplateValues, record: CustomerRecord | null): string {
    const greeting =
      record === null
        ? { salutation: FRAGMENTS.anonymous[this.language], andCompany: '' }
        : this.greeting(record);
    return fillTemplate(template, values, greeting);
  }

  /**
   * Runs a rule for customer `customer` (its index in the plan's customers), without writing
   * when the rule is rerunnable: its tasks' texts are then written when read, with the facts
   * findFactsWith finds for that customer.
   */
  planCustomer(planner: CustomerPlanner, customer: number, facts: CustomerFacts): void {
    if (planner.forCustomer === undefined) return;
    if (planner.rerunnable !== true) {
      planner.forCustomer(facts);
      return;
    }
    this.writing = false;
    this.rerun = planner;
    this.rerunCustomer = customer;
    planner.forCustomer(facts);
    this.writing = true;
    this.rerun = null;
  }

  /** How planCustomer's caller finds a customer's facts again (see planCustomer). */
  findFactsWith(factsOf: (customer: number) => CustomerFacts): void {
    this.factsOf = factsOf;
  }

  /**
   * The texts of a task added unwritten: its rule run again for its customer, writing, and the
   * task of the same kind and key among those it adds.
   */
  rewrite(planner: CustomerPlanner, customer: number, kind: FollowUpKind, key: string): TaskTexts {
    if (this.factsOf === null || planner.forCustomer === undefined) {
      throw new Error('A task was added unwritten without a way to find its customer again.');
    }
    const added: TaskSpec[] = [];
    this.rerunTasks = added;
    try {
      planner.forCustomer(this.factsOf(customer));
    } finally {
      this.rerunTasks = null;
    }
    const spec = added.find((s) => s.kind === kind && (s.key ?? this.iso(s.due)) === key);
    if (spec === undefined) throw new Error(`Run again, the rule did not want the ${kind} task ${key}.`);
    return textsOf(spec);
  }

  /**
   * Adds a task for one customer, due on the rule's own date (its target): how late it is counts
   * from that date here; the plan's schedule decides the day it is worked on.
   */
  add(record: CustomerRecord, spec: TaskSpec): void {
    if (this.rerunTasks !== null) this.rerunTasks.push(spec);
    else this.push(spec.key, record, spec, null);
  }

  /**
   * Adds one task for several customers of one owner (mass care). `key` names the occasion; the
   * first member stands for the batch where one customer is expected (row, sort order).
   */
  addBatch(members: readonly CustomerRecord[], spec: TaskSpec & { key: string }): void {
    const first = members[0];
    if (first === undefined) return;
    const owner = first.owner?.trim() ?? '';
    // The records stand for the members (a record is a BatchMember and more): plainTask gives
    // a placed task members of its own, and the many batches never placed copy no one.
    this.push(`${spec.kind}:batch:${spec.key}:${owner}`, first, spec, members);
  }

  /**
   * `key`: the last part of a customer's task id (kind:row:key; undefined for the due date), or a
   * batch's whole id.
   */
  private push(
    key: string | undefined,
    record: CustomerRecord,
    spec: TaskSpec,
    batch: FollowUpTask['batch'],
  ): void {
    const unwritten = spec.message === UNWRITTEN || spec.reason === UNWRITTEN;
    if (unwritten && (this.rerun === null || spec.message !== spec.reason)) {
      throw new Error(
        `A ${spec.kind} task was added half written, or unwritten by a rule that cannot run again.`,
      );
    }
    const texts = unwritten ? null : textsOf(spec);
    this.wanted.push(key, record, spec, batch, texts, this.rerun, this.rerunCustomer);
    if (!this.sorted) return;
    this.major.push(spec.due * 4 + PRIORITY_RANK[spec.priority]);
    this.minor.push(record.row * 8 + KIND_RANK[spec.kind]);
  }

  /**
   * The tasks by due date, then priority (urgent first), then customer row, handed over: the
   * collector lets go of its own lists (its tasks still ask it for dates and texts, and would
   * keep them alive for the whole schedule).
   */
  takeSorted(): FollowUpTask[] {
    if (!this.sorted) throw new Error('This collector keeps no sort keys: take its tasks as added.');
    const order = sortOrder(this.major, this.minor);
    this.major.length = 0;
    this.minor.length = 0;
    const wanted = this.take();
    return order.map((i) => wanted.task(i));
  }

  /**
   * The tasks in the order the rules added them, handed over as takeSorted hands them. A schedule
   * sorts them by its own order anyway; a million tasks are not worth sorting twice.
   */
  take(): WantedTasks {
    const { wanted } = this;
    this.wanted = new WantedColumns(this);
    return wanted;
  }
}

/**
 * The tasks the rules want, before the schedule places them, by their index in the order added.
 * A large table wants a task for nearly every customer and the schedule places a few thousand:
 * the rest are only counted. So what placing reads of a task is read by index, and a task is made
 * whole (`task`) only for those placed, done, overdue or listed.
 */
export interface WantedTasks {
  readonly length: number;
  task(i: number): FollowUpTask;
  id(i: number): string;
  /** The rule's own date as a day number. */
  dueDay(i: number): number;
  kind(i: number): FollowUpKind;
  priority(i: number): Priority;
  customerRow(i: number): number;
  owner(i: number): string | null;
  isBatch(i: number): boolean;
}

/** The kinds by KIND_RANK, and a task's kind, priority and channel as one byte (facetsOf). */
const KINDS_BY_RANK = Object.keys(KIND_RANK).sort(
  (a, b) => KIND_RANK[a as FollowUpKind] - KIND_RANK[b as FollowUpKind],
) as FollowUpKind[];
const CHANNEL_NUMBER = new Map<Channel, number>(CHANNELS.map((channel, i) => [channel, i]));

/** Kind rank in bits 0-2, priority rank in bits 3-4, channel in bits 5-7. */
function facetsOf(spec: TaskSpec): number {
  return (
    KIND_RANK[spec.kind] |
    (PRIORITY_RANK[spec.priority] << 3) |
    ((CHANNEL_NUMBER.get(spec.channel) ?? 0) << 5)
  );
}

/** Room for this many tasks at first; doubled as needed. */
const FIRST_CAPACITY = 1024;

/**
 * The collector's wanted tasks, a column per field: no object for a task until one is asked for
 * (WantedTask). A million task objects living until the schedule is done would be copied by the
 * young generation's collections and marked by the old one's; the numbers here live outside the
 * heap, and the few fields most tasks share (a key that is the due date, texts not written yet)
 * are kept only for the tasks that differ.
 */
class WantedColumns implements WantedTasks {
  private count = 0;
  /** The customer's record (a batch's first member). */
  readonly records: CustomerRecord[] = [];
  private dueDays = new Float64Array(FIRST_CAPACITY);
  /** Kind, priority and channel (facetsOf). */
  private facets = new Uint8Array(FIRST_CAPACITY);
  /** For a task added unwritten: the rule to run again (its number in `rules`, 0 for none) … */
  private ruleNumbers = new Uint8Array(FIRST_CAPACITY);
  private readonly rules: (CustomerPlanner | null)[] = [null];
  /** … and for which customer of the plan. */
  private customers = new Int32Array(FIRST_CAPACITY);
  /** The last part of a customer's task id (kind:row:key), or a batch's whole id, where it is not the due date. */
  private readonly keys = new Map<number, string>();
  /** The reason's and message's parts: as added, or once written for a task added unwritten. */
  private readonly texts = new Map<number, TaskTexts>();
  /** The members of the few batch tasks. */
  private readonly batches = new Map<number, readonly BatchMember[]>();

  constructor(readonly collector: TaskCollector) {}

  get length(): number {
    return this.count;
  }

  push(
    key: string | undefined,
    record: CustomerRecord,
    spec: TaskSpec,
    batch: FollowUpTask['batch'],
    texts: TaskTexts | null,
    rule: CustomerPlanner | null,
    customer: number,
  ): void {
    const i = this.count;
    if (i === this.dueDays.length) this.grow();
    this.count = i + 1;
    this.records.push(record);
    this.dueDays[i] = spec.due;
    this.facets[i] = facetsOf(spec);
    this.customers[i] = customer;
    // Most keys are the due date (given or not): kept only where they are not.
    if (key !== undefined && key !== this.collector.iso(spec.due)) this.keys.set(i, key);
    if (batch !== null) this.batches.set(i, batch);
    if (texts !== null) this.texts.set(i, texts);
    else this.ruleNumbers[i] = this.ruleNumber(rule);
  }

  private ruleNumber(rule: CustomerPlanner | null): number {
    let number = this.rules.indexOf(rule);
    if (number === -1) {
      number = this.rules.length;
      if (number > 0xff) throw new Error('More rules than a plan can run again.');
      this.rules.push(rule);
    }
    return number;
  }

  private grow(): void {
    const capacity = this.dueDays.length * 2;
    const grown = <T extends Float64Array | Uint8Array | Int32Array>(column: T, made: T): T => {
      made.set(column);
      return made;
    };
    this.dueDays = grown(this.dueDays, new Float64Array(capacity));
    this.facets = grown(this.facets, new Uint8Array(capacity));
    this.ruleNumbers = grown(this.ruleNumbers, new Uint8Array(capacity));
    this.customers = grown(this.customers, new Int32Array(capacity));
  }

  task(i: number): FollowUpTask {
    return new WantedTask(this, i);
  }

  id(i: number): string {
    // Joined rather than concatenated: one flat string, where a template literal leaves a chain
    // of pieces.
    return this.isBatch(i) ? this.key(i) : [this.kind(i), this.customerRow(i), this.key(i)].join(':');
  }

  key(i: number): string {
    return this.keys.get(i) ?? this.collector.iso(this.dueDay(i));
  }

  dueDay(i: number): number {
    return this.dueDays[i] as number;
  }

  kind(i: number): FollowUpKind {
    return KINDS_BY_RANK[(this.facets[i] as number) & 7] as FollowUpKind;
  }

  priority(i: number): Priority {
    return PRIORITIES[((this.facets[i] as number) >> 3) & 3] as Priority;
  }

  channel(i: number): Channel {
    return CHANNELS[(this.facets[i] as number) >> 5] as Channel;
  }

  customerRow(i: number): number {
    return (this.records[i] as CustomerRecord).row;
  }

  owner(i: number): string | null {
    return (this.records[i] as CustomerRecord).owner;
  }

  batch(i: number): FollowUpTask['batch'] {
    return this.batches.get(i) ?? null;
  }

  isBatch(i: number): boolean {
    return this.batches.has(i);
  }

  /** The task's texts, written now for a task added unwritten (see TaskCollector.rewrite). */
  written(i: number): TaskTexts {
    let texts = this.texts.get(i);
    if (texts === undefined) {
      const rule = this.rules[this.ruleNumbers[i] as number] as CustomerPlanner;
      texts = this.collector.rewrite(rule, this.customers[i] as number, this.kind(i), this.key(i));
      this.texts.set(i, texts);
    }
    return texts;
  }
}

/**
 * A wanted task made whole when asked for (WantedColumns): its id, reason and message are
 * written, and its customer's fields read from the record, on demand. The schedule places a
 * plain copy of a task (plainTask), everything written.
 */
class WantedTask implements FollowUpTask {
  constructor(
    private readonly wanted: WantedColumns,
    private readonly index: number,
  ) {}

  get id(): string {
    return this.wanted.id(this.index);
  }

  get kind(): FollowUpKind {
    return this.wanted.kind(this.index);
  }

  get priority(): Priority {
    return this.wanted.priority(this.index);
  }

  get channel(): Channel {
    return this.wanted.channel(this.index);
  }

  get batch(): FollowUpTask['batch'] {
    return this.wanted.batch(this.index);
  }

  get customerRow(): number {
    return this.wanted.customerRow(this.index);
  }

  get owner(): string | null {
    return this.wanted.owner(this.index);
  }

  get customerId(): string | null {
    return (this.wanted.records[this.index] as CustomerRecord).id;
  }

  get customerName(): string | null {
    return (this.wanted.records[this.index] as CustomerRecord).name;
  }

  /** The rule's own date as a day number (`due` is its ISO date). */
  get dueDay(): number {
    return this.wanted.dueDay(this.index);
  }

  get due(): IsoDate {
    return this.wanted.collector.iso(this.dueDay);
  }

  /** How late the task is by its own date; the schedule decides the day it is worked on. */
  get overdueDays(): number {
    const { today } = this.wanted.collector;
    return this.dueDay < today ? today - this.dueDay : 0;
  }

  get escalate(): boolean {
    return escalates(this.kind, this.overdueDays);
  }

  get done(): FollowUpTask['done'] {
    return null;
  }

  get reason(): string {
    const { reasonText, reasonValues } = this.wanted.written(this.index);
    return reasonValues === null ? reasonText : fillTemplate(reasonText, reasonValues);
  }

  get message(): string {
    const { messageTemplate, messageValues, greeted } = this.wanted.written(this.index);
    return this.wanted.collector.write(messageTemplate, messageValues, greeted);
  }
}

/** What a plan lists of a deferred task (DeferredTask): its texts are not written. */
export function deferredTask(task: FollowUpTask): DeferredTask {
  const { id, customerRow, customerId, owner, kind, priority, due } = task;
  return { id, customerRow, customerId, owner, kind, priority, due };
}

/** A task as plain data, its message written: what a plan hands on (never a WantedTask). */
export function plainTask(task: FollowUpTask): FollowUpTask {
  return {
    id: task.id,
    customerRow: task.customerRow,
    customerId: task.customerId,
    customerName: task.customerName,
    owner: task.owner,
    due: task.due,
    kind: task.kind,
    priority: task.priority,
    overdueDays: task.overdueDays,
    escalate: task.escalate,
    reason: task.reason,
    channel: task.channel,
    message: task.message,
    batch: task.batch === null ? null : task.batch.map((m) => ({ row: m.row, id: m.id, name: m.name })),
    done: task.done,
  };
}
