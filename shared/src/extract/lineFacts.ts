import { withoutAccents } from '../parse/accents.ts';
import { foldTraditional, hasTraditional } from '../parse/simplifiedChinese.ts';
import { endingWord, trimEndMatching } from '../parse/textEnds.ts';
import { looksLikeAddress } from './addressText.ts';
import {
  HEBREW_NAME_SOURCE,
  isCommonSurname,
  looksLikeFamilyGivenName,
  looksLikeOrganization,
  looksLikeTitle,
} from './classifyText.ts';
import { EXTENSION_WORD } from './extensionWords.ts';
import {
  cutAddress,
  type LabelledField,
  type LabelledValue,
  labelField,
  labelledValues,
  splitParts,
} from './fieldLabel.ts';
import type { PhoneHit } from './findPhones.ts';
import { type Line, lineData } from './pageBlocks.ts';
import { KANA_IN_BRACKETS_SOURCE, type NameContext, personName, surnameFirstName } from './personName.ts';
import { isRoleMailbox } from './roleMailbox.ts';
import { isFreeMail } from './siteDomain.ts';
import { NUMBER_RUN, pushUnique } from './text.ts';
import { SAME_AS_MOBILE, SAME_AS_WECHAT, wechatId, wechatOfMobile } from './wechatId.ts';

// What one line says about a person: the name on it (labelled, in a name class or a table column,
// leading the line, a heading, or the line itself), the title, company, address and WeChat id,
// which of its phones a label gives to the company (总机, Switchboard, After hours …), and which
// are fax numbers.
// A line in traditional characters (聯絡人：陳大文) is read folded to simplified, so that one
// vocabulary serves both; what it says is given back as the page wrote it (陳大文).

/**
 * Lines of the same text that hold no contact data share one LineFacts (factsOf): read it, never
 * change it.
 */
export type LineFacts = Readonly<ReadFacts>;

/** LineFacts while readLine fills it in. */
interface ReadFacts {
  name: string | null;
  /**
   * Everyone a list on the line names (刘敏、高鹏, 乌力吉 / 白雪峰), in order, `name` first; null when
   * the line names one person or none. Whose number is whose the line does not say.
   */
  names: readonly string[] | null;
  title: string | null;
  organization: string | null;
  address: string | null;
  wechat: string | null;
  /** The line says the WeChat account is the mobile number (微信同手机) and holds no number itself. */
  wechatIsMobile: boolean;
  /** E.164 of phones on the line a label gives to the company, not to a person. */
  companyPhones: string[];
  /**
   * E.164 of phones on the line a label or its column names as fax numbers (a tel: link after
   * 传真): nobody's phone, not even the company's.
   */
  faxes: string[];
  /** The line writes a fax number: contact data left out, neither the person's nor a gap between their lines. */
  fax: boolean;
  /** Emails on the line a label gives to the company (售后邮箱, General inquiries …). */
  companyEmails: string[];
  /** The line addresses someone (Hi Li Ming, Dear Ms. Wang, 您好): its name is not the writer's. */
  greeting: boolean;
  /** Running text rather than a card line. */
  prose: boolean;
}

/** What the whole page says that must not be taken for a person: its brand and company names. */
export interface FactsContext {
  notNames: ReadonlySet<string>;
}

const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon)|您好|你好|尊敬的|亲爱的)[\s,，:：!！]/i;
/**
 * The header of a column of people by what they are to the reader (招生老师, 指导教师, 值班人员,
 * 对接人), read folded: its cells are names, however rare the surname.
 */
const PEOPLE_COLUMN = /(?:老师|教师|导师|人员|对接人|接待人)$/;
/** 共通 right before a mailbox: 営業所共通 tokyo@…, 共通：info@…. */
const SHARED_BEFORE_MAILBOX = /共通\s*[:：]?\s*$/;
/**
 * A note after a mailbox saying it is shared: （部门邮箱）, (公共邮箱), (shared), (department), a Japanese
 * （営業窓口共通）, a Greek (κοινό).
 */
const SHARED_MAILBOX_NOTE =
  /[(（]\s*(?:部门|科室|公共|共用|共享|团队|小组|department|shared|team|general|gemensamm?a?|felles|fælles|yhteinen|κοιν[όοήη]|[^()（）\s]{0,8}共通)\s*(?:邮箱|信箱|mailbox|inbox)?\s*[)）]/i;
/**
 * A line that is nothing but such a note, as a cell writes it under the mailbox: (서류팀 공용), the
 * documents team's in common; (公共邮箱); (shared).
 */
const SHARED_NOTE_LINE =
  /^\s*[(（]\s*(?:[^()（）]{0,12}\s*(?:공용|공동|公共|公用|共用|共享|部门|shared|team|general)\s*(?:邮箱|信箱|메일|mailbox|inbox)?|(?:部门|公共|共用|共享)(?:邮箱|信箱))\s*[)）]\s*$/i;

/**
 * A word for a place of the company's, alone before the first number of a line, without a
 * label's colon: 센터 (a warehouse or service centre), 본사 and 사무실 (head office, office), 창고
 * (a warehouse), 대표번호 (the main number), 总机.
 */
const COMPANY_WORDS = String.raw`(?:센터|본사|사무실|창고|물류창고|대표\s?(?:번호|전화)|总机|总台|仓库)`;
const COMPANY_WORD_FIRST = new RegExp(String.raw`^\s*${COMPANY_WORDS}\s+(?=[+(\d])`);
/** The same word and nothing else: all the text before that number. */
const COMPANY_WORD_ALONE = new RegExp(String.raw`^\s*${COMPANY_WORDS}\s*$`);

/** Whether the line right after `line` in its block is a note saying its mailbox is shared. */
function sharedNoteFollows(line: Line): boolean {
  const items = line.block.items;
  const at = items.indexOf(line);
  const next = at < 0 ? undefined : items[at + 1];
  return (
    next !== undefined && next.kind === 'line' && next.text.length <= 30 && SHARED_NOTE_LINE.test(next.text)
  );
}

/** A column of what each person does: 业务职掌, 职掌, 工作职责, 负责业务, Duties, Responsibilities. */
const DUTIES_COLUMN =
  /^(?:业务)?职掌$|^(?:工作|主要|岗位)?职责$|^(?:负责|承办|主要)?业务(?:内容|范围)?$|^工作内容$|^(?:duties|responsibilities|areas? of responsibility)$/i;
/** A column of the person standing in for the row's (職務代理人, 代理人, Deputy, Backup, Cover). */
const OTHER_PERSON_COLUMN =
  /代理人$|^(?:deputy|backup|cover|covered by|acting|alternate|substitute|stand-?in)$/i;
/**
 * Labels of the company's own lines and mailboxes; a 校长信箱 or 总经理信箱 is the institution's
 * mailbox for letters to its head, not the head's own. An estate's 管理处 (管理處電話, the
 * management office's line) is the office's, as a 服务中心's is; a Japanese page's 代表電話 (代表番号)
 * is the company's main number. A depot's, a warehouse's or a factory's (Manisa Sevkiyat Deposu:,
 * Warehouse:, Almacén:, a winery's Sala de ventas) is the premises', never a person's, and so is the
 * desk a winery's visitors are received at (enoturismo). Press, media and tips as words, not inside
 * others (viaggio presso i clienti:).
 */
const COMPANY_LABEL =
  /(?:^|[\s/])(?:depo(?:su)?|fabrika(?:s[ıi])?|warehouse|depot|factory|almac[ée]n|magazzino|magazyn|armaz[ée]m|entrep[ôo]t|sala de ventas)(?:$|[\s/])|总机|代表电话|代表番号|热线|客服|售后|前台|门市|门店(?:电话|座机|固话)|秘书处|管理处|服务中心|举报|广告|合作|招商|咨询|共通|(?:长|总经理|书记|课|科|股|部门|单位|公务)信箱|查询|订房|预订|办公室|技术支持|enquir|inquir|general|switchboard|^main$|front desk|reception|enoturismo|after hours|hotline|customer (?:service|care|support)|accounts|\bmedia\b|\bpress\b|membership|secretar|sekretari|headquarters|help ?line|\btips\b|dispecerat|dispatch/i;
/**
 * A mailbox or line of a department rather than a person: 售后邮箱, 客服电话, a department's 品质部电话,
 * Sales enquiries, and in Chile a department's fono (Fono Logística, Fono Exportaciones).
 */
const COMPANY_FIELD_LABEL =
  /^(?:(?:售后|客服|销售|市场|财务|人事|招聘|投诉|投稿|sales|support|service|billing|careers|jobs)\s?(?:邮箱|信箱|电话|热线|email|e-mail|mail|phone|line)|fono\s+(?:log[íi]stica|exportaciones|ventas|despachos|bodega|tienda|central)|[\u4e00-\u9fa5]{1,6}部(?:电话|邮箱|热线))$/i;
/** A phone label joined to the fax label after it: 电话/传真, "Tel/Fax". */
const JOINED_PHONE_LABEL = /(?:电话|tel|phone)\s*[/／、&]\s*$/i;
const LABEL_WORDS_AT_END = [
  '手机',
  '电话',
  '邮箱',
  '微信',
  '传真',
  'tel',
  'phone',
  'mobile',
  'cell',
  'e-mail',
  'email',
  'whatsapp',
];
const URL_TEXT = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const EMAIL_TEXT = /\S+@\S+\.\S+/g;

/** The facts read so far on one page: by line, and by the key of lines that hold no contact data. */
interface PageFacts {
  byLine: Map<Line, LineFacts>;
  byText: Map<string, LineFacts>;
}

/**
 * Facts read so far, per page (context). Plain Maps per page rather than one WeakMap keyed by
 * line: a page puts a thousand lines in them, and a WeakMap's entries cost the garbage collector
 * more; the page's Maps go with its context once the page is read.
 */
const cache = new WeakMap<FactsContext, PageFacts>();

/**
 * The facts of a line, computed once per line, and once per page for lines without contact data
 * that repeat (textKey): a job title or a label in every card, a name seen in a heading and again
 * in a caption. Reading a line is a few dozen pattern tests, the extractor's main cost per card.
 */
export function factsOf(line: Line, context: FactsContext): LineFacts {
  let page = cache.get(context);
  if (page === undefined) {
    page = { byLine: new Map(), byText: new Map() };
    cache.set(context, page);
  }
  let facts = page.byLine.get(line);
  if (facts === undefined) {
    const key = textKey(line);
    facts = key === null ? undefined : page.byText.get(key);
    if (facts === undefined) {
      facts = readLine(line, context);
      if (key !== null) page.byText.set(key, facts);
    }
    page.byLine.set(line, facts);
  }
  return facts;
}

/**
 * All that readLine reads of a line without emails or phones outside a table column: its text and
 * the hints of its markup (a name or title class). Null for the other lines, whose facts depend
 * on their data too.
 */
function textKey(line: Line): string | null {
  if (line.column !== null || line.fax || lineData(line) > 0) return null;
  if (line.hints === null) return line.text;
  let key = line.text;
  for (const hint of line.hints) key += `\u0000${hint.kind}\u0001${hint.text}`;
  return key;
}

function readLine(line: Line, context: FactsContext): LineFacts {
  const folded = foldedLine(line);
  const f = folded === null ? readText(line) : asWritten(readText(folded), line, folded);
  if (f.name !== null && isBrand(f.name, context)) {
    f.name = null;
    f.names = null;
  }
  // galkava.lviv@gmail.com on Galkava Coffee Roasters' page: a mailbox at a provider named after
  // the company is the company's.
  for (const email of line.emails) if (namedAfterBrand(email, context)) pushUnique(f.companyEmails, email);
  return f;
}

/** A mailbox at a provider whose name starts with the first word of the company's (see FactsContext). */
function namedAfterBrand(email: string, context: FactsContext): boolean {
  if (context.notNames.size === 0 || !isFreeMail(email)) return false;
  const first = /^[a-z]{4,}/.exec(email.toLowerCase())?.[0];
  if (first === undefined) return false;
  for (const brand of context.notNames) if (withoutAccents(brand).split(/[^a-z]+/)[0] === first) return true;
  return false;
}

/**
 * The line with its text, hints and column folded to simplified characters (foldTraditional keeps
 * every character's place); null when none of them has a traditional character, as on most pages.
 */
function foldedLine(line: Line): Line | null {
  const hints = line.hints;
  let traditional = hasTraditional(line.text) || (line.column !== null && hasTraditional(line.column));
  if (!traditional && hints !== null) for (const hint of hints) traditional ||= hasTraditional(hint.text);
  if (!traditional) return null;
  return {
    ...line,
    text: foldTraditional(line.text),
    hints:
      hints === null ? null : hints.map((hint) => ({ kind: hint.kind, text: foldTraditional(hint.text) })),
    column: line.column === null ? null : foldTraditional(line.column),
  };
}

/** Facts read on the folded line, with their words as the line writes them (陈大文 → 陳大文). */
function asWritten(f: ReadFacts, line: Line, folded: Line): ReadFacts {
  const sources: Array<readonly [string, string]> = [[line.text, folded.text]];
  line.hints?.forEach((hint, i) => {
    sources.push([hint.text, folded.hints?.[i]?.text ?? hint.text]);
  });
  for (const key of WRITTEN_FACTS) {
    const value = f[key];
    if (value !== null) f[key] = writtenAs(value, sources);
  }
  if (f.names !== null) f.names = f.names.map((name) => writtenAs(name, sources));
  return f;
}

/** The facts that are words of the line (the rest are ids, numbers and flags). */
const WRITTEN_FACTS = ['name', 'title', 'organization', 'address'] as const;

/**
 * `value`, read in folded text, as the original writes it: cut from the original where the folded
 * text holds it whole; else (a name closed up, a title joined to its region) character by
 * character, each folded character back to the one it came from.
 */
function writtenAs(value: string, sources: ReadonlyArray<readonly [string, string]>): string {
  for (const [original, folded] of sources) {
    const at = folded.indexOf(value);
    if (at >= 0) return original.slice(at, at + value.length);
  }
  const back = new Map<string, string>();
  for (const [original, folded] of sources) {
    for (let i = 0; i < folded.length; i++)
      if (folded[i] !== original[i]) back.set(folded[i] ?? '', original[i] ?? '');
  }
  let out = '';
  for (const ch of value) out += back.get(ch) ?? ch;
  return out;
}

/** The facts of a line, all its words read in simplified characters. */
function readText(line: Line): ReadFacts {
  const text = line.text;
  const f: ReadFacts = {
    name: null,
    names: null,
    title: null,
    organization: null,
    address: null,
    wechat: null,
    wechatIsMobile: false,
    companyPhones: [],
    faxes: [],
    fax: line.fax,
    companyEmails: [],
    greeting: GREETING.test(text),
    prose: isProse(text, lineData(line) > 0),
  };
  // A column naming someone else than the row's person (職務代理人, Deputy): whom to ask when they
  // are away, no name of theirs.
  // Nor a column of what the row's person does (業務職掌: 任免遷調、考核獎懲): duties, no names.
  if (line.column !== null && (OTHER_PERSON_COLUMN.test(line.column) || DUTIES_COLUMN.test(line.column)))
    return f;
  const column = line.column === null ? null : labelField(line.column);
  if (column !== null) readField(f, column, text, line);
  else if (line.column !== null && COMPANY_LABEL.test(line.column)) f.companyPhones.push(...e164s(line));
  // A column headed 负责人, 销售经理 or 招生老师 names the person in each of its cells, as such a
  // label does.
  else if (line.column !== null && (looksLikeTitle(line.column) || PEOPLE_COLUMN.test(line.column)))
    readNameValue(f, text);
  const labelled = labelledValues(text);
  for (const lv of labelled) readLabelled(f, lv, line);
  // 吴江分所：…8楼，电话0512-6339 1870，联系人：杨帆（…）: in running text, the numbers the place's
  // label gives before the person's label are the place's.
  if (labelled.length > 0) placeLinesBeforePerson(f, labelled, line);
  // The id the page walk found after its label (WeChat ID: wxm_2016), where no label here read it.
  if (line.wechat !== null) f.wechat ??= line.wechat;
  for (const hint of line.hints ?? []) {
    if (hint.kind === 'name' || hint.kind === 'lead')
      f.name ??= personName(hint.text, hint.kind === 'name' ? 'labelled' : 'bare');
    else if (hint.kind === 'title' && looksLikeTitle(hint.text)) f.title ??= hint.text;
    else if (hint.kind === 'org' && looksLikeOrganization(hint.text)) f.organization ??= hint.text;
  }
  // ติดตามสถานะการจัดส่ง เปลี่ยน/คืนสินค้า: คุณนภา (Khun Napa): a Thai label, which the labels of
  // other scripts do not read, then a person addressed as คุณ, their data on the lines after it.
  if (f.name === null && !f.greeting && text.includes('คุณ')) {
    const addressed = THAI_ADDRESSED_AFTER_LABEL.exec(text);
    if (addressed !== null) f.name = personName(addressed[1] ?? '', 'labelled');
  }
  // 課長代理の丹羽 大輔（にわ だいすけ）が承ります, 中古機担当 大野 誠（おおの まこと）の携帯 …, 酒井 由紀子（さかい
  // ゆきこ／内線301）: a Japanese name in running text, its reading in kana saying it is one.
  if (f.name === null && !f.greeting) {
    const read = JAPANESE_NAME_READ.exec(text);
    const name = read === null ? null : personName(`${read[1]} ${read[2]}（${read[3]}）`, 'bare');
    if (name !== null) f.name = name;
  }
  // 陳大文校長Mr CHAN Tai Man: a Hong Kong name with how it is addressed, then its English form.
  if (f.name === null && !f.greeting) {
    const both = ADDRESSED_WITH_ENGLISH.exec(text);
    const name = both === null ? null : personName(both[1] ?? '', 'bare');
    if (name !== null) {
      f.name = name;
      f.title ??= both?.[2] ?? null;
    }
  }
  // A sentence sending the reader to someone (请联系经纪人：林佩君，手机 …), prose or not.
  const unnamed = f.name === null && !f.greeting;
  // Two numbers and no mailbox in a sentence: the person named before the second (分所负责人许文斌
  // （注册会计师），手机 …). Else the person named before the first datum; in running text also with
  // a second number and a mailbox (partenerul nostru Kovács Gábor, … – birou: …, mobil: …,
  // kovacs.gabor@…).
  // …(tel. +47 22 84 61 00). Kontaktperson: Kristian Haugen, mob. …, kristian.haugen@…: a mailbox after
  // both numbers is the named person's, and leaves the first number the place's.
  const twoNumbers =
    unnamed && text.length >= SENTENCE_LENGTH && line.phones.length === 2 && emailsAfterBoth(line, text);
  // A department's mailbox the sentence gives besides (General export inquiries: export@…) is
  // nobody's, and no second person's.
  const ownEmails =
    line.emails.length > 1 ? line.emails.filter((e) => !isRoleMailbox(e)).length : line.emails.length;
  const referred =
    (twoNumbers ? referredBeforeSecondPhone(f, line, text) : null) ??
    (unnamed &&
    (line.phones.length <= 1 ||
      (f.prose &&
        line.phones.length === 2 &&
        (ownEmails === 1 || secondIsTheirs(line, text) || secondIsPlaces(line, text) !== null))) &&
    ownEmails <= 1 &&
    lineData(line) > 0
      ? referredBeforeData(line, text, text.length >= SENTENCE_LENGTH)
      : null);
  const answering = referred === null && f.name === null && !f.greeting ? bracketedAfter(text, line) : null;
  if (referred !== null || answering !== null) {
    f.name = referred ?? answering?.name ?? null;
    // …Kevin Wu (WeChat: kevinwu_orchid) and Joyce Tsai (WhatsApp …): a WeChat id written before
    // the person the sentence sends the reader to is someone else's.
    if (referred !== null && f.wechat !== null) {
      const at = text.indexOf(f.wechat);
      if (at >= 0 && at < text.lastIndexOf(referred)) f.wechat = null;
    }
    // 仓储主管吴永福　手机 152-5887-3306；仓库电话 0577 8862 3377: the number a clause after theirs gives
    // a place is the company's.
    const place = referred === null ? null : secondIsPlaces(line, text);
    if (place !== null) pushUnique(f.companyPhones, place.e164);
    // …contact Mr. Shingo Hattori directly at Tel. +81-52-…. Our Thai agent, … (…, Tel. +66 38 …): a
    // number in a later sentence than the one the person is named in is not theirs.
    if (referred !== null && line.phones.length > 1) {
      const named = text.lastIndexOf(referred);
      const own = line.phones.filter((p) => p.start > named).sort((a, b) => a.start - b.start)[0];
      // Nor one in a sentence before the one that names them (… call our 24/7 duty phone +47 975 34
      // 120. Our key account manager Torstein Helland can be reached directly on …), or in a
      // Chinese clause before theirs (…或拨打理赔电话 0539-8356235；理赔专员赵鹏，手机 …).
      for (const hit of line.phones) {
        if (own === undefined || hit === own || hit.start < 0) continue;
        // The text between the number and the name before it, or between the person's own number and
        // this one after it (own is the first number after the name: any other after it is later).
        const before = hit.start < named;
        const between = before ? text.slice(hit.end, named) : text.slice(own.end, hit.start);
        if (
          SENTENCE_END.test(between) ||
          (CLAUSE_END_HAN.test(between) && (before || DESK_PHONE_BEFORE.test(between)))
        )
          pushUnique(f.companyPhones, hit.e164);
      }
      // And a mailbox so written before them (资料发送至 lipei@… 或拨打理赔电话 …；理赔专员赵鹏).
      if (own !== undefined)
        for (const email of line.emails) {
          const at = text.indexOf(email);
          if (at >= 0 && at < named && CLAUSE_END_HAN.test(text.slice(at, named)))
            pushUnique(f.companyEmails, email);
        }
    }
    // 会务咨询：0571-8677 2360 转 816（孙老师）: the line the label gives the company reaches the
    // person named after it, by their extension; it is theirs too. So does the line a label gives
    // with the extension of the person named before it (查询：教育组主任陈志明，电话 03-9221 5638 分机 15).
    if (answering !== null) {
      const theirs = answering.hit.e164;
      f.companyPhones = f.companyPhones.filter((phone) => phone !== theirs);
    } else if (f.companyPhones.length > 0) {
      const reached = line.phones.filter((p) => p.end >= 0 && EXTENSION_FIRST.test(text.slice(p.end)));
      if (reached.length > 0)
        f.companyPhones = f.companyPhones.filter((phone) => !reached.some((p) => p.e164 === phone));
    }
  } else if (!f.greeting && !f.prose) readParts(f, residue(line, labelled), line.emails);
  else if (f.prose && !f.greeting)
    f.name ??= bioName(text) ?? (lineData(line) === 0 ? (contactAtEnd(text) ?? inChargeJa(text)) : null);
  // 或拨打组委会热线 0579-…: a line running text gives the company; not where the person named
  // stands right before the number (请致电客服主管陈女士：…: her line, by her extension).
  if (f.prose) {
    for (const hit of line.phones) {
      // …致电总机 0577-8862 3300 转 8205，找开发部黄德明师傅: the line the person named after it is
      // reached on, by their extension, is theirs too.
      if (hit.start <= 0 || hit === answering?.hit) continue;
      // Room for the longer words of other languages (numero di reperibilità); a name within 12.
      const before = text.slice(Math.max(0, hit.start - 20), hit.start);
      if (
        f.name !== null &&
        before
          .slice(-12)
          .replace(/[\s:：]+$/, '')
          .endsWith(f.name)
      )
        continue;
      // Lars Öberg, puh. +46 910 154 20 (toimisto), mob. …: beside the person's own number, the
      // one the sentence calls the office's is the company's.
      // 财务部电话 0595-…, beside the extension the person is reached on: the department's.
      if (
        PROSE_COMPANY_PHONE.test(text.slice(Math.max(0, hit.start - 40), hit.start)) ||
        DESK_PHONE_BEFORE.test(before) ||
        (line.phones.length > 1 && hit.end >= 0 && OFFICE_AFTER.test(text.slice(hit.end, hit.end + 16)))
      )
        pushUnique(f.companyPhones, hit.e164);
    }
  }
  // Telefon 86 24 51 30 (fælles nummer for reservedele): a number its note says is shared is the
  // company's, whoever's card it is written on.
  for (const hit of line.phones)
    if (hit.end >= 0 && saysCompanyLineAfter(text.slice(hit.end, hit.end + 60)))
      pushUnique(f.companyPhones, hit.e164);
  // WhatsApp (Sales Hotline): a button whose number only its link gives, named as the company's line.
  if (line.phones.length > 0 && line.phones.every((p) => p.start < 0) && COMPANY_LINE_TEXT.test(text))
    for (const phone of line.phones) pushUnique(f.companyPhones, phone.e164);
  if (SAME_AS_WECHAT.test(text)) {
    f.wechat ??= wechatOfMobile(line.phones.map((p) => p.e164));
    f.wechatIsMobile = line.phones.length === 0;
  }
  // tax@hcacpa.com.cn（部门邮箱）, 営業所共通 tokyo@…: a mailbox the page says is a department's or
  // shared, by a note after it or 共通 before it, whoever's row it is on.
  const noteAfter = SHARED_MAILBOX_NOTE.test(text);
  const sharedBefore = text.includes('共通');
  if (line.emails.length > 0 && (noteAfter || sharedBefore))
    for (const email of line.emails) {
      const at = text.indexOf(email);
      const after = at + email.length;
      if (
        (noteAfter && SHARED_MAILBOX_NOTE.test(text.slice(after, after + 12))) ||
        (sharedBefore && at > 0 && SHARED_BEFORE_MAILBOX.test(text.slice(Math.max(0, at - 12), at)))
      )
        pushUnique(f.companyEmails, email);
    }
  // 센터 051-293-5510 in a person's cell: the line of the place they work, written before their own.
  if (line.phones.length > 0 && COMPANY_WORD_FIRST.test(text)) {
    const first = line.phones.reduce((a, b) => (b.start >= 0 && (a.start < 0 || b.start < a.start) ? b : a));
    if (first.start >= 0 && COMPANY_WORD_ALONE.test(text.slice(0, first.start)))
      pushUnique(f.companyPhones, first.e164);
  }
  // docs@…<br>(서류팀 공용): the note alone on the line right after the mailbox, in its cell.
  if (line.emails.length > 0 && sharedNoteFollows(line))
    for (const email of line.emails) pushUnique(f.companyEmails, email);
  // 管理處電話：… 傳真：… 電郵：…: a line that opens with the company's label and names nobody is
  // the company's, each of its lines and mailboxes, whatever their own labels say; the label may
  // follow the place it is in (Manisa Sevkiyat Deposu:).
  const opening = labelled[0];
  if (
    f.name === null &&
    opening !== undefined &&
    isCompanyLabelled(opening, line) &&
    PLACE_BEFORE_LABEL.test(text.slice(0, opening.start))
  ) {
    for (const phone of e164s(line)) if (!f.faxes.includes(phone)) pushUnique(f.companyPhones, phone);
    for (const email of line.emails) pushUnique(f.companyEmails, email);
  }
  return f;
}

/** Nothing, or one capitalised word (a place), before a line's opening label. */
const PLACE_BEFORE_LABEL = /^\s*(?:\p{Lu}\p{L}+\s*)?$/u;

function isCompanyLabel(label: string): boolean {
  return COMPANY_LABEL.test(label) || COMPANY_FIELD_LABEL.test(label);
}

/** A labelled value the company's label gives, but for a salesperson's own Hotline (ownHotline). */
function isCompanyLabelled(lv: LabelledValue, line: Line): boolean {
  return isCompanyLabel(lv.label) && !ownHotline(lv, line);
}

/**
 * A Vietnamese salesperson's own mobile, which their card labels Hotline (Hotline: 0983 604 215),
 * as the company's 1900 line is labelled too: Hotline alone, before Vietnamese mobiles only.
 */
function ownHotline(lv: LabelledValue, line: Line): boolean {
  if (!/^hotline$/i.test(lv.label)) return false;
  const numbers = e164sIn(line, lv);
  return numbers.length > 0 && numbers.every((e164) => VIETNAMESE_MOBILE.test(e164));
}

/** Vietnam's mobiles: 03x, 05x, 07x, 08x and 09x, nine digits after the trunk 0. */
const VIETNAMESE_MOBILE = /^\+84[35789]\d{8}$/;

/**
 * The person running text sends the reader to, right before the one number or mailbox it gives
 * (…找黄小姐，电话 135 3092 7716…, 请联系王经理 139…, 请联系外贸部：Lily 刘丽，手机：…, Contact
 * our sponsorship manager Emma Richter at …): a post recommending a supplier's contact, a page
 * naming whom to write to. Null when the data has no such name before it.
 */
export function referredName(text: string, dataAt: number): string | null {
  if (dataAt < 0) return null;
  const before = text.slice(Math.max(0, dataAt - 60), dataAt);
  // Sentences in Latin letters take more room: a title and an academic title with the name
  // (Your contact: Brenda Cavazos, Sales Representative – Texas, cell (US) …).
  const wide = text.slice(Math.max(0, dataAt - 120), dataAt);
  // The sentences in Latin letters are tried only where one of their words stands: most data on
  // a page have none before them, and each pattern would be tried from every position.
  const latin = SENDS_TO.test(wide);
  const m =
    REFERRAL.exec(before) ??
    TITLE_REFERRAL.exec(before) ??
    DEPARTMENT_REFERRAL.exec(before) ??
    LED_BY_REFERRAL.exec(before) ??
    HANDLED_BY_REFERRAL.exec(before) ??
    (latin
      ? (REFERRAL_EN.exec(wide) ??
        REFERRAL_FR.exec(before) ??
        REFERRAL_ANSWERS.exec(wide) ??
        REFERRAL_DE.exec(wide) ??
        REFERRAL_CS.exec(wide) ??
        REFERRAL_SK.exec(wide) ??
        REFERRAL_ID.exec(wide) ??
        REFERRAL_ID_ADDRESSED.exec(wide) ??
        REFERRAL_ES.exec(wide) ??
        REFERRAL_ES_ATTENDED.exec(wide) ??
        REFERRAL_EN_LABEL_AFTER.exec(wide) ??
        REFERRAL_PT.exec(wide) ??
        REFERRAL_NL.exec(wide) ??
        REFERRAL_VI.exec(wide) ??
        REFERRAL_TR.exec(wide) ??
        REFERRAL_EL.exec(wide))
      : null) ??
    (latin
      ? (REFERRAL_RO.exec(wide) ??
        REFERRAL_FI.exec(wide) ??
        REFERRAL_SCANDINAVIAN.exec(wide) ??
        REFERRAL_HR.exec(wide) ??
        REFERRAL_SR_CYRILLIC.exec(wide) ??
        REFERRAL_LT.exec(wide) ??
        REFERRAL_LV.exec(wide) ??
        REFERRAL_PL.exec(wide) ??
        REFERRAL_ET.exec(wide) ??
        REFERRAL_SW.exec(wide) ??
        REFERRAL_IT_FOUND.exec(wide) ??
        REFERRAL_BG.exec(wide) ??
        AVAILABLE_BG.exec(wide) ??
        REFERRAL_UK.exec(wide) ??
        TITLE_THEN_NAME_RU.exec(wide) ??
        ADDRESSED_AFTER_LABEL.exec(wide) ??
        REACHED_EN.exec(wide))
      : null) ??
    REFERRAL_KO.exec(before) ??
    REFERRAL_HE.exec(before) ??
    (opensBracket(before) ? NAMED_WITH_BRACKETED_DATA.exec(before) : null);
  // A Hungarian name asked for in the accusative (keresse Horváth Bencét): the name itself.
  const hu = m === null && latin ? REFERRAL_HU.exec(wide) : null;
  const named =
    m !== null
      ? (m[1] ?? m[2] ?? m[3] ?? '')
      : hu?.[1] !== undefined
        ? hungarianNominative(hu[1])
        : (hu?.[2] ?? '');
  const name = named === '' ? null : (personName(named, 'bare') ?? afterTitleWord(named));
  if (name !== null) return name;
  // A name, then what the person is between commas (please contact Marta Fernández Iglesias,
  // Export Sales, on …), which REFERRAL_EN read as a title before a name: looked for only where a
  // pattern matched, as few data on a page have a sentence before them.
  const titled = m === null ? null : REFERRAL_EN_TITLE_AFTER.exec(wide);
  return (
    (titled === null ? null : personName(titled[1] ?? '', 'bare')) ??
    addressedBefore(before) ??
    REFERRAL_TH.exec(before)?.[1] ??
    null
  );
}

/**
 * A name a pattern read with the last word of the person's title before it (Our Sales Director
 * Desislava Georgieva (mobile …): capitalised, it reads as a name's first word), without that word.
 */
function afterTitleWord(named: string): string | null {
  const space = named.indexOf(' ');
  if (space < 0 || !looksLikeTitle(named.slice(0, space))) return null;
  return personName(named.slice(space + 1), 'bare');
}

/**
 * A name in Latin letters as the sentences below read one: two or three capitalised words (Mette
 * Jensen, Ole Kristian Berg), an apostrophe or a hyphen within a word. Each sentence's pattern is
 * built round it.
 */
const LATIN_NAME_SOURCE = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}`;

/**
 * The same in Romanian: a name after dl. or dna. (Mr, Mrs), or after our partner, representative
 * or colleague (partenerul nostru, reprezentantul nostru de la Chișinău), perhaps with their firm
 * and town after commas, then the number's label: …reprezentantul nostru de la Chișinău, dl. Victor
 * Rusu, tel. …; partenerul nostru Kovács Gábor, Kovács Agrotechnika Kft., Szeged – birou: ….
 */
const REFERRAL_RO = new RegExp(
  String.raw`(?:\b(?:dl|dna|d-na|d-nul)\.?\s+|\b(?:domnul|doamna)\s+|\b(?:partenerul|partenera|reprezentantul|reprezentanta|colegul|colega)\s+(?:nostru|noastră|noastra)\s+(?:(?:ing|ec|dr)\.\s+)?)(${LATIN_NAME_SOURCE})(?:,[^;,]{1,40}){0,3}\s*(?:[–—-]\s*[\p{Ll}.]{2,12}\s*)?(?:[:：]\s*)?$`,
  'u',
);

/**
 * The same in Finnish: contact (ota yhteyttä), perhaps a job title in lower case, the name (the
 * family name inflected: Marko Hiltuseen), or a contact person named (Yhteyshenkilö Lars Öberg),
 * then a comma and the number's label: …ota yhteyttä logistiikkavastaava Marko Hiltuseen, p. ….
 */
const REFERRAL_FI =
  /\b(?:ota yhteyttä|soita|yhteyshenkilö(?:mme)?(?: on)?|yhteyshenkilönä)\s+(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+),?\s*(?:(?:p|puh|gsm|mob)\.|puhelin|puhelimitse)?\s*[:：]?\s*$/iu;

/**
 * The same in Danish, Norwegian and Swedish: contact (kontakt, kontakta) or call (ring til), perhaps
 * ours (vores, vår) and a job title in lower case and a comma, or the contact person is
 * (Kontaktperson er, Kontaktperson:) or whom questions go to (besvaras av, hanteras av), the name,
 * then on (på, perhaps the switchboard's) or the number's label: …så kontakt vores
 * marketingkoordinator, Mette Jensen, på 61 27 84 35…; kontakt regnskapsansvarlig Bente Vik på
 * sentralbordet …; Kontaktperson er Eirik Johansen, mobil …; Frågor … besvaras av vår tullansvariga
 * Anna Björk på …; hanteras av vår ekonomichef Karin Wallin, tel. …; or the name ending its
 * sentence and the next saying where to reach them: … håndteres av vår reservedelsansvarlige Håkon
 * Lie. Du når ham på ….
 */
const REFERRAL_SCANDINAVIAN = new RegExp(
  String.raw`\b(?:(?:[Kk]ontakt(?:a|e)?|[Rr]ing(?: til)?|[Ss]kriv til|(?:besvaras|hanteras|sköts|handläggs|besvares|håndteres) av)\s+(?:(?:vores|vor|vår|vårt|våre|våra)\s+)?(?:\p{Ll}+,?\s+)?|[Kk]ontaktperson(?:en)?\s*(?:er\s|är\s|:)\s*)(${LATIN_NAME_SOURCE})(?:,?\s+(?:på(?:\s+(?:tlf\.?|telefon|mobil|nummer|sentralbordet|växeln|omstillingen))?|tlf\.?|tel\.?|mobil|mob\.)|\.\s+(?:[Dd]u|[Nn]i)\s+(?:når|treffer|kan nå)\s+(?:ham|henne|honom|hende)\s+på)\s*[:：]?\s*$`,
  'u',
);

/**
 * The same in Polish: direct to (kieruj do), get in touch with (skontaktuj się z), call or write to
 * (zadzwoń do, napisz do), perhaps Pan or Pani as the case asks, the name (in that case: Joanny
 * Mazur), perhaps what they do after a comma, then a colon or the number's label: …pytania o proces
 * rekrutacji kieruj do Joanny Mazur, Talent Acquisition Lead: kariera@…, tel. ….
 */
const REFERRAL_PL = new RegExp(
  String.raw`\b(?:[Kk]ieruj(?:cie)?\s+do|[Ss]kontaktuj(?:cie)?\s+się\s+z|[Zz]adzwoń(?:cie)?\s+do|[Nn]apisz(?:cie)?\s+do|[Pp]rosimy\s+o\s+kontakt\s+z)\s+(?:Pan(?:em|ią|a|i)?\s+)?(${LATIN_NAME_SOURCE})(?:,\s*[^,:：]{2,40})?\s*(?:[:：]|,?\s*(?:tel\.?|telefon|pod numerem)\s*[:：]?)\s*$`,
  'u',
);

/**
 * The name first, then how to reach them, in English: Our key account manager Torstein Helland can be reached
 * directly on …, Peter Kolesár can be reached on his mobile …; Ms. Ana Cruz may be contacted at …; or a name
 * addressed, perhaps as the other script writes it in brackets, then on the messenger or the phone: …for
 * North America Mr. Kevin Song (宋凯) on WhatsApp …; …our licensed customs agent, Mr. Adewale Fashola (NCS
 * Licence No. 0437), who also answers PAAR and Form M queries on WhatsApp: ….
 */
const REACHED_EN = new RegExp(
  String.raw`(?:(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?(${LATIN_NAME_SOURCE}),?\s+(?:can|may)\s+(?:also\s+)?be\s+(?:reached|contacted)\s+(?:directly\s+)?(?:on|at|via)(?:\s+(?:his|her|their)\s+(?:mobile|cell(?:\s+phone)?|direct\s+line|phone))?|(?:Dr|Mr|Mrs|Ms)\.?\s+(${LATIN_NAME_SOURCE})\s*(?:[(（][^()（）\d]{1,20}[)）])?\s+on\s+(?:WhatsApp|WeChat|Viber|LINE|Telegram|[Tt]el\.?|[Pp]hone|[Mm]obile)|(?:Dr|Mr|Mrs|Ms)\.?\s+(${LATIN_NAME_SOURCE})\s*(?:[(（][^()（）]{1,40}[)）])?,?\s+who\s+[^.]{0,80}?\bon\s+(?:WhatsApp|WeChat|Viber|[Tt]el\.?|[Pp]hone|[Mm]obile|his\s+mobile|her\s+mobile))\s*[:：]?\s*$`,
  'u',
);

/**
 * The same in Croatian and Serbian: get in touch with (javite se, obratite se), contact
 * (kontaktirajte), call (nazovite, pozovite) or give notice to (najavite), perhaps ours (našem,
 * našoj) and a job in a word or two in lower case, the name (in the dative, as the verb asks: Nikoli
 * Grubišiću, šefu magacina Zoranu Pavloviću), perhaps an academic title after a comma, then on (na)
 * and the number's label: …javite se našem specijalistu Nikoli Grubišiću, dipl. ing., na mob. ….
 */
const REFERRAL_HR =
  /\b(?:[Jj]avite se|[Oo]bratite se|[Kk]ontaktirajte|[Nn]azovite|[Pp]ozovite|[Nn]ajavite)\s+(?:(?:našem|našoj|naš|naša)\s+)?(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+)(?:,\s*(?:dipl\.\s*ing\.|mag\.\s*\p{Ll}+\.|ing\.|dr\.\s*sc\.)(?:\s*\p{Ll}+\.)?)?,?\s+(?:na\s+)?(?:mob\.|tel\.|mobitel|broj|telefon)?\s*[:：]?\s*$/u;

/**
 * The same in Serbian Cyrillic: …обратите се колегиници Бранки Јовић, директан телефон ….
 */
const REFERRAL_SR_CYRILLIC =
  /(?:^|\s)(?:[Оо]братите\s+се|[Јј]авите\s+се|[Пп]озовите|[Кк]онтактирајте)\s+(?:(?:нашем|нашој)\s+)?(?:\p{Ll}+\s+){0,2}?(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s*,?\s*(?:на\s+)?(?:(?:директан\s+)?(?:телефон|тел\.|моб\.)\s*)?[:：]?\s*$/u;

/**
 * The same in Lithuanian: call (skambinkite), turn to (kreipkitės į), write to (rašykite), get in
 * touch with (susisiekite su) someone named by their job in lower case, in the dative or the
 * accusative the verb asks (logistikos vadovui Vytautui Urbonui), or the contact person named
 * after a dash (Kontaktinis asmuo – Ole Kristian Berg), or after their job in the nominative
 * (Salono vadovė Kristina Mockienė), then the number's label: …kreipkitės į kokybės vadybininkę
 * Gintarę Rimkutę: tel. ….
 */
const REFERRAL_LT = new RegExp(
  String.raw`(?:\b(?:[Ss]kambinkite|[Kk]reipkitės į|[Rr]ašykite|[Ss]usisiekite su)\s+(?:\p{Ll}+\s+){0,3}|\b[Kk]ontaktinis asmuo\s*[–—:-]\s*|\b(?:vadov(?:as|ė)|vadybinink(?:as|ė)|direktor(?:ius|ė)|atstov(?:as|ė))\s+)(${LATIN_NAME_SOURCE})\s*[,:：]?\s*(?:tel\.|mob\.|telefonu)\s*[:：]?\s*$`,
  'u',
);

/**
 * The same in Latvian: call (zvaniet), write to (rakstiet), get in touch with (sazinieties ar)
 * someone named by their job in lower case, in the dative the verb asks (projektu nodaļas
 * vadītājam Mārim Jansonam), or the contact person named after a dash (Kontaktpersona – Margus
 * Tamm), or after their job in the nominative (reģionālais pārstāvis Kaspars Ziediņš (Liepāja),
 * Salona vadītāja Evija Sproģe), then the number's label: …, mob. ….
 */
const REFERRAL_LV = new RegExp(
  String.raw`(?:\b(?:[Zz]vaniet|[Rr]akstiet|[Ss]azinieties ar|[Vv]ērsieties pie)\s+(?:\p{Ll}+\s+){0,3}|\b[Kk]ontaktpersona\s*[–—:-]\s*|(?:pārstāv(?:is|e|im|jam)|vadītāj(?:s|a|am|ai)|menedžer(?:is|e|im|ei)|speciālist(?:s|e|am|ei)|direktor(?:s|e|am|ei)|inženier(?:is|e|im|ei))\s+)(${LATIN_NAME_SOURCE})(?:\s*[(（][^()（）\d]{1,30}[)）])?\s*[,:：]?\s*(?:tālr\.|tālrunis|mob\.|tel\.)\s*[:：]?\s*$`,
  'u',
);

/**
 * The same in Estonian: turn to (pöörduge, perhaps to ours: meie) someone named by their job in
 * lower case, in the genitive the postposition asks (peaarhitekti Kadri Vaheri poole), then on the
 * phone (telefonil); the contact person (Kontaktisik Jari Kallio, mob …); or a name after its job
 * (Tehase juhataja Tõnu Mets, mob. …; turundusjuht Eva-Maria Laur, tel …; Kohtumised lepib kokku
 * assistent Tiina Oja, tel …: the assistant's number, not her manager's), then the number's label.
 */
const REFERRAL_ET = new RegExp(
  String.raw`(?:\b[Pp]öörduge\s+(?:meie\s+)?(?:\p{Ll}+\s+)?(${LATIN_NAME_SOURCE})\s+poole\s+(?:telefonil|numbril|tel\.?)|(?:\b[Kk]ontaktisik\s*[:–—-]?\s*|\b\p{L}*(?:juhataja|juht|esimees|spetsialist|tehnik|arhitekt|konsultant|insener|raamatupidaja|assistent)\s+)(${LATIN_NAME_SOURCE})\s*,?\s*(?:tel\.?|mob\.?|telefon))\s*[:：]?\s*$`,
  'u',
);

/**
 * The same in Hungarian: look for (keresse) someone, their name in the accusative, on a number (a
 * … számon) or at a mailbox (a … címen); or someone, their job in lower case, who helps (dr.
 * Lakatos Judit pályázati és finanszírozási tanácsadónk segít: közvetlen szám …). Perhaps dr.,
 * ifj. or id. before the name. The name in the accusative is group 1, the other group 2.
 */
const REFERRAL_HU = new RegExp(
  String.raw`(?:\b(?:[Kk]eresse|[Hh]ívja|[Kk]érje)\s+(?:(?:dr|ifj|id)\.\s+)?(${LATIN_NAME_SOURCE})\s+az?|(?:\b(?:dr|ifj|id)\.\s+|(?<!\p{L}))(${LATIN_NAME_SOURCE})\s+(?:\p{Ll}+\s+){1,5}(?:segít|áll\s+rendelkezésre|várja\s+hívását)\s*[:：]\s*(?:közvetlen\s+szám|mobil|tel\.?|telefon(?:szám)?)?)\s*[:：]?\s*$`,
  'u',
);

/**
 * A Hungarian name in the accusative as a sentence asks for someone (Horváth Bencét, Dobos
 * Katalint, Nagy Pétert, Kiss Zsoltot, Tóth Évát): the name as written on a card. Only its last
 * word is inflected.
 */
export function hungarianNominative(name: string): string {
  const at = name.lastIndexOf(' ') + 1;
  const word = name.slice(at);
  const nominative = HU_LINKING_VOWEL.test(word)
    ? word.slice(0, -2)
    : word.endsWith('ét')
      ? `${word.slice(0, -2)}e`
      : word.endsWith('át')
        ? `${word.slice(0, -2)}a`
        : HU_ENDING_T.test(word)
          ? word.slice(0, -1)
          : word;
  return name.slice(0, at) + nominative;
}

/** The accusative's -ot, -et or -öt after a consonant: Zsoltot, Juditot, Bálintot. */
const HU_LINKING_VOWEL = /[^aáeéiíoóöőuúüűy][oeö]t$/i;
/** The accusative's -t after a consonant that takes it or a short vowel: Katalint, Pétert, Katit. */
const HU_ENDING_T = /[nlrsjyiouöü]t$/i;

/**
 * The same in Swahili: call (kumpigia, mpigie) or get in touch with (wasiliana na) someone, perhaps
 * named by their post first (Afisa wetu wa Ugani, …), addressed as Bwana or Bibi (Bw., Bi.), then by
 * phone (kwa simu): …wanaweza kumpigia Afisa wetu wa Ugani, Bi. Esther Nyokabi Kariuki, kwa simu ….
 */
const REFERRAL_SW = new RegExp(
  String.raw`\b(?:kumpigia|mpigie|wasiliana na)\s+(?:[^,]{2,40},\s+)?(?:(?:Bw|Bi|Dkt|Dr)\.?\s+)?(${LATIN_NAME_SOURCE}),?\s+(?:kwa\s+(?:simu|nambari)|simu|kupitia)\s*[:：]?\s*$`,
  'u',
);

/**
 * The same in Italian, the name first: Alessandro Gatti è spesso in viaggio presso i clienti: lo
 * trovate anche su mobile / WhatsApp …; … la potete chiamare al ….
 */
const REFERRAL_IT_FOUND = new RegExp(
  String.raw`(?:^|[.;]\s+)(${LATIN_NAME_SOURCE})\s[^.\d]{0,80}?\b(?:lo|la)\s+(?:trovate|potete\s+(?:contattare|chiamare|raggiungere|trovare))\b[^.\d]{0,40}$`,
  'u',
);

/**
 * A desk's label, then a person addressed as one and the desk's number after a dash: Accounts &
 * Collections (statements, payment confirmations, VAT invoices): Ms. Priya D’Souza – 04 227 6600
 * Ext. 115 – accounts@…, the label too long with its note in brackets to be read as one.
 */
const ADDRESSED_AFTER_LABEL =
  /[:：]\s*(?:Ms|Mr|Mrs|Dr)\.?\s+(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})\s*[–—-]\s*(?:(?:[Tt]el|[Pp]hone)\.?\s*[:：]?\s*)?$/u;

/**
 * A Hebrew name addressed (גב' for Ms, מר for Mr, ד"ר), right before its number perhaps after a
 * comma or a dash and the number's label: …לבירורים בנושא חשבוניות ותשלומים – גב' אורנה דהן,
 * 04-6527700 שלוחה 4; רכזת הנגישות בחברה היא גב' ליאת מזרחי – טל' 04-6527700.
 */
const REFERRAL_HE = new RegExp(
  String.raw`(?:^|\s)(?:גב['׳]|מר|ד["״]ר)\s+(${HEBREW_NAME_SOURCE})\s*(?:[,،–-]\s*)?(?:(?:טל['׳]|טלפון|נייד)\s*[:：]?\s*)?$`,
);

/**
 * A name with what the person covers and how to reach them in brackets after it, as a sentence
 * lists a team: Sophia Huang (Japan & Korea), … and Joyce Tsai (Americas & Europe, WhatsApp +886 …).
 * The bracket still open before the number, its messenger or phone word right before it; what the
 * person does perhaps after a comma (…under Dr. Kalpesh Joshi, Head – Technical Services (Tel. …).
 */
const NAMED_WITH_BRACKETED_DATA = new RegExp(
  String.raw`(?:^|[\s,;:])(${LATIN_NAME_SOURCE})(?:,\s+[^,()（）\d]{2,40})?\s*[(（][^()（）]{0,40}?(?:WhatsApp|WeChat|LINE|Viber|Telegram|[Mm]obile|[Cc]ell|[Tt]el\.?|[Pp]hone)\s*[:：]?\s*$`,
  'u',
);

/** Whether a bracket opened in `text` is still open at its end. */
function opensBracket(text: string): boolean {
  const open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
  return open >= 0 && open > Math.max(text.lastIndexOf(')'), text.lastIndexOf('）'));
}

/**
 * A word one of the sentences in Latin or Greek letters needs (REFERRAL_EN to REFERRAL_EL,
 * REFERRAL_ID_ADDRESSED, REFERRAL_RO, REFERRAL_FI, REFERRAL_SCANDINAVIAN, REFERRAL_HR, REFERRAL_LT,
 * REFERRAL_PL, REFERRAL_ET, REFERRAL_SW, REFERRAL_IT_FOUND, ADDRESSED_AFTER_LABEL, REACHED_EN): contact,
 * call, avec, répond, wenden, odpoví, melalui, hable, fale, bereikbaar, liên hệ, Bey’e, bapak, dl., nostru,
 * yhteyttä, kontakt, ring, javite, besvaras, kieruj, pöörduge, kumpigia, trovate, a colon before Ms., can be
 * reached and the others.
 */
const SENDS_TO =
  /contact|kontakt|call|text|message|e-?mail|write to|reach|ask for|speak|talk to|avec|appelez|[ée]crivez|joindre|répond|joignable|disponible|risponde|raggiungibile|reperibile|beantwort|berät|informiert|erreichen|wenden|odpoví|volejte|obraťte|napište|obrátiť|obráťte|volajte|zastižení|melalui|\bdi\b|\bvia\b|pregunte|comun|atendid|consult[aá] con|contacte|contactar|llame|escriba|hable|fale|falar|procure|contate|ligue|escreva|bereikbaar|liên hệ|gặp|gọi cho|(?:bey|hanım)['’]|επικοινων|\bdl\.|\bdna\.|d-na|domnul|doamna|nostru|noastr|yhteyttä|yhteyshenkilö|soita|\bring\b|ordinated by|handled by|managed by|arranged by|in touch with|with our|kontaktperson|besvaras|hanteras|besvares|håndteres|du når|can (?:also )?be reached|may be contacted|kieruj|skontaktuj|zadzwoń|napisz do|o kontakt z|vadov|vadybinink|direktor|atstov|skambinkite|kreipkitės|rašykite|susisiekite|kontaktinis|zvaniet|rakstiet|sazinieties|vērsieties|kontaktpersona|pārstāv|vadītāj|javite|obratite|kontaktirajte|nazovite|pozovite|najavite|обратите|јавите|позовите|контактирајте|bapak|\bibu\b|pöörduge|kontaktisik|juhataja|juht\b|esimees|spetsialist|tehnik\b|arhitekt|konsultant|insener|raamatupidaja|assistent|kumpigia|mpigie|wasiliana|\bon\s+whatsapp|trovate|potete|:\s*(?:ms|mr|mrs|dr)\.?\s|keresse|kérje|segít|ansprechpartner|обърнете|звънете|обадете|разположение|менеджер|представ|можна|звертайте|зверніться|телефонуйте|пишіть|погоджуйте|узгоджуйте|домовляйтеся|зв[’']яжіться|контактна особа|together with/i;

/** The words an English sentence sends the reader to someone with: contact, call, write to …. */
const CONTACT_VERBS_EN = '[Cc]ontact|[Cc]all|[Ww]rite to|[Ss]peak (?:to|with)|[Aa]sk for';
/** The name they are sent to, perhaps after how they are addressed: Ms. Angela Zhong, Dr Weber. */
const CONTACTED_NAME_EN = String.raw`(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})`;

/**
 * Contact and the like, a name (perhaps in the other script in brackets after it), what the person
 * is between commas, then the number's word: …please contact Ms. Angela Zhong (钟丽萍), Overseas
 * Sales Manager, WhatsApp …; …handled together with Mr. Tony He (何志伟), Sales Manager, Tel. ….
 */
const REFERRAL_EN_LABEL_AFTER = new RegExp(
  String.raw`\b(?:${CONTACT_VERBS_EN}|handled by|together with)\s+${CONTACTED_NAME_EN}(?:\s*[(（][^()（）]{1,20}[)）])?,\s+[^,;]{2,40},\s+(?:WhatsApp|Tel\.?|Phone|Mobile|Cell|Direct)\s*[:：]?\s*$`,
  'u',
);

/** Contact and the like, a name, what the person is between commas, then at or on. */
const REFERRAL_EN_TITLE_AFTER = new RegExp(
  String.raw`\b(?:${CONTACT_VERBS_EN})\s+${CONTACTED_NAME_EN},\s+[^,]{2,40},\s+(?:at|on|via)\s*[:：]?\s*$`,
  'u',
);

/**
 * The same in Thai, where a name is addressed with คุณ and written in Thai script, which the
 * name rules of other scripts cannot judge: คุณ, the given name and perhaps the family name (not
 * a department: ฝ่าย…, แผนก…), perhaps the department or a nickname in brackets, then the phone's
 * or the mailbox's word (…กรุณาติดต่อคุณณัฐวุฒิ แสงทอง (ต้น) โทรสายตรง …; ติดต่อคุณสุดารัตน์
 * ฝ่ายบัญชี โทร. …).
 */
const REFERRAL_TH =
  /คุณ([\u0e00-\u0e7f]{2,20}(?:\s(?!ฝ่าย|แผนก)[\u0e00-\u0e7f]{2,20})?)(?:\s+(?:ฝ่าย|แผนก)[\u0e00-\u0e7f]{1,20})?\s*(?:[(（][^()（）]{1,20}[)）])?\s*(?:โทรสายตรง|โทร\.?|มือถือ|อีเมล|ที่เบอร์)\s*[:：]?\s*$/u;

/**
 * The person a sentence addresses by surname and how they are addressed, in the clause before
 * its number (有意者请与张先生联系，电话 …; 详情咨询李老师：…; 请洽业务陈小姐 …): the nearest such
 * address, a common surname first. Such an address names a person and nothing else; a full name
 * so placed may be anyone the sentence mentions, and is left to REFERRAL.
 */
function addressedBefore(before: string): string | null {
  const clause = before.slice(before.search(CLAUSE_START) + 1).slice(-30);
  let found: string | null = null;
  for (const m of clause.matchAll(ADDRESS)) {
    const end = (m.index ?? 0) + (m[0]?.length ?? 0);
    const address = m[1] ?? '';
    for (const length of [2, 1]) {
      const start = end - address.length - length;
      if (start < 0) continue;
      // A two-character surname only where it is one (欧阳, 司马): 仓管黄师傅 is 黄师傅.
      if (length === 2 && !DOUBLE_SURNAME.test(clause.slice(start, start + 2))) continue;
      // The last character of a full name (梁伟明先生: 明 is a surname too) addresses nobody.
      if (length === 1 && endsFullName(clause, start)) continue;
      // 与张先生, 咨询李老师, 业务陈小姐; not 招商经理, whose 商 is no surname but half a word.
      // An honorific forms no job with the word before it (仓管黄师傅, 前台王小姐).
      if (start > 0 && !HONORIFIC_ADDRESS.test(address) && !BEFORE_ADDRESS.test(clause[start - 1] ?? ''))
        continue;
      const name = personName(clause.slice(start, end), 'bare');
      if (name !== null && SURNAME_ADDRESS_NAME.test(name)) {
        found = name;
        break;
      }
    }
  }
  return found;
}

/**
 * Whether the character at `at` ends a full name of three (梁伟明 in 物业经理 梁伟明先生): a common
 * surname two characters before it, at the start of the clause or after a break or a label.
 */
function endsFullName(clause: string, at: number): boolean {
  if (at < 2 || !isCommonSurname(clause[at - 2] ?? '') || !HAN.test(clause[at - 1] ?? '')) return false;
  return at === 2 || /[\s：:，,、]/.test(clause[at - 3] ?? '');
}

/** What may stand right before a person addressed by surname: a verb, a department, a break. */
const BEFORE_ADDRESS = /[与和找询洽系问电给请的务部组：:，,、\s]/;

/** Where a sentence's last clause starts: after a full stop, a semicolon, !, ? (−1: the start). */
const CLAUSE_START = /[。；;！？!?](?=[^。；;！？!?]*$)/;
/** How a person is addressed after their surname. */
const ADDRESS = /(先生|女士|小姐|师傅|老师|经理|主任)/g;
const SURNAME_ADDRESS_NAME = /^[\u4e00-\u9fa5]{1,2}(?:先生|女士|小姐|师傅|老师|经理|主任)$/;
/** Ways of addressing someone that make no job title with a word before them. */
const HONORIFIC_ADDRESS = /^(?:先生|女士|小姐|师傅)$/;
/** Two-character surnames, as an address may follow them (欧阳先生). */
const DOUBLE_SURNAME =
  /^(?:欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|司徒|夏侯|尉迟|公孙|长孙|宇文|轩辕|端木)$/;

/**
 * The person named in brackets right after a number (订购专线：02-2736-5518（林先生）): who
 * answers it, and the number. Null for anything else in the brackets (营业时间 …, 微信同号). Of a
 * line with more numbers, only the last may be so answered, by an extension and the one to ask
 * for after it (财务部电话 …；…请拨总机 0595-23268800 转 806，找财务经理黄丽珍).
 */
function bracketedAfter(text: string, line: Line): { name: string; hit: PhoneHit } | null {
  if (line.phones.length === 1) {
    const phone = line.phones[0] as PhoneHit;
    const name = phone.start < 0 ? null : answeredAfter(text, phone);
    return name === null ? null : { name, hit: phone };
  }
  let last: PhoneHit | null = null;
  for (const hit of line.phones) if (hit.start >= 0 && (last === null || hit.start > last.start)) last = hit;
  if (last === null) return null;
  const after = text.slice(last.end);
  const extension = EXTENSION_FIRST.exec(after)?.[0].length ?? 0;
  const name = extension === 0 ? null : askedForAfter(after.slice(extension));
  return name === null ? null : { name, hit: last };
}

/** 请致电总机 0577-8862 3300 转 8205，找开发部黄德明师傅: the one to ask for at the extension. */
function askedForAfter(rest: string): string | null {
  const asked = ASKED_FOR_AFTER.exec(rest);
  return asked === null ? null : innerName(asked[1] ?? '');
}

/** Who answers the line's one number (bracketedAfter), named after it. */
function answeredAfter(text: string, phone: PhoneHit): string | null {
  // 028-8551 6600 转 8312（护士长 张敏）: the person the extension reaches.
  const after = text.slice(phone.end);
  const extension = EXTENSION_FIRST.exec(after)?.[0].length ?? 0;
  const rest = after.slice(extension);
  const bracketed = bracketedName(rest);
  if (bracketed !== null) return bracketed;
  const asked = extension === 0 ? null : askedForAfter(rest);
  if (asked !== null) return asked;
  // …tel. +48 (12) 395 40 70 wew. 31 – zapytaj o Panią Ewę Szymańską: the same in Polish.
  const pl = extension === 0 ? null : ASKED_FOR_AFTER_PL.exec(rest);
  if (pl !== null) return personName(polishNominative(pl[1] ?? ''), 'bare');
  // …hívja a központi számot, (52) 530-400, és kérje Dobos Katalint (127-es mellék): the same in
  // Hungarian, the extension after the name asked for.
  const hu = extension === 0 && after.includes('mellék') ? ASKED_FOR_AFTER_HU.exec(after) : null;
  if (hu !== null) return personName(hungarianNominative(hu[1] ?? ''), 'bare');
  // …zavolajte na ústredňu 055/789 41 00 a požiadajte o klapku 185 – pani Adriánu Bodnárovú: the
  // same in Slovak, the extension asked for, then whose it is.
  const sk = extension === 0 && after.includes('klapk') ? ASKED_FOR_AFTER_SK.exec(after) : null;
  return sk === null ? null : personName(sk[1] ?? '', 'bare');
}

/** A clause after a switchboard's number asking for an extension, then whose it is, in Slovak. */
const ASKED_FOR_AFTER_SK = new RegExp(
  String.raw`^\s*,?\s*a\s+(?:požiadajte|poproste)\s+o\s+klapku\s+\d{1,5}\s*[–—,-]\s*(?:(?:pani|pána|pán)\s+)?(${LATIN_NAME_SOURCE})`,
  'u',
);

/** A clause after an extension asking for someone, in Polish: – zapytaj o Panią Ewę Szymańską. */
const ASKED_FOR_AFTER_PL = new RegExp(
  String.raw`^\s*[–—,-]\s*(?:zapytaj|pytaj|poproś)\s+o\s+(?:(?:Pana|Panią)\s+)?(${LATIN_NAME_SOURCE})`,
  'u',
);

/**
 * A Polish woman's name in the accusative, as a sentence asks for her (Ewę Szymańską): the name
 * as written on a card (Ewa Szymańska). A man's is left as written.
 */
function polishNominative(name: string): string {
  return name.replace(/ę(?=\s|$)/gu, 'a').replace(/ą(?=\s|$)/gu, 'a');
}

/**
 * A clause after a number asking for someone by their extension: , és kérje Dobos Katalint (127-es
 * mellék).
 */
const ASKED_FOR_AFTER_HU = new RegExp(
  String.raw`^\s*,?\s*(?:és\s+)?kérje\s+(?:(?:dr|ifj|id)\.\s+)?(${LATIN_NAME_SOURCE})\s*[(,]\s*\d{1,5}-?(?:es|as|os|ös)?\s+mellék`,
  'u',
);

/** A clause after an extension naming whom to ask for there: ，找开发部黄德明师傅。 */
const ASKED_FOR_AFTER =
  /^\s*[，,]\s*请?(?:找|联系)\s*([\u4e00-\u9fa5]{2,12}?)(?:师傅|先生|女士|小姐|老师)?\s*(?:[。；;，,]|$)/;

/**
 * The words an extension is written after (EXTENSION_WORD), and its digits: 转 8021, 分机 21, ext.
 * 214, wew. 31, anexo 4031, вътр. 215, x221.
 */
const EXTENSION = String.raw`(?:${EXTENSION_WORD}|转|轉|\bx)\s*\d{1,6}`;
/** An extension wherever in a value. */
const EXTENSION_RUN = new RegExp(EXTENSION, 'gi');
/** An extension written right after a number. */
const EXTENSION_FIRST = new RegExp(String.raw`^\s*${EXTENSION}`, 'i');

/**
 * The person named in brackets at the start of `text` (（林先生） after a number, （护士长 张敏）
 * with their title first, （财务部许会计） with their department), or null.
 */
export function bracketedName(text: string): string | null {
  const m = BRACKETED_NAME.exec(text);
  return m === null ? null : innerName(m[1] ?? '');
}

/** A name with its title or its department before it (护士长 张敏, 财务部许会计), or alone. */
function innerName(inner: string): string | null {
  const titled = TITLE_THEN_NAME.exec(inner);
  if (titled !== null && (looksLikeTitle(titled[1] ?? '') || FUNCTION.test(titled[1] ?? '')))
    return personName(titled[2] ?? '', 'labelled');
  const inDepartment = DEPARTMENT_THEN_NAME.exec(inner) ?? TITLE_GLUED_TO_NAME.exec(inner);
  if (inDepartment !== null) return personName(inDepartment[1] ?? '', 'labelled');
  return personName(inner, 'bare');
}

const BRACKETED_NAME = /^\s*[（(]([^（()）]{2,12})[）)]/;
/** A department, then a Chinese name or how the person is addressed: 财务部许会计, 客服中心陈小姐. */
const DEPARTMENT_THEN_NAME = /^[\u4e00-\u9fa5]{1,6}?(?:部|组|中心|处|科)([\u4e00-\u9fa5]{2,4})$/;
/** A title, then a Chinese name written right after it: 财务经理黄丽珍, 客服主管李佳琪. */
const TITLE_GLUED_TO_NAME =
  /^[\u4e00-\u9fa5]{0,6}?(?:经理|主管|主任|总监|专员|会计|助理|顾问)([\u4e00-\u9fa5]{2,3})$/;
/** A title, a space, then a Chinese name: 护士长 张敏, 业务 林怡君. */
const TITLE_THEN_NAME = /^([\u4e00-\u9fa5]{2,6})\s+([\u4e00-\u9fa5]{2,4})$/;

/**
 * A Chinese name, how it is addressed (校长, 副校长, 老师, 姑娘 …: in simplified characters, as
 * lines are read), then the name in English with Mr, Ms or Miss and the surname in capitals, as
 * a Hong Kong school or firm lists its staff: 陈大文校长 Mr CHAN Tai Man, 吴嘉欣姑娘Miss NG Ka Yan.
 */
const ADDRESSED_WITH_ENGLISH =
  /^\s*([\u4e00-\u9fa5]{2,4}?)(副校长|校长|老师|姑娘|先生|女士|小姐|太太|主任|医生|教授|牧师|博士|律师)\s*(?:Mr|Ms|Mrs|Miss|Mdm|Dr|Prof)\.?\s*\p{Lu}{2,}(?:[\s-]+\p{Lu}\p{Ll}+){1,2}\s*$/u;

/**
 * The company's line as a button or a link names the line it dials (WhatsApp (Sales Hotline), 客服热线)
 * and a sentence speaks of it (…appelez notre hotline SAV au …; Zentrale).
 */
export const COMPANY_LINE_TEXT =
  /hotline|switchboard|main line|general (?:line|enquir)|zentrale|centralino|热线|总机|客服/i;

/**
 * A note in brackets right after a number saying it is shared: (fælles nummer for reservedele),
 * (felles nummer), (gemensamt nummer), (gemeinsame Nummer), (yhteinen numero), (shared line), (共用);
 * or whose it is, a team's or a desk's (vet team, sales desk, Desk Container), a department's (批发部,
 * 财务部门), or the switchboard (Zentrale, switchboard, 总机).
 */
const SHARED_PHONE_AFTER =
  /^\s*[(（]\s*(?:(?:fælles|faelles|felles|gemensamt?|gemeinsame?|yhteinen|shared|共用|公共|共享)(?=[\s)）])[^()（）]{0,40}|[^()（）]{0,30}\b(?:team|desk)(?:\s+\p{L}+)?|[\u4e00-\u9fa5]{1,6}(?:部|部门)|zentrale|switchboard|main line|centralino|centrala|总机)[)）]/iu;

/**
 * Whether the text after a number says the line is the company's (SHARED_PHONE_AFTER): an
 * h-card's tel, its note after the number (Telefon +49 40 376904-0 (Zentrale)), on a person's card.
 */
export function saysCompanyLineAfter(after: string): boolean {
  return SHARED_PHONE_AFTER.test(after);
}

/** An office's word in brackets right after a number: (toimisto), (office), (Büro), (kontor). */
const OFFICE_AFTER =
  /^\s*[(（](?:toimisto|office|kontor|büro|buero|escrit[óo]rio|oficina|bureau|ufficio|biuro|kancelář|birou)[)）]/i;

/**
 * A company's line named right before its number in running text (热线 0579-…, our main line …,
 * 24시간 상황실 …: the desk that answers day and night; Customer Care, Smart/Viber 0998 …; a
 * desk's own line, 代收款专线 0539-…).
 */
const PROSE_COMPANY_PHONE =
  /(?:热线|总机|客服|专线|服务电话|hotline|switchboard|main line|trunkline|reperibilità|centralino|numero verde|standard|permanence|notdienst|ústředně|ústředna|centrala|상황실|birou|dispecerat|expeditionen\s+nås\s+på|växeln|kundtjänst|customer (?:care|service)(?:[,:：]?\s*(?:smart|globe|viber|whatsapp|tel\.?|phone|mobile)\b[\s/]*)*)\D{0,6}$/i;

/** Whether each mailbox of a line of two numbers is written after both (or it has none). */
function emailsAfterBoth(line: Line, text: string): boolean {
  if (line.emails.length === 0) return true;
  const [a, b] = line.phones;
  const last = Math.max(a?.start ?? -1, b?.start ?? -1);
  return last >= 0 && line.emails.every((email) => text.indexOf(email) > last);
}

/** The end of a sentence and the start of the next: a full stop, then a capital. */
const SENTENCE_END = /[.!?。]\s+\p{Lu}/u;
/** The end of a Chinese sentence or clause: 。 or ；. */
const CLAUSE_END_HAN = /[。；]/;
/**
 * A department's or a desk's line named right before a number, in a clause after the person's own
 * (…，邮箱 gaoxy@…；一般仓储咨询请拨仓储电话 (0539)7268310; …；出口部电话 0539-…).
 */
const DESK_PHONE_BEFORE =
  /(?:部|中心|仓储|仓库|门店|门市|总机|客服|前台)(?:电话|热线|专线)\s*[:：]?\s*[(（]?$/;

/**
 * A line this long may be a sentence naming someone after its first datum (referredBeforeData,
 * referredBeforeSecondPhone); a card's line of fields seldom is, and is not read twice for it.
 */
const SENTENCE_LENGTH = 60;

/**
 * The person running text names right before the second of its two numbers, the first being the
 * place's the sentence speaks of (昆山分所：…，电话0512-5751 6630，分所负责人许文斌（注册会计师），手机
 * 133 7620 4518): the first number is then the company's. Null, with nothing taken, where the
 * first number has a name before it too, or the second none.
 */
function referredBeforeSecondPhone(f: ReadFacts, line: Line, text: string): string | null {
  // In the order they are written: a linked number is listed before one written as text.
  const [first, second] = [...line.phones].sort((a, b) => a.start - b.start);
  if (first === undefined || second === undefined || first.start < 0 || second.start <= first.start)
    return null;
  if (referredName(text, first.start) !== null) return null;
  const name = referredName(text.slice(first.end), second.start - first.end);
  if (name !== null) pushUnique(f.companyPhones, first.e164);
  return name;
}

/**
 * The person a sentence sends the reader to (referredName) before the line's number or before its
 * mailbox, the first that has one; in a sentence, before the second too: …payment advice to
 * accounts@…. For statement queries, call our Accounts Officer, Mrs. Ngozi Okafor, on 0201 ….
 */
function referredBeforeData(line: Line, text: string, sentence: boolean): string | null {
  // A number still to be read in another region stands where it is written all the same.
  const phone = (line.phones[0] ?? line.laterPhones[0])?.start ?? -1;
  const email = line.emails[0] === undefined ? -1 : text.indexOf(line.emails[0]);
  const first = phone < 0 || (email >= 0 && email < phone) ? email : phone;
  const second = first === phone ? email : phone;
  const named = referredName(text, first) ?? (sentence && second > first ? referredName(text, second) : null);
  if (named !== null || !sentence) return named;
  // A third datum: the second number of a sentence giving a mailbox first.
  const third = line.phones[1]?.start ?? -1;
  return third > second && third > first ? referredName(text, third) : null;
}

/**
 * The person a short biography opens with, as an author box or a speaker's card writes it: the
 * name, a comma, then what they do (陈思远，跨境链观察主笔，前某上市货代公司产品经理，…; Jane
 * Doe, senior editor, …). Null unless one of the three parts after the name is a job title.
 */
function bioName(text: string): string | null {
  const m = BIO_OPENING.exec(text);
  if (m === null) return null;
  const rest = (m[2] ?? '').split(/[，,；;。]/, 3);
  if (!rest.some((part) => looksLikeTitle(part.trim()))) return null;
  return personName(m[1] ?? '', 'bare');
}

/**
 * The person a sentence ends by sending the reader to, their job after a comma, whose numbers and
 * mailbox the lines after it give: …please contact Ms. Nguyen Phuong Linh (Nguyễn Phương Linh),
 * Export Executive. Not a sentence closing a block whose data stand before it (…please contact
 * Mr. Suresh Kumawat (QC).), which names no job after a comma.
 */
function contactAtEnd(text: string): string | null {
  const m = CONTACT_AT_END.exec(text);
  return m === null || !looksLikeTitle((m[2] ?? '').trim()) ? null : personName(m[1] ?? '', 'bare');
}

const CONTACT_AT_END =
  /\b[Cc]ontact\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})(?:\s*[(（][^()（）]{1,40}[)）])?,\s*([^,.;]{2,40})\s*[.:]?\s*$/u;

const BIO_OPENING = /^([\u4e00-\u9fa5·]{2,4}|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,2})[，,]\s*(.+)$/u;

/**
 * 找/联系/联络/致电/洽谈/发邮件给 a name (after a department or what they are, or both: 联系外贸部：, 联系经纪人：,
 * 联系大客户部, 联系招商总监孙伟先生：手机 …, 请联系电商部直播运营吴思琪，手机 …,
 * 欢迎来电洽谈：采购主管),
 * or a surname and how they are addressed (陈女士, 冯工: an engineer), perhaps 先生 after a whole
 * name, perhaps their English name, how they are addressed or their whole name in brackets
 * (技术部刘志强（刘工）, 总经理黄俊杰先生（黄总）, 技术支持邓工（邓志勇）), perhaps their title after it (刘晓峰 经理), then
 * perhaps a phone label (电话是, 手机/WhatsApp：) or a colon (致电客服主管陈女士：), ending where the
 * number starts.
 */
const REFERRAL =
  /(?:找|联系|联络|致电|打给|洽谈|洽询|垂询|发邮件给|写信给)[:：]?\s*(?:[\u4e00-\u9fa5]{1,8}?(?:部|组|中心|处|科|人|经理|顾问|专员|主管|主任|助理|支持|总监|运营)\s*[:：]?\s*){0,2}((?:[A-Za-z]+ ){0,2}(?:[\u4e00-\u9fa5](?:先生|女士|小姐|老师|经理|工)|[\u4e00-\u9fa5]{2,4}?))(?:先生|女士|小姐)?(?:\s*[（(](?:[A-Za-z][A-Za-z .'’-]{0,30}|[\u4e00-\u9fa5](?:工|总|经理|老师|师傅)|[\u4e00-\u9fa5]{2,4})[）)])?(?:\s*(?:经理|总监|主管|主任|顾问|专员|助理|老师))?(?:[\s，,、（(]*|\s*[:：]\s*(?=手机|电话))(?:(?:电话|手机|手机号|联系电话|微信)\s*(?:是|为|[:：])?\s*|[^\s，,、：:]{1,16}\s*[:：]\s*|[:：]\s*)?$/;
/**
 * Who is in charge, named right before their number (分所负责人许文斌（注册会计师），手机 133 …): a
 * title of someone in charge (an association's 团长 or 主席 too, or who manages something: 礼堂及停车场
 * 管理：阿成（黄锦成）017-…), perhaps the English name they go by (副团长 Jason 李俊文 011-…), the name,
 * perhaps their qualification or full name in brackets, then the number's label.
 */
const TITLE_REFERRAL =
  /(?:负责人|联系人|经理|主管|主任|总监|店长|团长|会长|组长|队长|社长|主席|专员|管理)\s*[:：]?\s*(?:[A-Z][a-z]+\s+)?([\u4e00-\u9fa5]{2,4}?(?:\s*[（(][^）)]{1,12}[）)])?)[\s，,]*(?:(?:手机|电话|联系电话|手机号|微信)\s*(?:是|为|[:：])?\s*)?$/;
/**
 * What the reader may ask about, a colon, then a department and the person in it before their
 * number (企事业单位团体体检及合作：市场部 何俊，电话 …), where the words before the colon are too
 * many for a label.
 */
/**
 * Who leads or handles something, named by department and title in a clause ending with the
 * number or its label: 开业前后由运营督导部何小龙主管带队驻店指导，电话 ….
 */
const LED_BY_REFERRAL =
  /由\s*[\u4e00-\u9fa5]{1,10}?(?:部|组|中心|处|科)\s*([\u4e00-\u9fa5]{2,3}?)(?:经理|总监|主管|主任|专员|顾问|老师)[\u4e00-\u9fa5]{0,12}(?:[，,]\s*(?:电话|手机|联系电话)\s*[:：]?\s*)?$/;
/**
 * Who a clause says handles something, by their title or department, perhaps its letters in
 * brackets, then the name and what they do, the number's label after a comma:
 * 客户投诉由客户品质工程师（CQE）吴海燕负责，电话 …; 中亚业务由出口部赵欣怡负责，手机 …; 报关资料由单证员蔡雅琳办理，电话
 * …. Or by their title,
 * then the name and what they are in charge of: 仓储部经理高秀英负责入库预约、库位安排和月结对账，电话 ….
 */
const HANDLED_BY_REFERRAL =
  /(?:由\s*[\u4e00-\u9fa5]{0,8}?(?:工程师|经理|主管|专员|主任|总监|助理|代表|会计|员|部|组|中心|处|科)\s*(?:[（(][A-Za-z]{2,8}[）)])?\s*([\u4e00-\u9fa5]{2,3}?)\s*(?:负责|跟进|对接|处理|办理)[\u4e00-\u9fa5]{0,6}|(?:经理|主管|专员|主任|总监)\s*([\u4e00-\u9fa5]{2,3}?)\s*负责[\u4e00-\u9fa5、]{2,24})[，,]\s*(?:电话|手机|联系电话)\s*[:：]?\s*$/;
const DEPARTMENT_REFERRAL =
  /[:：]\s*[\u4e00-\u9fa5]{2,10}?(?:部门|部|科|处|中心)\s*([\u4e00-\u9fa5]{2,4}?)(?:\s*(?:经理|总监|主管|主任|顾问|专员|助理|老师))?[\s，,、]*(?:(?:电话|手机|手机号|联系电话|微信)\s*(?:是|为|[:：])?\s*)?$/;

/**
 * Contact, text, ask for, get in touch with … or co-ordinated by (our, the, her …; with our …), a few words
 * of title (in lower case, or capitalised before a comma: our Purchasing Executive, Ms. Tan Siew Hoon, at …;
 * her PA, Gemma Hirst, on …; our Works Manager, Mr. Dinesh Parmar, on …), a name (Dr. Anita Desai, Mr. Md.
 * Rafiqul Islam, Engr. Rogelio B. Cañete), perhaps the firm they are of (Ms. Karen Whitfield of Whitfield &
 * Co. Home Furnishings at …), perhaps a licence number between commas (ask for Carlos Mendez, NMLS #1837745,
 * at) or what they do in brackets (Lily Li (Sales) on WhatsApp), then at or on, perhaps the messenger or
 * their line (on his direct line), or the bracket the data is written in, ending where the data starts; or
 * their name in another script in brackets and their title between commas before the number's label or
 * the messenger (Ms. Wendy Lin (林晓雯), Export Manager, on WhatsApp …).
 */
const REFERRAL_EN =
  /\b(?:[Cc]ontact:?|[Cc]all|[Tt]ext|[Mm]essage|[Ee]-?mail|[Ww]rite to|[Rr]each|[Aa]sk for|[Ss]peak (?:to|with)|[Tt]alk to|[Gg]et in touch with|(?:co-?ordinated|handled|managed|arranged) by|with(?= our ))\s+(?:our |the |her |his |their |my )?(?:(?:\p{Lu}[\p{L}&-]*\s+){0,2}\p{Lu}[\p{L}-]*,\s+|(?:[a-z][a-z-]*,?\s+){0,3}?)((?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Engr|Atty|Arch|Bw|Bi)\.?\s+)?(?:(?:Md|Mohd|Muhd)\.\s+)?\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,3})(?:,[^,]{1,40},|\s+of\s+\p{Lu}[^,()]{1,50}?(?=\s+(?:at|on)\s))?(?:\s*[(（][^()（）\d]{1,30}[)）](?=,?\s+(?:directly\s+)?(?:at|on|via)\s))?(?:,?\s+(?:directly\s+)?(?:at|on|via)(?:\s+(?:[Tt]el\.?|[Pp]hone)|\s+(?:WhatsApp|WeChat|Viber|LINE|Telegram|Signal|Zalo|KakaoTalk)|\s+(?:his|her|their)\s+(?:direct\s+|mobile\s+)?(?:line|number|phone))?\s*[:：]?|\s*[(（]|,?\s+(?:cell|mobile|phone|tel\.?)(?:\s*\([A-Z]{2}\))?\s*[:：]?|\s*[(（][^()（）\d]{1,30}[)）],\s+[^,—–]{2,40}(?:,|\s+[—–-])\s+(?:on\s+(?:WhatsApp|WeChat|Viber|LINE|Telegram)|(?:(?:WhatsApp|WeChat|Viber)\s*\/\s*)?(?:[Cc]ell|[Mm]obile|[Pp]hone|[Tt]el\.?))\s*[:：]?)\s*$/u;

/**
 * The same in French, as a Canadian or a Swiss page writes it: …communiquez avec Julie Bouchard,
 * adjointe administrative, au 514 555-0176; contactez Marc Dubois à ….
 */
const REFERRAL_FR = new RegExp(
  String.raw`\b(?:avec|[Cc]ontactez|[Aa]ppelez|[ÉéEe]crivez à|[Jj]oindre)\s+(?:(?:M\.|Mme|Me|Dr)\s+)?(${LATIN_NAME_SOURCE})(?:,[^,]{1,30},)?\s+(?:au|à|par)\s*[:：]?\s*$`,
  'u',
);

/**
 * A French or an Italian sentence naming the person between commas, then saying that they answer
 * on the number: Le responsable de l'atelier, Franck Dumas, répond directement au …; …, Mme Claire
 * Roux, est joignable au …; Il responsabile service, Fabio Rinaldi, risponde al numero ….
 */
const REFERRAL_ANSWERS = new RegExp(
  String.raw`,\s+(?:(?:M\.|Mme|Me|Dr|Sig\.|Sig\.ra|Dott\.|Ing\.)\s+)?(${LATIN_NAME_SOURCE}),\s+(?:vous\s+)?(?:répond|est joignable|reste joignable|est disponible|risponde|è raggiungibile|è reperibile)(?:\s+\p{Ll}+){0,3}?\s+(?:au|à|par|sur|al|allo)(?:\s+numero)?\s*[:：]?\s*$`,
  'u',
);

/**
 * The same in German: who answers, advises or is reached, perhaps their title first, then that
 * they do so at the number: Fragen zur Lehre beantwortet unser Lehrlingsbeauftragter Florian
 * Reiter gerne persönlich unter …; wenden Sie sich an Frau Mag. Eva Brandl unter …; who the
 * contact is, whom the reader reaches at the number (Ansprechpartner für Bewertungen ist Herr Ole
 * Bruhns, den Sie direkt unter … erreichen).
 */
const REFERRAL_DE = new RegExp(
  String.raw`\b(?:beantwortet|beantworten|berät|informiert|erreichen Sie|wenden Sie sich an|kontaktieren Sie|Ansprechpartner(?:in)?\s+(?:[\p{L}&-]+\s+){0,4}?ist)\s+(?:Sie\s+)?(?:(?:unser|unsere|Ihr|Ihre|der|die|den)\s+)?(?:\p{Lu}\p{Ll}{3,}(?:in|er|e)\s+)?(?:(?:Herr|Herrn|Frau|Hr\.|Fr\.|Dr\.|Ing\.|Mag\.|DI)\s+)*(${LATIN_NAME_SOURCE})(?:,\s+(?:den|die)\s+Sie)?(?:\s+(?:gerne|gern|persönlich|direkt|telefonisch))*\s+(?:unter|per|via)(?:\s+(?:der|seiner|ihrer)\s+\p{L}+)?\s*[:：]?\s*$`,
  'u',
);

/**
 * The same in Indonesian: …Kepala Bengkel, Bpk. Joko Prasetyo, juga dapat dihubungi melalui kantor
 * pusat …; …ditujukan kepada Bpk. Yohanes Tjandra (Purchasing Manager) melalui email …: the
 * person, how they are addressed, perhaps their title in brackets, then that they are reached
 * through what follows.
 */
/**
 * An Indonesian name addressed (Bapak, Ibu) after a colon, a comma or ke (to), then its data in
 * brackets or a comma and the number's label: Keuangan & penagihan: Ibu Sri Wahyuni, telp. …;
 * …langsung ke Kepala QC, Bapak Agus Santoso (agus.santoso@…).
 */
const REFERRAL_ID_ADDRESSED = new RegExp(
  String.raw`(?:^|[,:：]\s*|\bke\s+)(?:Bpk|Bapak|Ibu|Pak|Bu|Sdr|Sdri)\.?\s+(${LATIN_NAME_SOURCE})(?:\s*[(（]|,\s*(?:telp|tel|hp|wa|hp\/wa|ponsel)\.?)\s*[:：]?\s*$`,
  'u',
);
const REFERRAL_ID = new RegExp(
  String.raw`(?:,\s+|\bkepada\s+|\bhubungi\s+)(?:(?:Bpk|Bapak|Ibu|Pak|Bu|Sdr|Sdri)\.?\s+)?(${LATIN_NAME_SOURCE})(?:\s*\([^()]{1,40}\))?,?\s+(?:juga\s+)?(?:dapat\s+dihubungi\s+)?(?:melalui|di|via)(?:\s+(?:email|e-mail|telepon|telp\.?|WA|WhatsApp|kantor pusat|nomor))*\s*[:：]?\s*$`,
  'u',
);

/**
 * The same in Czech: …vám odpoví Kateřina Šimková, HR Business Partner, tel. …; kontaktujte pana
 * Jana Nováka na …, paní Zdeňku Malou na ústředně … (the switchboard's number, then her line);
 * Vedoucí podpory Radek Pospíšil je v pracovní dny k zastižení na přímé lince …:
 * who answers, perhaps what they are between commas, then the number's label; or the person, then
 * that they can be reached on the line.
 */
/**
 * The same in Slovak: someone to turn to, their job in lower case and an academic title before the
 * name (in the accusative the verb asks), then the line's words: …sa môžu obrátiť priamo na vedúcu
 * nákupu Ing. Evu Hricovú – priama linka ….
 */
const REFERRAL_SK = new RegExp(
  String.raw`(?:obrátiť|obráťte\s+sa|kontaktovať|kontaktujte|volajte|zavolajte)\s+(?:priamo\s+)?(?:na\s+)?(?:\p{Ll}+\s+){0,3}?(?:(?:Ing|Mgr|Bc|JUDr|MUDr|PhDr|RNDr|pani|pána|pán)\.?\s+){0,2}(${LATIN_NAME_SOURCE})\s*(?:[–—,-]\s*)?(?:(?:na\s+)?(?:priamej?\s+link[ea]|priama\s+linka|tel\.?|telef[oó]n|mobil)\s*[:：]?\s*)?$`,
  'u',
);

const REFERRAL_CS = new RegExp(
  String.raw`(?:(?:odpoví|kontaktujte|volejte|obraťte se na|napište)\s+(?:(?:pan|paní|pana)\s+)?(${LATIN_NAME_SOURCE})(?:,[^,]{1,40})?,?\s+(?:tel\.?|telefon|mobil|na(?:\s+(?:ústředně|čísle|lince|telefonu))?)\s*[:：]?|(?:^|\s)(${LATIN_NAME_SOURCE})\s+je\s+(?:[\p{Ll}\s]{0,40}?\s)?k zastižení\s+na(?:\s+(?:přímé|mobilní|pevné))?(?:\s+lince|\s+čísle|\s+telefonu)?\s*[:：]?)\s*$`,
  'u',
);

/**
 * The same in Portuguese, as a Brazilian page writes it: …fale com o nosso engenheiro de
 * aplicações, Eng. Thiago Nascimento, pelo telefone …; Falar com Sra. Rosângela Barbosa – …; and
 * as a Portuguese one does: …contacte a nossa Responsável da Qualidade, Dra. Marta Lopes, através
 * do …; …devem contactar o Sr. Joaquim Almeida (Compras de Matéria-Prima) pelo …: the person,
 * perhaps who they are first and how they are addressed, perhaps what they do in brackets after,
 * then the phone's words or a dash.
 */
const REFERRAL_PT =
  /\b(?:[Ff]ale com|[Ff]alar com|[Pp]rocure|[Cc]ontate|[Cc]ontacte|[Cc]ontactar|[Ll]igue para|[Ee]screva para)\s+(?:(?:o|a)\s+(?:(?:nosso|nossa)\s+[^,]{2,50}|(?:\p{Ll}+\s+){0,4}?[\p{Ll}çõã]+),\s+|(?:o|a)\s+(?=(?:Eng|Sr|Sra|Srta|Dr|Dra|Prof|Profa)\b))?(?:(?:Eng|Enga|Sr|Sra|Srta|Dr|Dra|Prof|Profa)(?:\.?º|\.?ª)?\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:da|de|do|das|dos|e)\s+)*\p{Lu}[\p{L}'’-]+){1,3})(?:\s*[(（][^()（）]{1,40}[)）])?,?\s+(?:pelo\s+(?:telefone|WhatsApp|celular|ramal|e-?mail|n\.?º)?|no\s+(?:telefone|ramal|WhatsApp)|atrav[ée]s\s+d[oa]|[–—-])\s*[:：]?\s*$/u;

/**
 * The same in Spanish, as a Mexican page writes it: …pregunte por el Ing. Óscar Leal de la Garza,
 * quien le atiende al (81) …; comuníquese con la Lic. Ana Ruiz al …; hable directamente con Mikel
 * Otxoa Arrieta, nuestro ingeniero de aplicaciones, en el … (extensión 214) o en …: the person,
 * their academic title before the name, the particles of a Spanish name, perhaps who they are
 * between commas, and for a mailbox the number before it.
 */
const REFERRAL_ES =
  /\b(?:[Pp]regunte por|[Cc]omun[ií]quese con|[Cc]ontacte a|[Ll]lame a|[Ee]scriba a|[Hh]able (?:directamente )?con|[Cc]onsult[aá] con)\s+(?:(?:el|la)\s+)?(?:(?:Ing|Lic|Dr|Dra|Arq|Mtro|Mtra|Sr|Sra|Srta|C\.P|Cra?)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|del|la|las|los|y)\s+)*\p{Lu}[\p{L}'’-]+){1,3})(?:,[^,]{1,40})?,?\s+(?:al|en el|a|en)\s*[:：]?\s*(?:\+?[\d()][\d\s()-]{5,18}\d(?:\s*\((?:extensión|ext\.?)\s*\d{1,5}\))?\s+(?:o|y)\s+(?:en|a)\s*)?$/u;

/**
 * The same in Bulgarian: the reader told to turn to or ring someone, their job in lower case before
 * the name (perhaps with г-жа, г-н or инж.), then the number's word: …се обърнете към нашия
 * конструктор-дизайнер г-жа Ралица Петкова – директен телефон …; звънете на шофьора-логист Васил
 * Колев на ….
 */
const REFERRAL_BG =
  /(?:обърнете\s+се|се\s+обърнете|звънете|обадете\s+се)\s+(?:към|на)\s+(?:(?:нашия|нашата|нашите)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:(?:г-жа|г-н|г-ца|инж\.|д-р)\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s*(?:[–—,-]\s*)?(?:на\s+)?(?:(?:директен\s+)?(?:телефон|тел\.|моб\.|GSM)\s*)?[:：]?\s*$/u;

/**
 * The same in Ukrainian: where the reader may go to someone (можна у тренерки Софії Білик:), agree
 * something with them (погоджуйте заздалегідь із завідувачем складу Романом Бойком:), call or write
 * them, their job in lower case before the name in the case the preposition asks; or the contact
 * person after a dash, perhaps as пан or пані, their name in Latin letters perhaps after it in
 * brackets (Контактна особа — пан Марек Заєць (Marek Zając), моб. …).
 */
const REFERRAL_UK =
  /(?:(?:можна|звертайтеся|звертайтесь|зверніться|телефонуйте|пишіть|погоджуйте|узгоджуйте|домовляйтеся|зв[’']яжіться)\s+(?:[\p{Ll}’'-]+\s+){0,3}?(?:у|в|до|з|із|зі)\s+(?:[\p{Ll}’'-]+\s+){0,3}?|[Кк]онтактна\s+особа\s*[–—:-]\s*)(?:(?:пан|пані)\s+)?(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})(?:\s*[(（][^()（）]{1,40}[)）])?\s*[,:：]?\s*(?:(?:моб\.|тел\.|телефон|вн\.)\s*[:：]?\s*)?$/u;

/**
 * A manager or a representative named by their job before their messenger or number, in Russian or
 * Ukrainian, their name in either script: Говорим по-русски: менеджер Cindy Zhao — WhatsApp ….
 */
const TITLE_THEN_NAME_RU =
  /(?:^|[\s:：,])(?:менеджер(?:ка)?|представитель|представник)\s+((?:\p{Lu}[\p{Ll}’'-]+)(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})\s*(?:[—–,-]\s*)?(?:WhatsApp|Viber|Telegram|тел\.|моб\.|телефон)\s*[:：]?\s*$/u;

/**
 * Someone a Bulgarian sentence says can be reached at the switchboard, by their extension after
 * it: Мениджърът по качеството инж. Пламен Начев е на разположение на централата ….
 */
const AVAILABLE_BG =
  /(?:^|[\s,;:])(?:(?:г-жа|г-н|инж\.|д-р)\s+)?(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s+е\s+на\s+разположение\s+на\s+(?:централата|телефон|тел\.)\s*[:：]?\s*$/u;

/**
 * Whom a sentence says a kind of client is served by, in Spanish, the person's title and a comma
 * before the name, their number in brackets after it: …son atendidos por nuestro subgerente de
 * ventas nacionales, Felipe Araya Rojas (fono 22 596 4015, ….
 */
const REFERRAL_ES_ATTENDED =
  /\batendid[oa]s?\s+por\s+(?:(?:nuestr[oa]|el|la|su)\s+[^,()]{2,60},\s+)?(?:(?:Ing|Lic|Dr|Dra|Sr|Sra|Srta)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|del|la|y)\s+)*\p{Lu}[\p{L}'’-]+){1,3})\s*[(（]\s*(?:fono|tel\.?|tel[ée]fono|cel\.?|celular|m[óo]vil)?\s*[:：]?\s*$/u;

/**
 * The same in Dutch: Servicecoördinator Daan Kuipers is op werkdagen rechtstreeks bereikbaar op …:
 * the person (their job before the name), then that they can be reached on the number (and,
 * after it, by mail: of via …).
 */
const REFERRAL_NL =
  /(?:^|[\s(])(?:\p{Lu}\p{L}*(?:co[öo]rdinator|medewerker|adviseur|monteur|beheerder|manager)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|de|der|den|het|ter|ten|['’]t)\s+)*\p{Lu}[\p{L}'’-]+){1,2})\s+is\s+(?:[\p{Ll}\s]{0,50}?\s)?bereikbaar\s+(?:op|via|onder)\s*[:：]?\s*(?:\+?[\d()][\d\s()-]{5,18}\d\s+(?:of|en)\s+(?:via|op)\s*)?$/u;

/**
 * The same in Korean: …안전관리 담당 임재혁 차장(H.P 010-7719-4052)에게 …: the name, their rank, then
 * the number in brackets, perhaps after its label (H.P, 휴대폰, 연락처: 기술영업팀 한상진
 * 과장(010-6235-8817)에게).
 */
const REFERRAL_KO =
  /(?:^|[\s:：])([\uac00-\ud7a3]{3,4})\s?(?:[\uac00-\ud7a3]{1,4}\s?)?[(（]\s*(?:(?:H\.?\s?P|휴대폰|핸드폰|연락처|전화|직통|Tel|T|M)\.?\s*[:：]?\s*)?$/;

/**
 * The same in Vietnamese: …vui lòng liên hệ anh Nguyễn Văn Tài – đại diện kinh doanh tại Đà Nẵng,
 * số điện thoại 0905 318 642; …liên hệ anh Trần Minh Tuấn, phụ trách phát triển đại lý, qua số …:
 * liên hệ (or gặp, gọi cho), how the person is addressed, their full name, perhaps what they are
 * after a dash or a comma, then the number's label.
 */
const REFERRAL_VI =
  /(?:liên hệ|gặp|gọi cho)\s+(?:(?:anh|chị|ông|bà|em|cô|chú)\s+)?(\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){1,3})(?:\s*[–—,，-]\s*[^,，:：]{1,60})?[\s,，]*(?:(?:qua số|qua|số điện thoại|điện thoại|sđt|đt|di động|hotline|zalo)\s*[:：]?\s*)?$/u;

/**
 * The same in Turkish, the person addressed (Bey, Hanım) in the dative, right before the number:
 * …Proje Satış Sorumlumuz Çağlar Doğan Bey’e 0 (532) 466 19 38 numaralı cep telefonundan…. A
 * word saying whose the person is (Sorumlumuz: our person in charge) is none of the name's.
 */
const REFERRAL_TR =
  /((?:(?!\p{L}+m[ıiuü]z\s)\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+)\s+(?:Bey|Hanım)['’](?:y?[ea])\s*$/u;

/**
 * The same in Greek: …επικοινωνήστε με τον γεωπόνο μας κ. Νίκο Ζαφειρίου στο …, …με την Υπεύθυνη
 * Διασφάλισης Ποιότητας κα Σοφία Γεωργίου στο …: whom, perhaps what they are, how they are
 * addressed (κ., κα), the name (in the accusative, as the sentence has it), then στο (at).
 */
const REFERRAL_EL =
  /επικοινων\p{L}*\s+με\s+(?:τον|την|το)?\s*(?:[^\s,.;]+\s+){0,5}?(?:κ\.|κα\.?|κος)\s*(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){1,2})\s+στο(?:\s+(?:κινητ[οό]|τηλ[εέ]φωνο))?\s*$/u;

/** The site's or company's own name ("Pennine Packaging" for "Pennine Packaging Ltd"), not a person. */
function isBrand(name: string, context: FactsContext): boolean {
  const lower = name.toLowerCase();
  for (const brand of context.notNames) if (brand.startsWith(lower)) return true;
  return false;
}

function readField(f: ReadFacts, field: LabelledField, value: string, line: Line): void {
  if (field === 'name') readNameValue(f, value);
  else if (field === 'title' && value.length <= 60) f.title ??= value;
  else if (field === 'organization' && value.length <= 80) f.organization ??= value;
  else if (field === 'address') f.address ??= cutAddress(value) || null;
  else if (field === 'wechat') {
    // 微信：同手机 (a WeChat column's cell saying so): the account is the person's mobile.
    if (SAME_AS_MOBILE.test(foldTraditional(value.trim()))) f.wechatIsMobile = true;
    else f.wechat ??= wechatId(value);
  } else if (field === 'fax') f.faxes.push(...e164s(line));
}

function readLabelled(f: ReadFacts, lv: LabelledValue, line: Line): void {
  if (lv.field === 'fax') {
    f.fax ||= /\d/.test(lv.value);
    // Only the numbers under the label: "P: 312.555.0142 | F: 312.555.0199" keeps the first a
    // phone; 电话/传真 names one number that is both.
    if (!JOINED_PHONE_LABEL.test(line.text.slice(Math.max(0, lv.start - 8), lv.start)))
      f.faxes.push(...e164sIn(line, lv));
    return;
  }
  // 详情咨询李老师：186…: the label ends with whom to ask, and the number is theirs.
  if (f.name === null && lv.field === null && !looksLikeTitle(lv.label)) {
    const addressed = addressedBefore(lv.label);
    if (addressed !== null && lv.label.endsWith(addressed)) {
      f.name = addressed;
      return;
    }
  }
  const company = isCompanyLabelled(lv, line);
  if (lv.field !== null && !company) {
    if (lv.field !== 'phone' && lv.field !== 'email') readField(f, lv.field, lv.value, line);
    return;
  }
  // 商务合作：王振宇 138…, 售后：吴师傅, 科研合作联系人：…: a person named right after a
  // department's label answers for it, and the line is theirs.
  // 企事业单位合作：市场部 何俊，电话 …: the department first, then the person who answers for it.
  const named =
    f.name === null &&
    (lv.field === null || lv.field === 'name') &&
    (company || FUNCTION.test(lv.label) || DEPARTMENT.test(lv.label))
      ? namedValue(lv.value)
      : null;
  if (company && named !== null) {
    readNameValue(f, named);
    return;
  }
  if (company) {
    // "Secretariat: 190 Middle Road …, Singapore 188979 · Tel …": the office's address, which says
    // the country of the page's numbers.
    const place = cutAddress(lv.value.split(/\s*[·•]\s*/)[0] ?? '');
    if (looksLikeAddress(place)) f.address ??= place;
    // 车源合作：…请联系车队队长郑洪涛，手机 138…: a number the label's sentence gives someone it
    // names right before it is theirs, not the department's.
    const sentence = lv.value.length >= SENTENCE_LENGTH;
    for (const hit of phonesIn(line, lv))
      if (!sentence || referredName(line.text, hit.start) === null) f.companyPhones.push(hit.e164);
    f.companyEmails.push(...line.emails.filter((e) => lv.value.toLowerCase().includes(e)));
    return;
  }
  // 销售经理：潘立新, 责任编辑：赵丽, Geschäftsführer: Jürgen Petersen: a title names the person after it.
  if (f.name === null && looksLikeTitle(lv.label)) {
    const before = f.name;
    readNameValue(f, lv.value);
    if (f.name !== before) f.title ??= lv.label;
    return;
  }
  // 國內業務：林怡君 小姐 手機 …, 外贸部：刘丽 手机 …: the market or department a person serves,
  // then the person, named before their numbers.
  if (
    f.name === null &&
    lv.field === null &&
    (FUNCTION.test(lv.label) || DEPARTMENT.test(lv.label)) &&
    named !== null
  ) {
    readNameValue(f, named);
    return;
  }
  // 参会报名：赵敏 手机：139… 邮箱：…: what the person answers for, then their name alone before
  // their own labelled numbers.
  if (f.name === null && lv.field === null && lineData(line) > 0 && nameAlone(lv.value))
    readNameValue(f, lv.value);
  // Accounting & payments: Ms. Gemma Abellana, CPA, Chief Accountant – (032) … loc. 120 – accounting@…:
  // a person addressed as one, then what they are, before the desk's data; or named without an address,
  // then their job (Για την κυπριακή αγορά: Ανδρέας Χριστοδούλου, αντιπρόσωπος πωλήσεων Λευκωσίας, κιν. …).
  else if (
    f.name === null &&
    lv.field === null &&
    lineData(line) > 0 &&
    (ADDRESSED_FIRST.test(lv.value) || titleSecond(lv.value))
  ) {
    if (nameLeads(lv.value)) readNameValue(f, lv.value);
  }
  // Shipping Documents & Certificates of Origin: Fatima Zahra / Jerome Pinto – Tel: …: two people
  // on a desk's line; whose its data are is unknown, so they are the company's.
  else if (f.name === null && lv.field === null && lineData(line) > 0) {
    const people = namesListed(lv.value);
    if (people !== null) {
      f.name = people[0] ?? null;
      f.names = people;
    }
  }
}

/**
 * The names of a value that lists two or three people in Latin letters and nothing else (Fatima
 * Zahra / Jerome Pinto, Anna Berg & Ole Dahl), or null.
 */
function namesListed(value: string): string[] | null {
  const parts = value.replace(/[\s–—,;:-]+$/, '').split(/\s+(?:\/|&|and|und|et|y|e)\s+/);
  if (parts.length < 2 || parts.length > 3) return null;
  const names = parts.map((part) => part.trim());
  return names.every((name) => LATIN_FULL_NAME.test(name) && personName(name, 'bare') === name)
    ? names
    : null;
}

/** A name in Latin letters, two or three capitalised words. */
const LATIN_FULL_NAME = new RegExp(`^${LATIN_NAME_SOURCE}$`, 'u');

/**
 * Whether a value (its data taken out) is a name alone, then a job title: Name, Sales Agent, …; not
 * a sentence holding a name (please contact Ms. Amy Zhou (周雅婷), Overseas Business Manager).
 */
function titleSecond(value: string): boolean {
  const [first, second] = splitParts(stripData(value));
  return (
    first !== undefined &&
    second !== undefined &&
    looksLikeTitle(second) &&
    personName(first, 'bare') === first.trim()
  );
}

/**
 * The person a Japanese sentence names as in charge (…日本語担当のチュオン・ミー・リン（Trương Mỹ Linh）
 * までお気軽にご連絡ください。), their data on the lines after it: the name in Latin letters in
 * brackets where given, else as written apart in kanji. Null for none.
 */
function inChargeJa(text: string): string | null {
  const m = IN_CHARGE_JA.exec(text);
  if (m === null) return null;
  const latin = m[2] === undefined ? null : personName(m[2], 'bare');
  return latin ?? (m[1] !== undefined && looksLikeFamilyGivenName(m[1], true) ? m[1] : null);
}

/** A colon, then คุณ and a Thai name, perhaps its Latin form in brackets, ending the line. */
const THAI_ADDRESSED_AFTER_LABEL =
  /[:：]\s*(คุณ[\u0e00-\u0e7f]{2,20}(?:\s[\u0e00-\u0e7f]{2,20})?\s*(?:[(（][^()（）]{1,30}[)）])?)\s*$/u;

/** 担当の, a name in katakana or in kanji apart, perhaps its other writing in brackets, then まで or へ. */
const IN_CHARGE_JA =
  /担当の([\u30a0-\u30ff・]{2,20}|[\u4e00-\u9fa5]{1,3}[ \u3000][\u4e00-\u9fa5]{1,3})\s*(?:[（(]([^()（）]{2,30})[)）])?\s*(?:まで|へ|に)/u;

/**
 * Whether a sentence's second number is said to be the same person's as its first: …reste joignable
 * en direct au 04 72 89 41 30 et, pour les arrêts de production, sur son portable au 06 85 14 27 63;
 * …on 020 7946 0321 or on his mobile …; …电话 0769 8553 2655（直线），手机 ….
 */
function secondIsTheirs(line: Line, text: string): boolean {
  const [a, b] = [...line.phones].sort((x, y) => x.start - y.start);
  if (a === undefined || b === undefined || a.start < 0) return false;
  const between = text.slice(a.end, b.start);
  return THEIR_OWN.test(between) || DIRECT_THEN_MOBILE.test(between);
}

/** The first number said to be a direct line, then the mobile: 电话 0769 8553 2655（直线），手机 …. */
const DIRECT_THEN_MOBILE = /^\s*[（(]\s*直线\s*[)）]\s*[，,、]\s*(?:手机|移动电话)\s*[:：]?\s*$/;

/**
 * The second of a line's two numbers where a clause of its own gives it a place or a desk (…手机
 * 152-5887-3306；仓库电话 0577 8862 3377): the company's line, not the person's named before the first.
 * Null for any other.
 */
function secondIsPlaces(line: Line, text: string): PhoneHit | null {
  const [a, b] = [...line.phones].sort((x, y) => x.start - y.start);
  if (a === undefined || b === undefined || a.start < 0) return null;
  return PLACES_LINE.test(text.slice(a.end, b.start)) ? b : null;
}

/** A new clause, then a place's or a desk's line: ；仓库电话, ，门店座机：, ；总机. */
const PLACES_LINE =
  /[；;，,]\s*(?:[\u4e00-\u9fa5]{0,4}?(?:仓库|仓储|门店|公司|办公室|前台|工厂|厂部|展厅|车间|总机|客服|售后|财务)(?:电话|热线|座机|号码)?)\s*[:：]?\s*$/;

/** A possessive before a number's word: son portable, sa ligne, his mobile, her cell, il suo cellulare. */
const THEIR_OWN =
  /\b(?:son|sa|his|her|their|suo|sua|seu|sein(?:em)?|ihr(?:em)?)\s+(?:portable|mobile|cell(?:ulare)?|ligne|line|num[ée]ro|number|celular|telem[óo]vel|handy|mobil(?:nummer)?)\b/i;

/**
 * A value opening with how a person is addressed: Ms., Mr., Mrs., Dr., Engr., Atty., in Spanish and
 * Portuguese Sr., Sra., Srta. and Dra. (…notas de crédito e extratos: Sra. Fernanda Rocha, …), in
 * Greek κ., κα and κος (…καρτέλες πελατών: κα Βασιλική Ρίζου, εσωτ. 140, …).
 */
const ADDRESSED_FIRST = /^\s*(?:(?:Ms|Mr|Mrs|Dr|Engr|Atty|Sr|Sra|Srta|Dra|κ)\.|κα|κος)\s+\p{Lu}/u;

/**
 * The numbers written before a name's label on the same line (联系人：…, 担当：…), as the company's
 * (see readText): in running text, those of a labelled value that names no field (a branch: 吴江分所：
 * …); in any line, a number labelled as one where the person's own is labelled after their name (博多
 * マリンフーズ TEL：… 担当：中村 裕介 携帯：…) or written with it (…Bt. (…, tel.: (42) 510-230).
 * Kapcsolattartó: Bakó Péter, +36 30 987 1402).
 */
function placeLinesBeforePerson(f: ReadFacts, labelled: readonly LabelledValue[], line: Line): void {
  const person = labelled.findIndex((lv) => lv.field === 'name');
  if (person < 0) return;
  // The person's own number labelled after their name, or written in their name's value
  // (Kapcsolattartó: Bakó Péter, +36 30 987 1402, …).
  const ownAfter = labelled.some(
    (lv, i) => i >= person && (i === person || lv.field === 'phone') && e164sIn(line, lv).length > 0,
  );
  // …, tel. +48 17 862 45 30. Contact person: Mr Paweł Wiśniewski, mobile …: a number in a sentence
  // before the one the person's label opens is the place's, labelled or not.
  const opens = (labelled[person] as LabelledValue).start;
  if (ownAfter)
    for (const hit of line.phones)
      if (hit.start >= 0 && hit.end <= opens && SENTENCE_END.test(line.text.slice(hit.end, opens + 1)))
        pushUnique(f.companyPhones, hit.e164);
  for (let i = 0; i < person; i++) {
    const place = labelled[i] as LabelledValue;
    // A partner's title as the label of its firm (Representante en Brasil: Vinhos Andinos Importadora
    // Ltda., …, tel. …): the firm's line, as a branch's is.
    const placeLabel =
      f.prose &&
      place.field === null &&
      (!looksLikeTitle(place.label) || looksLikeOrganization(place.value.split(/[,，]/)[0] ?? ''));
    if (placeLabel || (ownAfter && place.field === 'phone'))
      for (const e164 of e164sIn(line, place)) pushUnique(f.companyPhones, e164);
  }
}

/** The value is a person's name and nothing else (its numbers taken out). */
function nameAlone(value: string): boolean {
  // Most such values are no name at all (订单号：2024…, 发布于 2024-03-04，…): a cheap test first.
  if (value.length > 120 || /^[\d+(]/.test(value)) return false;
  // Its mailbox and extensions first (int. 230), which need their number to be told from words.
  const bare = stripData(value);
  if (bare.length > 60) return false;
  const parts = splitParts(stripData(bare.replace(NUMBER_RUN, ' ')));
  const only = parts.length === 1 ? (parts[0] ?? '') : '';
  return only !== '' && !/\d/.test(only) && personName(only, 'bare') !== null;
}

/** A department at the start of a value, before what follows it: 市场部 何俊, 国际医疗部周丽. */
const DEPARTMENT_FIRST = /^\s*[\u4e00-\u9fa5]{2,10}?(?:部门|部|课|科|处|组|室|中心)\s*/;

/**
 * The value where it starts with a person's name (nameLeads), or without the department it opens
 * with where the name follows that (市场部 何俊，电话 … → 何俊，电话 …); null where no name leads
 * either way. A name that merely ends like a department word (邓部长) stays as it is.
 */
function namedValue(value: string): string | null {
  if (nameLeads(value)) return value;
  const department = DEPARTMENT_FIRST.exec(value);
  const rest = department === null ? null : value.slice(department[0].length);
  if (rest !== null && nameLeads(rest)) return rest;
  // Distribution enquiries: our Commercial Director Oksana Fedoriv, mobile …: the name after the
  // title that says who they are to the reader.
  const ours = OUR_FIRST.exec(value);
  if (ours === null) return null;
  const words = value.slice(ours[0].length).split(' ');
  for (let k = 1; k <= 4 && k < words.length; k++) {
    const after = words.slice(k).join(' ');
    if (looksLikeTitle(words.slice(0, k).join(' ')) && nameLeads(after)) return after;
  }
  return null;
}

/** Our or the before a title in English: our Commercial Director …. */
const OUR_FIRST = /^(?:our|the)\s+(?=\p{Lu})/iu;

/**
 * The value starts with a person's name written without a label's help (王振宇 博士，电话 …), perhaps
 * their title written on to it (何嘉乐经理).
 */
function nameLeads(value: string): boolean {
  const first = splitParts(stripData(value))[0];
  if (first === undefined || /\d/.test(first)) return false;
  return (
    personName(first, 'bare') !== null || personName(first.replace(TITLE_WRITTEN_ON, ''), 'bare') !== null
  );
}

/**
 * A Japanese name, family and given name apart, then its reading in kana in brackets, perhaps the
 * extension after it (酒井 由紀子（さかい ゆきこ／内線301）).
 */
const JAPANESE_NAME_READ =
  /([\u4e00-\u9fa5\u3005]{1,3})[ \u3000]([\u4e00-\u9fa5\u3005]{1,3})\s*[（(]\s*([\u3040-\u30ff][\u3040-\u30ff\s・･]*?)\s*(?:[／/]\s*内[線线]\s*\d{1,5})?\s*[）)]/u;
/** A name's reading in kana, in brackets after it: （すぎうら やすひろ）. */
const KANA_AFTER_NAME = new RegExp(String.raw`[\u4e00-\u9fa5\u3005]\s*${KANA_IN_BRACKETS_SOURCE}`, 'u');

/**
 * A title written before a Chinese name, on to it: 署理会长郑文彬 (a clan association's acting
 * president), 副总经理王强. Read only where the rest is a name.
 */
const TITLE_WRITTEN_BEFORE =
  /^[\u4e00-\u9fa5]{0,4}?(?:会长|团长|主席|总经理|经理|总监|主任|秘书长|总务|组长|队长|部长|院长|校长|店长|厂长)(?=[\u4e00-\u9fa5]{2,3}$)/;

/** A title written on to a Chinese name without a space: 何嘉乐经理, 李伟总监. */
const TITLE_WRITTEN_ON = /(?<=^[\u4e00-\u9fa5]{2,3})(?:经理|总监|主管|主任|工程师)$/;

/** 张伟（销售经理）, "Vincent Cheung, Branch Manager", 楼红英 / 外贸经理, "Eva Zheng +86 158 …". */
function readNameValue(f: ReadFacts, value: string): void {
  // 周丽 0574-6288 3510 转 8021: the extension goes with its number, not into the name; 岡田 健太郎
  // （携帯 080-6621-4937／k.okada@…）: the brackets holding the person's data go with it.
  const stripped = stripData(
    value
      .replace(BRACKETED_DATA, ' ')
      .replace(UNCLOSED_BRACKET, '')
      .replace(EXTENSION_RUN, ' ')
      .replace(NUMBER_RUN, ' '),
  );
  // 所長 杉浦 康弘（すぎうら やすひろ）: a Japanese name with its post before it and its reading after it.
  const japanese = KANA_AFTER_NAME.test(value) ? personName(stripped, 'labelled') : null;
  if (japanese !== null) {
    f.name ??= japanese;
    return;
  }
  // "Andersen, Sarah" in a Name column: one name, surname first, not a name and a title.
  const turned = stripped.includes(',') ? surnameFirstName(stripped, 'labelled') : null;
  if (turned !== null) {
    f.name ??= turned;
    return;
  }
  // Kana, 携帯 or 営 in the value says it is Japanese, where a name apart is one (木村 大輔（携帯：…）).
  const inJapanese = JAPANESE_WRITING.test(value);
  const parts = familyGivenJoined(splitParts(stripped), inJapanese);
  const first = parts[0];
  if (first === undefined) return;
  // A Japanese name apart, perhaps its department in brackets after it (中村 裕介（営業部）).
  const bare = first.replace(PARENTHESISED_TAIL, '');
  let name =
    personName(first, 'labelled') ?? (inJapanese && looksLikeFamilyGivenName(bare, true) ? bare : null);
  // 何嘉乐经理: the name, its title written on to it.
  const titleOn = name === null ? TITLE_WRITTEN_ON.exec(first) : null;
  if (titleOn !== null) name = personName(first.slice(0, titleOn.index), 'labelled');
  // 署理会长郑文彬: the title written before the name, on to it.
  const titleBefore = name === null && titleOn === null ? TITLE_WRITTEN_BEFORE.exec(first) : null;
  if (titleBefore !== null) name = personName(first.slice(titleBefore[0].length), 'labelled');
  if (name === null) return;
  if (titleOn !== null) f.title ??= titleOn[0];
  if (titleBefore !== null) f.title ??= titleBefore[0];
  if (f.name === null) {
    f.name = name;
    f.names = nameList(name, parts, 'labelled');
  }
  const inner = /[(（]([^)）]+)[)）]/.exec(first)?.[1];
  if (inner !== undefined && looksLikeTitle(inner)) f.title ??= inner;
  readRest(f, parts.slice(1));
}

/**
 * The parts of a labelled name value with a Japanese name's two halves, split at its space, put
 * back together (担当：佐藤 健一（部長） → 佐藤 健一（部長）, then what follows).
 */
function familyGivenJoined(parts: string[], japanese = false): string[] {
  const [family, given] = parts;
  if (family === undefined || given === undefined || !HAN_ONLY.test(family)) return parts;
  const givenName = given.replace(PARENTHESISED_TAIL, '');
  return looksLikeFamilyGivenName(`${family} ${givenName}`, japanese)
    ? [`${family} ${given}`, ...parts.slice(2)]
    : parts;
}

/**
 * Kana, a word only Japanese writes (携帯, a mobile), or a character only Japanese writes so (営 of
 * 営業部, the sales department; 県, 駅, 売, 発: Chinese writes 营, 县, 站, 卖, 发): the text is written
 * in Japanese, as a Japanese agent's line on a Chinese page (担当：中村 裕介（営業部）).
 */
const JAPANESE_WRITING = /[\u3040-\u30ff]|携帯|[営県駅売発]/u;

/**
 * A bracket left open at the end of a value, the label inside it having ended the value there
 * (联系人：杨帆（微信：yangfan_wj2016）: the value 杨帆（).
 */
const UNCLOSED_BRACKET = /\s*[(（][^()（）]*$/;

/**
 * Brackets holding a number or a mailbox: （携帯 080-6621-4937／k.okada@naniwa-bearing.co.jp）, and
 * full-width ones round a number with its area code in half-width brackets: （携帯：(070)3158-2694）.
 */
const BRACKETED_DATA = /[(（][^()（）]*[\d@][^()（）]*[)）]|（[^（）]*\d[^（）]*）/g;

/** A note in brackets at the end of a part: 健一（部長）. */
const PARENTHESISED_TAIL = /\s*[(（][^)）]*[)）]$/;

/**
 * The names of parts that are all Chinese names (刘敏、高鹏), `first` read from the first; null
 * unless there are two or more. A name with its other-script form (林晓东 / Lin Xiaodong) is one
 * person, and a name with a title after it (王振宇 博士, 陈静 销售经理) one too.
 */
function nameList(first: string, parts: readonly string[], context: NameContext): string[] | null {
  if (parts.length < 2 || parts.length > 8) return null;
  const names = [first];
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (!HAN_ONLY.test(part)) return null;
    const name = personName(part, context);
    if (name === null || names.includes(name)) return null;
    names.push(name);
  }
  return HAN_ONLY.test(parts[0] ?? '') ? names : null;
}

const HAN_ONLY = /^[\u4e00-\u9fa5·]+$/;
/** Chinese sentences: a full stop, ! or ? after several words. */
const SENTENCES = /[\u4e00-\u9fa5][，,][^。！？]*[。！？]/;
/** Three things or more listed with the enumeration comma: 沈阳、长春、哈尔滨. */
const ENUMERATION = /、[^、]+、/;

/**
 * A line without a label: "Name, Title", "黄志强 大区经理", "Kevin Liu <kevin@…>", a bare name, or
 * "Andersen, Sarah" linked to the mailbox named after her (sandersen@…).
 */
function readParts(f: ReadFacts, text: string, emails: readonly string[]): void {
  if (text === '') return;
  const mail = /([^<>]*?)\s*<[^<>\s]+@[^<>\s]+>/.exec(text);
  if (mail !== null && f.name === null) f.name = tailName(mail[1] ?? '');
  if (f.name === null && emails.length > 0 && text.includes(',')) {
    f.name = mailboxOwner(surnameFirstName(text, 'bare'), emails);
    if (f.name !== null) return;
  }
  const parts = splitParts(text);
  if (f.name === null && looksLikeAddress(text) && !nameBeforeStreetWord(parts)) {
    f.address ??= text;
    return;
  }
  if (parts.length === 0 || parts.length > 5) return;
  // 全海景，交吉，近港铁站。: sentences, whose first words are no name however they read (全 is a
  // surname); a card's line names its person without a full stop. Nor does a list of three or more
  // set apart by 、 (沈阳、长春、哈尔滨: the cities a line serves), however its first reads (沈 is one).
  if (f.name === null && !SENTENCES.test(text) && !ENUMERATION.test(text)) {
    const part = parts[0] ?? '';
    const first = withoutEndingLabel(part);
    const name = looksLikeOrganization(first) ? null : personName(first, 'bare');
    if (name === null && parts.length === 1 && nameThenTitle(f, first)) return;
    if (name === null && latinNameThenTitle(f, first, parts)) return;
    if (name !== null) {
      f.name = name;
      f.names = nameList(name, parts, 'bare');
      const inner = /[(（]([^)）]+)[)）]/.exec(first)?.[1];
      if (inner !== undefined && looksLikeTitle(inner)) f.title ??= inner;
      readRest(f, parts.slice(1));
      return;
    }
  }
  if (parts.length === 1 && looksLikeTitle(text)) f.title ??= text;
  else if (
    f.name === null &&
    (titleThenName(f, parts) ||
      nameAmongDescriptions(f, parts) ||
      departmentThenName(f, parts) ||
      firmThenName(f, parts))
  )
    return;
  else readRest(f, parts);
}

/**
 * 国内业务部 林志伟 经理, 苏州精锐刀具有限公司 技术支持 王磊, 海外业务部 Amy Chen 陈怡君 副理: a
 * card's heading or a signature's line putting the name among the person's company, department,
 * function and title, each of those in Chinese, in any order. One name and nothing else: a line
 * with a part that is none of these (a place, a slogan, a second name) says no name.
 */
function nameAmongDescriptions(f: ReadFacts, parts: readonly string[]): boolean {
  // A label left behind by its value (手机 0912-358-467 once the number is taken out) says nothing.
  const words = parts.filter((part) => !LABEL_WORDS.has(part.toLowerCase()));
  const pieces = words.length === 1 ? hanFramed(words[0] ?? '') : words;
  if (pieces === null || pieces.length < 2 || pieces.length > 4) return false;
  // Every part but the name is Chinese: most lines (English ones, a date and a place) fail here.
  if (pieces.filter((piece) => !HAN.test(piece)).length > 1) return false;
  let name: string | null = null;
  let title: string | null = null;
  let organization: string | null = null;
  for (const piece of pieces) {
    const asName =
      personName(piece, 'bare') ?? (NICKNAME.test(piece) && !NOT_A_NICKNAME.has(piece) ? piece : null);
    if (asName !== null) {
      if (name !== null) return false;
      name = asName;
    } else if (!HAN.test(piece)) return false;
    else if (looksLikeOrganization(piece)) organization ??= piece;
    else if (looksLikeTitle(piece)) title ??= piece;
    else if (!DEPARTMENT.test(piece) && !FUNCTION.test(piece) && !HONORIFIC.test(piece)) return false;
  }
  if (name === null) return false;
  f.name = name;
  f.title ??= title;
  f.organization ??= organization;
  return true;
}

/**
 * A line whose Han words stand round a name in Latin letters, split there (海外业务部 Amy Chen
 * 陈怡君 副理 → 海外业务部 | Amy Chen 陈怡君 | 副理); splitParts keeps a part with Latin words whole.
 */
function hanFramed(part: string): string[] | null {
  const m = HAN_FRAMED.exec(part);
  if (m === null) return null;
  return [m[1], m[2], m[3]].filter((piece): piece is string => piece !== undefined);
}

const HAN = /[\u4e00-\u9fa5]/;
/** A phone or mailbox label standing alone (the words withoutEndingLabel takes off a name). */
const LABEL_WORDS = new Set(LABEL_WORDS_AT_END);
const HAN_FRAMED = /^([\u4e00-\u9fa5]{2,12}) ([A-Za-z].*?)(?: ([\u4e00-\u9fa5]{2,6}))?$/;

/** A department or a team (国内业务部, 技术服务课, 人力资源处, 办公室, 机电工程系), read folded. */
const DEPARTMENT = /^[\u4e00-\u9fa5]{2,10}(?:部|部门|课|科|处|组|室|中心|系)$/;
/**
 * What a signature says the person does for the company, in place of a title (技术支持, 售后服务),
 * for the home market or abroad (国内业务, 海外业务: a Taiwanese maker's 國內業務 read folded).
 */
const FUNCTION =
  /^(?:国内|国外|海外|境内|境外|内销|外销)?(?:技术支持|技术服务|售后服务|售后|售前咨询|售前|客户服务|客服|销售|业务|外贸|采购|市场)$/;

/**
 * The name a shop's customer-service agent goes by (小美, 阿杰): 小 or 阿 and one character, read
 * as a name only beside what the agent does (售前咨询｜小美), never alone; words of that shape
 * (小计, 小区, 阿里) are not.
 */
const NICKNAME = /^[小阿][\u4e00-\u9fa5]$/;
const NOT_A_NICKNAME = new Set([
  '小计',
  '小时',
  '小区',
  '小组',
  '小店',
  '小学',
  '小说',
  '小吃',
  '小型',
  '小票',
  '小费',
  '小米',
  '小编',
  '小姐',
  '小孩',
  '阿里',
  '阿胶',
  '阿姨',
]);

/**
 * 褚晓峰 花木路店: a name set apart, then a shop or a branch named after its street, with no house
 * or room number anywhere (the line's phone numbers are taken out before): a row of a list of
 * agents, not an address, which has its number (宁波 天童南路 588号) and no name of a shop.
 */
function nameBeforeStreetWord(parts: readonly string[]): boolean {
  if (parts.length < 2 || !HAN_ONLY.test(parts[0] ?? '') || parts.some((part) => /\d/.test(part)))
    return false;
  return parts.slice(1).some((part) => OUTLET.test(part)) && personName(parts[0] ?? '', 'bare') !== null;
}

/** The end of a shop's or a branch's name (花木路店, 南京西路支行, 徐家汇营业厅). */
const OUTLET = /(?:店|分行|支行|营业部|营业厅|网点|门市)$/;

/**
 * `name` when one of the line's mailboxes is named after it (sandersen@, sarah.andersen@,
 * ccho@): a bare line read surname first needs that, or "Springfield, Illinois" next to someone's
 * address would be a person.
 */
function mailboxOwner(name: string | null, emails: readonly string[]): string | null {
  if (name === null) return null;
  const words = name.toLowerCase().split(' ');
  const surname = words[words.length - 1] ?? '';
  const given = words[0] ?? '';
  for (const email of emails) {
    const mailbox = email.slice(0, email.indexOf('@'));
    if (mailbox.includes(surname) || (given.length >= 3 && mailbox.includes(given))) return name;
  }
  return null;
}

/**
 * The mailbox is named after the person (sam@ for Sam Okafor, beth.hollis@ for Elizabeth "Beth"
 * Hollis): a given name or surname of three letters or more in its local part. Names in Latin
 * letters only; a Chinese name says nothing of the pinyin its owner chose.
 */
export function mailboxNamedAfter(email: string, name: string): boolean {
  if (!LATIN_NAME.test(name)) return false;
  const mailbox = email.slice(0, email.indexOf('@')).toLowerCase();
  for (const word of name.toLowerCase().split(/[\s"“”'’-]+/))
    if (word.length >= 3 && /^[a-z]+$/.test(word) && mailbox.includes(word)) return true;
  return false;
}

const LATIN_NAME = /^[A-Za-z][A-Za-z .'’"“”-]*$/;

/**
 * 刘思敏 Cici 高级销售工程师, 谢文涛 FAE 技术支持工程师, 梁嘉欣 Karen 香港分公司 销售代表: a Chinese name
 * (and the English one its bearer goes by), then words in Latin letters among the title's (FAE), a
 * company's name and the title last, as a card's heading writes them. splitParts keeps such a
 * line whole for its Latin words.
 */
function nameThenTitle(f: ReadFacts, part: string): boolean {
  const m = NAME_THEN_WORDS.exec(part);
  if (m === null) return false;
  const words = (m[2] ?? '').split(/\s+/);
  const title = words[words.length - 1] ?? '';
  if (!HAN.test(title) || !looksLikeTitle(title)) return false;
  const between = words.slice(0, -1);
  let organization: string | null = null;
  for (const word of between) {
    if (looksLikeOrganization(word)) organization ??= word;
    else if (!TITLE_LETTERS.test(word) && !DEPARTMENT.test(word)) return false;
  }
  const name = personName(m[1] ?? '', 'bare');
  if (name === null) return false;
  f.name = name;
  f.title ??= between.some((word) => TITLE_LETTERS.test(word))
    ? words.filter((w) => w !== organization).join(' ')
    : title;
  f.organization ??= organization;
  return true;
}

/**
 * Mr. Vikas Agarwal Director – Exports, Ms. Neha Sharma Export Manager – Europe & USA: a name in
 * Latin letters run together with the title after it, as a definition list's term or a card's
 * heading styles the two apart: an honorific, two to four words that are a name, the rest of the
 * part a title, and what follows a dash the title's too.
 */
function latinNameThenTitle(f: ReadFacts, first: string, parts: readonly string[]): boolean {
  if (parts.length > 3 || !LATIN_LINE.test(first)) return false;
  const words = first.split(/\s+/);
  // An honorific says a name starts the part (Family Medicine Specialist names nobody).
  const honorifics = words.findIndex((word) => !HONORIFIC_WORD.test(word));
  if (honorifics < 1) return false;
  for (let k = honorifics + 2; k <= Math.min(honorifics + 4, words.length - 1); k++) {
    const title = words.slice(k).join(' ');
    // The title starts where the name ends: with a title's word or a department's (Export Manager),
    // not with a word more of the name (Mr. Mohd. Irfan Qureshi Merchandiser).
    const opening = words[k] ?? '';
    if (!looksLikeTitle(title) || !(looksLikeTitle(opening) || TITLE_OPENING.test(opening))) continue;
    const named = words.slice(0, k);
    // Chief Technology Officer: a title all through, no name before it.
    if (named.some((word) => TITLE_OPENING.test(word) || looksLikeTitle(word))) continue;
    const name = personName(named.join(' '), 'bare');
    if (name === null) continue;
    f.name = name;
    f.title ??= [title, ...parts.slice(1)].join(' – ');
    return true;
  }
  return false;
}

/** A department or a market a title may open with: Export Manager, Domestic Sales, Senior Merchandiser. */
const TITLE_OPENING =
  /^(?:export|import|domestic|international|overseas|regional|area|senior|junior|chief|deputy|assistant|general|technical|quality|production|purchase|purchasing|finance|hr|it|key|national|global|retail|wholesale|customer|client|business|product|project|plant|factory|branch|office|marketing|sales)$/i;

/** A part in Latin letters only, as an English card's heading is. */
const LATIN_LINE = /^[A-Za-z][A-Za-z .,'’&()-]*$/;
/** An honorific before a name: Mr., Ms., Dr. */
const HONORIFIC_WORD = /^(?:mr|mrs|ms|miss|mx|dr|prof|er|ca|adv|shri|smt)\.?$/i;

/** A Chinese name, perhaps an English given name after it, then the rest of the line. */
const NAME_THEN_WORDS = /^([\u4e00-\u9fa5]{2,4}(?:\s+[A-Z][a-z]{1,12})?)\s+(\S.*)$/;
/** Capitals a Chinese title takes in (FAE 技术支持工程师, IT 主管, HR 经理). */
const TITLE_LETTERS = /^[A-Z]{2,4}$/;

/**
 * 销售经理 张伟, 行政主任 林佩君 小姐: a title, then the name (and how to address them). Chinese
 * only: an English line starting with a title is more often a heading ("Sales Team Leads").
 */
function titleThenName(f: ReadFacts, parts: readonly string[]): boolean {
  const [title, named, address] = parts;
  if (title === undefined || named === undefined || parts.length > 3 || !HAN_ONLY.test(named)) return false;
  if (!looksLikeTitle(title) || (address !== undefined && !HONORIFIC.test(address))) return false;
  const name = personName(named, 'bare');
  if (name === null) return false;
  f.name = name;
  f.title ??= title;
  return true;
}

/**
 * A department's or a desk's name, then the person who answers for it, the rest of the line their
 * numbers and mailbox (Spedizioni e magazzino – Roberto Ghidini – tel. …, Amministrazione – Monica
 * Belleri (contabilità clienti e fornitori) – tel. …): in Latin letters, the first part a
 * department (DESK), the second a name, and nothing after them but the labels their data left.
 * Not a title (Service Advisor – Express Lane: what the advisor serves).
 */
function departmentThenName(f: ReadFacts, parts: readonly string[]): boolean {
  const [desk, named] = parts;
  if (desk === undefined || named === undefined || parts.length > 4) return false;
  if (!LATIN_DESK.test(desk) || desk.split(' ').length > 4 || !DESK.test(desk)) return false;
  for (let i = 2; i < parts.length; i++)
    if (!LABEL_WORDS.has((parts[i] as string).toLowerCase().replace(/\.$/, ''))) return false;
  // What the person does for the desk may follow their name in brackets.
  const name = personName(named.replace(REMARK_AFTER, ''), 'bare');
  if (name === null) return false;
  f.name = name;
  return true;
}

/**
 * A firm, perhaps the town it is in, then the person there, as a page lists its agents and
 * importers (Vine & Veldt Ltd, London – James Whitfield): the first part reads as a company, the
 * last as a name, and the one between, if any, is a place of a word or two without digits.
 */
function firmThenName(f: ReadFacts, parts: readonly string[]): boolean {
  if (parts.length < 2 || parts.length > 3) return false;
  const firm = parts[0] as string;
  const named = parts[parts.length - 1] as string;
  if (!looksLikeOrganization(firm)) return false;
  const place = parts.length === 3 ? (parts[1] as string) : null;
  if (place !== null && !PLACE_WORDS.test(place)) return false;
  const name = personName(named, 'bare');
  if (name === null) return false;
  f.name = name;
  f.organization ??= firm;
  return true;
}

/** A town's name of a word or two in Latin letters: London, Cape Town. */
const PLACE_WORDS = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?$/u;

/** A remark in brackets at the end of a part: Monica Belleri (contabilità clienti e fornitori). */
const REMARK_AFTER = /\s*[(（][^()（）]{1,60}[)）]$/;

/** Words in Latin letters, as a department's name is written (Spedizioni e magazzino, Accounts). */
const LATIN_DESK = /^\p{Script=Latin}[\p{Script=Latin} &'’.-]*$/u;
/** A department's word, in the languages of the pages read: Accounts, Amministrazione, Achats … */
const DESK =
  /(?:^|\s)(?:accounts?|accounting|billing|finance|sales|purchasing|procurement|shipping|logistics|warehouse|dispatch|export|import|customer service|human resources|administration|amministrazione|contabilità|spedizioni|magazzino|acquisti|vendite|ufficio|assistenza|comptabilité|achats|expéditions?|logistique|contabilidad|compras|ventas|almacén|envíos|buchhaltung|einkauf|verkauf|versand|lager|księgowość|sprzedaż|zakupy|magazyn|účtárna|fakturace|sklad|boekhouding|inkoop|verkoop|magazijn)(?=\s|$)/iu;

/** How a card addresses someone after their name (林佩君 小姐). */
const HONORIFIC = /^(?:先生|女士|小姐|老师|博士|医师|医生)$/;

function readRest(f: ReadFacts, parts: readonly string[]): void {
  let afterTitle = false;
  for (const part of parts) {
    if (looksLikeOrganization(part)) f.organization ??= part;
    else if (looksLikeTitle(part)) {
      afterTitle = f.title === null;
      f.title ??= part;
      continue;
    } else if (afterTitle && f.title !== null && part.split(/\s+/).length <= 3 && !/\d|@/.test(part)) {
      // "Regional Manager, West Africa": the region or team belongs to the title.
      f.title = `${f.title}, ${part}`;
    }
    afterTitle = false;
  }
}

/**
 * `part` without a label word at its end (王伟手机, "Kevin Liu Tel"). A Latin word counts only
 * standing apart: Patel, Marcell and Stephone end in tel, cell and phone.
 */
function withoutEndingLabel(part: string): string {
  const cut = endingWord(part, LABEL_WORDS_AT_END, true);
  if (cut === null) return part;
  const trimmed = part.trimEnd();
  const before = trimmed.charAt(trimmed.length - cut.word.length - 1);
  return /[a-z]/i.test(cut.word) && /[A-Za-z]/.test(before) ? part : cut.before;
}

/** "On Mon, Mar 11, 2024 at 6:02 PM 李明" → 李明: the longest name at the end. */
function tailName(text: string): string | null {
  const words = text.trim().split(/\s+/);
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    const name = personName(words.slice(-k).join(' '), 'bare');
    if (name !== null) return name;
  }
  return null;
}

/** The line without its emails, phone numbers, links and known labelled fields (read on their own). */
function residue(line: Line, labelled: readonly LabelledValue[]): string {
  const cuts: Cut[] = [];
  for (const hit of line.phones) if (hit.start >= 0) cuts.push({ start: hit.start, end: hit.end });
  for (const hit of line.laterPhones) if (hit.start >= 0) cuts.push({ start: hit.start, end: hit.end });
  for (const lv of labelled) if (lv.field !== null) cuts.push({ start: lv.start, end: lv.end });
  // From the last cut to the first, so the earlier positions still hold.
  if (cuts.length > 1) cuts.sort((a, b) => b.start - a.start);
  let text = line.text;
  for (const { start, end } of cuts) text = `${text.slice(0, start)} ${text.slice(Math.max(start, end))}`;
  // 马春雷（手机 139-1873-0462）: the brackets the number stood in, its label left in them.
  if (cuts.length > 0 && (text.includes('）') || text.includes(')')))
    text = text.replace(EMPTIED_BRACKETS, ' ');
  return stripData(text);
}

/** Brackets holding nothing but a phone label once their number is cut out: （手机 ）, (Tel. ). */
const EMPTIED_BRACKETS =
  /[(（]\s*(?:手机|电话|座机|直线|固话|tel\.?|mob\.?|mobile|cell|phone)?\s*[:：]?\s*[)）]/gi;

/** A piece of a line read on its own (a phone number, a labelled field), from start to end. */
interface Cut {
  start: number;
  end: number;
}

function stripData(text: string): string {
  return trimEndMatching(
    text
      .replace(EMAIL_TEXT, (m) => (m.startsWith('<') ? m : ' '))
      .replace(URL_TEXT, ' ')
      .replace(EXTENSION_NOTE, ' ')
      .replace(/(?:^|\s)(?:[A-Za-z][A-Za-z .-]{0,15}|[\u4e00-\u9fa5 ]{1,8})[:：]\s*(?=\s|$)/g, ' '),
    SEPARATOR,
  )
    .replace(/^[\s,，;；|｜·•–—-]+/, '')
    .trim();
}

/**
 * An extension written apart from its line (分机 212, ext. 612, int. 402, poste 214, linka 320, wew.
 * 45, anexo 4031, ankn. 150, loc. 120: EXTENSION_WORD): data, not a word about the person.
 * Narrower than the marks EXTENSION_AFTER reads right after a number: standing anywhere in a line,
 * x 2 or #10-05 (a unit of an address) is no extension.
 */
const EXTENSION_NOTE = new RegExp(String.raw`${EXTENSION_WORD}\s*\d{1,6}(?!\d)`, 'gi');

/** Separators left at the end of a line once its data is taken out (read off the end linearly). */
const SEPARATOR = /[\s,，;；|｜·•–—-]/;

/** Little words of running English text; a card line has almost none. */
const FUNCTION_WORDS =
  /\b(?:the|a|an|and|or|to|of|for|with|is|are|was|at|in|on|by|her|his|our|we|you|please|if|as|from|that|this)\b/g;

/** Little words of running Chinese text (的, 了, 请, 我们 …); a card line, even with a comma, has none. */
const FUNCTION_WORDS_ZH = /[的了是在请您如需我们将可以]/;

/**
 * Running text: long, or with the little words of a sentence, or a Chinese sentence. Its length is
 * that of its words: a card's line of fields (周晓雯 | Sales Manager | vivian@… | +86 135 …) is
 * long with its email and numbers, not with words.
 */
function isProse(line: string, hasData: boolean): boolean {
  if (line.length > MAX_CARD_LINE) return true;
  // Without its data a line is shorter, never more of a sentence: only running text is read again.
  return proseText(line) && (!hasData || line.length <= 60 || proseText(withoutData(line)));
}

/** A Korean sentence's polite ending (…니다, …십시오, …세요), then its full stop. */
const KOREAN_SENTENCE_END = /(?:니다|십시오|세요)[.!。]/;

/** isProse of the text as it stands. */
function proseText(text: string): boolean {
  if (text.length > 100) return true;
  if (/[\u4e00-\u9fa5]/.test(text) && !mostlyLatin(text)) {
    if (/[。！？]/.test(text)) return text.length > 20;
    return text.length > 60 || (text.length > 24 && /，/.test(text) && FUNCTION_WORDS_ZH.test(text));
  }
  // Korean running text ends its sentences as no card's line does: …요청해 주십시오., …바랍니다.
  if (KOREAN_SENTENCE_END.test(text)) return text.length > 20;
  const little = text.match(FUNCTION_WORDS)?.length ?? 0;
  return little >= 3 || (little >= 2 && text.length > 50);
}

/**
 * Latin letters three times the Han characters or more: an English line with a name in both
 * scripts (Mr. Wong Ka Ho 黃家豪 (Sales Manager) | Direct: | Mobile: …), read by the English rules.
 */
function mostlyLatin(text: string): boolean {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fa5) han++;
    else if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin++;
  }
  return latin >= 3 * han;
}

/** Longer than any line of a card, however many fields it runs together: running text. */
const MAX_CARD_LINE = 300;

/** The text without its emails, links and numbers. */
function withoutData(text: string): string {
  return text
    .replace(EMAIL_TEXT, ' ')
    .replace(URL_TEXT, ' ')
    .replace(NUMBER_RUN, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function e164s(line: Line): string[] {
  return line.phones.map((p) => p.e164);
}

/** The numbers of phonesIn, as E.164. */
function e164sIn(line: Line, lv: LabelledValue): string[] {
  return phonesIn(line, lv).map((p) => p.e164);
}

/** Phones inside a labelled value (a tel: link has no position and goes with the line's label). */
function phonesIn(line: Line, lv: LabelledValue): PhoneHit[] {
  const end = lv.start + lv.label.length + 1 + lv.value.length + 4;
  return line.phones.filter((p) => p.start < 0 || (p.start > lv.start && p.start <= end));
}
