// What a text alone in its row reads as: a section line heading the rows below it, or the name
// of a customer whose other details are not known yet (skippedRowReason asks, for every face).
import type { WideMerge } from '../model/table.ts';
import { monthFromName, THAI_MONTH_SOURCE } from '../parse/calendarText.ts';
import { foldTraditional } from '../parse/simplifiedChinese.ts';
import { bilingualHalves } from './bilingualHalves.ts';

/**
 * A line that heads the rows below it rather than being one of them, alone in its row: a region
 * (华东区, 华南大区, East region), a group of customers (VIP客户, 二〇二五年 新客户, Key accounts),
 * a period (2025年3月, 第一季度, OCTOBER 2026: an English month with its year, see isMonthOfYear),
 * the customers' standing (INACTIVE, 已停用), a note on what follows (以下为离职员工转交客户), or
 * any text set off with rules, brackets or a heading bar (—— … ——, 【华东】, === … ===, ▍阿豪 教練).
 * A remark in brackets after it (（以下为重点维护）, (12)) does not change what it is. Compared with traditional characters
 * folded (華東區, 新客戶). In the column of customers' names the text must read as one of these
 * (see isSectionLabel).
 */
const SECTION_DECORATION = /^[-—–─=~*#·•●○◆◇■□▲△★☆►▶▍▌▎▋▊▉█▐┃【〔［[《〈<「『]/;
const SECTION_LABEL = new RegExp(
  [
    // a region: 华东区, 华南大区, 西北片区, 华东, 海外
    '^\\p{Script=Han}{1,6}(?:大区|片区|地区|区域|战区|区)$',
    '^(?:华东|华南|华北|华中|华西|西南|西北|东北|东南|港澳台?|海外|境外|国内|国外)(?:市场|客户|组|部)?$',
    // a group of customers: VIP客户, 新客户, 二〇二五年 新客户
    '客户$',
    // a period: 2025年, 二〇二五年3月, 3月, 第一季度, Q1
    '^(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年',
    '^\\d{1,2}\\s*月份?$',
    // …and written out: 十月, 十一月 (a 民國 ledger's month headings)
    '^(?:十[一二]?|[一二三四五六七八九]|正|腊)月份?$',
    // a month in Vietnamese and Korean: THÁNG 10/2026, Tháng 11, THÁNG 10 / 十月, 2026년 11월, 11월
    '^tháng\\s*\\d{1,2}(?:\\s*[/-]\\s*\\d{4})?(?:\\s+/\\s+(?:十[一二]?|[一二三四五六七八九])月)?$',
    '^(?:\\d{4}\\s*년\\s*)?\\d{1,2}\\s*월$',
    // a month in Thai with its Buddhist-era year, perhaps the English after it: ตุลาคม 2569 / October
    `^(?:${THAI_MONTH_SOURCE})\\s*\\d{4}(?:\\s*/\\s*[a-z ]{3,20})?$`,
    '^(?:第[一二三四1-4]季度|[一二三四]季度|q[1-4])$',
    // the customers' standing: INACTIVE, Dormant, 已停用, 已流失
    '^(?:inactive|active|dormant|lapsed|archived|former|churned|suspended|paused|on hold)$',
    '^(?:已?停用|已?流失|暂停合作|暂停跟进|沉睡|休眠)(?:客户)?$',
    // English: Region: East
    '^(?:region|area|territory|section|group|district)\\s*[:：]',
    // A delivery route or a sales zone by its letter or number: ROUTE A - MANDAUE (Tue & Fri), Zone 3
    '^(?:route|zone|beat|territory|district|area)\\s+[a-z0-9]{1,3}(?:\\s*[-–—:：|(（]|$)',
    // A Philippine barangay the suki below it are in: BRGY. BAGBAG, Barangay Gulod / Nova Proper
    '^(?:brgy|bgy|barangay)\\.?\\s+\\p{L}',
  ].join('|'),
  'u',
);
/**
 * English words a group or a region ends in: East region, VIP customers, Key accounts; and a
 * school's or a studio's groups of students: Weekend batches, New intake.
 */
const GROUP_WORDS =
  'region|territory|area|customers|clients|accounts|batch|batches|intake|intakes|cohort|cohorts|students|members';
const ENGLISH_GROUP_END = new RegExp(`\\b(?:${GROUP_WORDS})$`);
/**
 * The same words after nothing but words that qualify a region or a group of customers: a
 * direction (East, North-East, Central), a part of the world (APAC, Asia Pacific, Greater China),
 * a kind of customer (Key, VIP, New, Dormant, Corporate) or a tier (Tier 1, Class A, Top 20).
 * In the column of customers' names, where Summit Accounts, Tri-State Area and Pacific Region are
 * as likely companies as headings, only these are section lines.
 */
const ENGLISH_GROUP = new RegExp(
  `^(?:(?:${[
    'north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|southern|eastern|western',
    'central|mid-?west|midwest|middle|inner|outer|upper|lower',
    'asia[\\s-]pacific|asia|apac|emea|latam|anz|mena|dach|nordics?|benelux|europe|european|africa|african',
    'americas?|american|latin|greater china|china|mainland|domestic|international|overseas|foreign',
    'local|global|national|regional|key|major|strategic|vip|priority|important|premium|gold|silver',
    'bronze|platinum|diamond|new|old|existing|current|active|inactive|dormant|lost|former|past',
    'churned|returning|repeat|regular|loyal|potential|prospective|target|other|misc|miscellaneous',
    'small|large|mid-?size|medium|big|enterprise|corporate|business|commercial|retail|wholesale',
    'personal|individual|private|government|public|online|offline|direct|partner|transferred',
    'inherited|assigned|unassigned|shared|house|all|my|our|the',
    'tier\\s*\\d|level\\s*\\d|class\\s*[a-d]|grade\\s*[a-d]|group\\s*[a-d\\d]|[a-d]-?(?:class|level|grade)',
    'top\\s*\\d+|\\d{4}',
  ].join('|')})[\\s-]+)*(?:${GROUP_WORDS})$`,
);
/**
 * The groups a customer list is kept in, in the other languages its ledgers come in: German
 * (Privatkunden, Gewerbe / Hausverwaltungen), Spanish and Portuguese (EMPRESAS, PARTICULARES),
 * French, Italian, Indonesian and Malay (Pelanggan baru), Thai, Polish (WARSZTATY, FIRMY / FLOTY),
 * Turkish (YURT İÇİ, YURT DIŞI (İHRACAT)), Dutch (ZAKELIJK, BEDRIJVEN & ORGANISATIES), Greek
 * (ΕΠΑΓΓΕΛΜΑΤΙΕΣ (με τιμολόγιο), ΙΔΙΩΤΕΣ), Hungarian (CÉGEK, INTÉZMÉNYEK (számla, átutalás),
 * MAGÁNSZEMÉLYEK, CUKRÁSZDÁK, EGYÉB (büfé, magánszemély)), and English
 * (SCHOOLS, CHURCHES & BUSINESSES; PRIVATE), Finnish (YRITYKSET JA TALOYHTIÖT, YKSITYISET),
 * Croatian (PRAVNE OSOBE (agencije, hoteli), FIZIČKE OSOBE);
 * perhaps with a word of which ones (new, regular, other) before or after, several joined by &, a
 * comma or and (ja, och, és), and words of
 * its own or a translation after a slash (ลูกค้าต่างชาติ / Foreign guests). Plural nouns of kinds
 * of customer, which no one's name is.
 */
const GROUPS_ABROAD = [
  'kunden|privatkunden|gewerbekunden|firmenkunden|geschäftskunden|stammkunden|neukunden|endkunden',
  'gewerbe|privat|firmen|hausverwaltungen|behörden|händler',
  'clientes|empresas|particulares|mayoristas|minoristas|distribuidores|pacientes|personas f[ií]sicas',
  'personas morales|pessoas? f[ií]sicas?|pessoas? jur[ií]dicas?',
  'particuliers|professionnels|entreprises|clienti|aziende|privati',
  'pelanggan|perorangan|perusahaan|instansi|korporat|pelanggan korporat',
  'ลูกค้า|ลูกค้าคนไทย|ลูกค้าต่างชาติ|ลูกค้าประจำ|ลูกค้าใหม่',
  'warsztaty|firmy|floty|klienci|klienci indywidualni|osoby prywatne|hurtownie|sklepy',
  // Turkish, as lower-casing outside the Turkish locale leaves it: İ as i and a combining dot, I as i.
  'yurt\\s+i\u0307?çi\u0307?|yurt\\s+d[ıi]ş[ıi]|i\u0307?hracat|bayiler|kurumsal|bireysel|müşteriler',
  'zakelijk|zakelijke klanten|particulier|particulieren|bedrijven|organisaties|verenigingen|klanten|dealers',
  'wederverkopers',
  // English kinds of customer, as a hire or catering business groups its list.
  'private|individuals|businesses|companies|corporates|schools|churches|creches|hotels|restaurants',
  'retailers|resellers|wholesalers|distributors|charities|ngos',
  // Greek, as lower-casing writes a final sigma (ιδιώτες, and ιδιωτες from ΙΔΙΩΤΕΣ).
  'επαγγελματ[ίι]ε[σς]|ιδι[ώω]τε[σς]|πελ[άα]τε[σς]|εταιρε[ίι]ε[σς]|επιχειρ[ήη]σει[σς]|ξενοδοχε[ίι]α',
  // Hungarian: firms, institutions, private people, clients, resellers.
  'cégek|intézmények|magánszemélyek|magánügyfelek|ügyfelek|céges ügyfelek|vállalkozások|partnerek',
  'viszonteladók|törzsvevők',
  // Hungarian trades a supplier groups its buyers by, and the rest (egyéb: other).
  'cukrászdák|pékségek|sütödék|éttermek|szállodák|boltok|üzletek|kávézók|büfék|egyéb|egyebek',
  // Finnish: firms, housing companies, private customers.
  'yritykset|taloyhtiöt|yksityiset|yksityisasiakkaat|yritysasiakkaat|asiakkaat',
  // Croatian: legal persons (firms, bodies), natural persons, tradesmen.
  'pravne osobe|fizičke osobe|fizicke osobe|privatne osobe|tvrtke|obrti',
  // Russian: legal entities and private persons (юр. лица, физ. лица), clients, organisations.
  'юр\\. лица|юридические лица|физ\\. лица|физические лица|клиенты|организации',
].join('|');
const GROUP_QUALIFIERS_ABROAD =
  'neue|neu|alte|sonstige|andere|nuevos|nuevas|frecuentes|otros|novos|outros|nouveaux|autres|nuovi|altri|baru|lama|tetap|lainnya|vaste|nieuwe|overige|vip';
const GROUP_ABROAD = `(?:(?:${GROUP_QUALIFIERS_ABROAD})\\s+)?(?:${GROUPS_ABROAD})(?:\\s+(?:${GROUP_QUALIFIERS_ABROAD}))?`;
const SECTION_ABROAD = new RegExp(
  `^${GROUP_ABROAD}(?:(?:\\s*[&+,]\\s*|\\s+(?:ja|och|og|és|and)\\s+)${GROUP_ABROAD})*(?:\\s*/\\s*[\\p{L}\\s]{1,30})?$`,
  'u',
);

/**
 * A Chinese outline's number and a short heading after it: 一、电子厂, （二）贸易公司, 三、个体.
 */
const OUTLINE_NUMBERED =
  /^(?:[一二三四五六七八九十]{1,3}\s*[、．.]|[(（][一二三四五六七八九十]{1,3}[)）])\s*\p{Script=Han}{2,10}$/u;

/**
 * Three places or more set apart by spaced middle dots, as a list heads the customers of a region:
 * 泉州 · 厦门 · 福州, Temerin · Žabalj · Bečej. No one's name is such a list (a transliterated
 * name, 约翰·史密斯, has its dot unspaced).
 */
const PLACE_LIST = /^[^·•\s][^·•]{0,14}(?:\s[·•]\s[^·•\s][^·•]{0,14}){2,}$/u;
/** What tells of a line heading what follows: 以下为…, 以上是…. */
const HEADS_WHAT_FOLLOWS = /以[下上](?:为|是|均为|都是)/;
/**
 * A remark at the end of a line, in brackets (（以下为重点维护）, (12 家)) or after a dash set off
 * with spaces (BEDRIJVEN & ORGANISATIES – factuur, betaling 30 dagen).
 */
const TRAILING_REMARK = /\s*(?:[(（][^()（）]*[)）]|\s[–—]\s[^–—()（）]*)\s*$/;
/** The words a customer's own name ends in, so that 新客户服务中心 stays a customer. */
const ORGANISATION_END = /(?:公司|集团|厂|店|中心|事务所|工作室|银行|医院|学校|协会)$/;
/** A company's legal form at the end of its name: Ltd, Inc., LLC, GmbH. */
const COMPANY_FORM = /\b(?:ltd|limited|inc|llc|corp|corporation|co|company|gmbh|plc|pty)\.?$/i;
/** The brackets a title opens with, each with the one that closes it. */
const CLOSING_BRACKET: Readonly<Record<string, string>> = {
  '【': '】',
  '〔': '〕',
  '［': '］',
  '[': ']',
  '《': '》',
  '〈': '〉',
  '<': '>',
  '「': '」',
  '『': '』',
};
/**
 * The longest bracketed text read as a title and a name (《读者》杂志社); a longer one is a
 * heading or a note. It also keeps the patterns that strip its end off texts of any length.
 */
const TITLED_NAME_LENGTH = 80;
/** Rules and white space after a title: 【华东】——. */
const TRAILING_RULES = /[\s\-—–─=~*#·•●○◆◇■□▲△★☆◄◀]+$/;

/**
 * Whether a cell alone in its row reads as a section line. `inNameColumn`: the cell is in the
 * column of customers' names or companies, where a name alone is a customer whose other details
 * are not yet known, so that only a text that reads as a label there is a section line; set off
 * with brackets, a title followed by more of a name (《读者》杂志社, 【老王】烧烤, 「金記」茶餐廳)
 * is a name wherever it stands.
 */
export function isSectionLabel(text: string, inNameColumn: boolean): boolean {
  if (text.length < 2) return false;
  if (!SECTION_DECORATION.test(text)) return readsAsLabel(text, inNameColumn);
  const close = CLOSING_BRACKET[text.charAt(0)];
  const end = close === undefined || text.length > TITLED_NAME_LENGTH ? -1 : text.indexOf(close, 1);
  // Rules (—— … ——, === … ===), a bracket never closed or a line longer than a name: set off,
  // so a heading.
  if (end < 0) return /\p{L}/u.test(text.slice(1));
  const inner = text.slice(1, end);
  const after = text
    .slice(end + 1)
    .replace(TRAILING_REMARK, '')
    .replace(TRAILING_RULES, '');
  // 【2025年】新客户 reads as a label without its brackets; 【老王】烧烤 does not.
  if (readsAsLabel(inner + after, inNameColumn)) return true;
  // A title alone (【华东】, 《以下为新客户》 read as labels above): set off like a heading, so one
  // outside the names' column; in it, a name such as 《读者》 or 【老王】.
  return after === '' && !inNameColumn && /\p{L}/u.test(inner);
}

/** Whether an undecorated text reads as a region, a group or a period (SECTION_LABEL). */
function readsAsLabel(text: string, inNameColumn: boolean): boolean {
  if (text.length > 80) return false;
  // The label alone is short; a remark after it may say more of the group (ENTREPRISES /
  // ASSOCIATIONS (facture, virement ou chèque)).
  const bare = foldTraditional(text.toLowerCase()).replace(TRAILING_REMARK, '').trim();
  if (bare === '' || bare.length > 40) return false;
  // Numbered as a Chinese outline numbers its parts (一、电子厂, 二、贸易公司, （三）个体): a heading,
  // though it names a kind of firm, as no customer's name opens so.
  if (OUTLINE_NUMBERED.test(bare)) return true;
  if (ORGANISATION_END.test(bare)) return false;
  if (
    SECTION_LABEL.test(bare) ||
    HEADS_WHAT_FOLLOWS.test(bare) ||
    PLACE_LIST.test(bare) ||
    isMonthOfYear(bare) ||
    SECTION_ABROAD.test(bare)
  )
    return true;
  if (ENGLISH_GROUP_END.test(bare) && (!inNameColumn || ENGLISH_GROUP.test(bare))) return true;
  // A label with its translation after it, as Hong Kong and Macau sheets write one: 香港客戶 Hong Kong.
  const halves = bilingualHalves(bare);
  return halves !== null && !ORGANISATION_END.test(halves.han) && SECTION_LABEL.test(halves.han);
}

/**
 * A month of a year, as a job log heads each month's rows: OCTOBER 2026, Nov 2026, Sept. 2026,
 * OKTOBER 2026, NOVIEMBRE 2026, ОКТЯБРЬ 2026 (Қазан) with the month in Kazakh after it (see
 * monthFromName), and a register its groups: OCTOBER 2026 BATCHES; perhaps labelled as a month
 * (Bulan: OKTOBER 2026, Month: Nov 2026). The year is needed: May, April and June alone are as
 * likely someone's name.
 */
function isMonthOfYear(text: string): boolean {
  const m = MONTH_OF_YEAR.exec(text.replace(MONTH_LABEL, ''));
  return m !== null && monthFromName(m[1] ?? '') !== null;
}

const MONTH_OF_YEAR = new RegExp(
  `^([a-z\\u00e0-\\u00ff\\u0430-\\u044f\\u0451]{3,10})\\.?\\s+\\d{4}(?:\\s+(?:${GROUP_WORDS}))?(?:\\s*[(（][^()（）]{1,20}[)）])?$`,
);
/** A month's label before its name, in the languages ledgers are kept in: Bulan:, Month:, Monat:. */
const MONTH_LABEL = /^(?:bulan|month|monat|mes|mois|mese|maand|månad|miesiąc|měsíc|ay)\s*[:：]\s*/;

/** Whether a text ends as a company's name does: 远帆贸易有限公司, Acme Trading Ltd. */
export function endsAsOrganisation(text: string): boolean {
  return ORGANISATION_END.test(foldTraditional(text)) || COMPANY_FORM.test(text);
}

/**
 * Whether a merged range spans more than half of a table's own columns (`width` columns, the
 * `managedColumns` aside, which a run appends to the right of a section line merged before
 * them): a band across the table, where a long company name merged over B:D of twelve columns
 * is not.
 */
export function spansTable(merge: WideMerge, width: number, managedColumns: readonly number[]): boolean {
  const end = Math.min(merge.column + merge.columns, width);
  let covered = 0;
  for (let c = merge.column; c < end; c++) if (!managedColumns.includes(c)) covered++;
  return 2 * covered > width - managedColumns.length;
}
