import type { SkippedRowReason } from '../model/skippedRow.ts';
import type { Cell, FormulaCell, TableRole, WideMerge } from '../model/table.ts';
import { asciiLowerCode } from '../parse/asciiCase.ts';
import { monthFromName, thaiMonthFromName } from '../parse/calendarText.ts';
import { cellToText, normalizeText } from '../parse/cellToText.ts';
import { isNfkcStable, isNfkcStableCode } from '../parse/nfkc.ts';
import { isPlaceholderText, mayStartPlaceholder } from '../parse/placeholderText.ts';
import { alternationOf } from '../parse/regExpSource.ts';
import { foldedCode, foldTraditional } from '../parse/simplifiedChinese.ts';
import { managedColumnOf } from '../pipeline/managedColumnList.ts';
import { bilingualHalves, saysInBothHalves } from './bilingualHalves.ts';
import { normalizedHeaderHead, normalizeHeader } from './normalizeHeader.ts';
import { endsAsOrganisation, isSectionLabel, spansTable } from './sectionLines.ts';

/**
 * The words a total is labelled with in the languages written with spaces between words: alone as a
 * cell (TOTAL_LABELS), first before what they add up (TOTAL_WORD_FIRST: Summe Mai, Kopā martā (19
 * dok.)) and before a colon and a long count (LONG_LABELLED_TOTAL: Kopā: 10 pircēji (…)). One list,
 * so that a language's total is added once. In lower case, accents and all.
 */
const TOTAL_WORDS: readonly string[] = [
  // English.
  'total',
  'totals',
  'subtotal',
  'sub-total',
  'sub total',
  'grand total',
  'sum',
  // Vietnamese: Tổng, Tổng cộng, Cộng.
  'tổng',
  'tổng cộng',
  'cộng',
  // Totals in the other languages ledgers are kept in: Polish, Turkish (its carried forward, NAKLİ
  // YEKÜN, lower-cased with İ's dot apart), German, Spanish, Portuguese, Italian, Indonesian and
  // Malay, Thai, Dutch, Czech, Swedish, Greek and Hungarian (see also isTotalAbroad). Not French's
  // Somme: its first two letters are a sales order's number's (SO2307010001), which every row of
  // an order export would then read the long way.
  'razem',
  'celkem',
  'součet',
  'mezisoučet',
  'ogółem',
  'łącznie',
  'toplam',
  'genel toplam',
  'ara toplam',
  'yekün',
  'nakli yekün',
  'nakli̇ yekün',
  'totalt',
  'summa',
  'totalsumma',
  'delsumma',
  'summa totalt',
  'totaal',
  'subtotaal',
  'eindtotaal',
  'totaal generaal',
  'algemeen totaal',
  'summe',
  'gesamt',
  'gesamtsumme',
  'zwischensumme',
  'endsumme',
  'total general',
  'total geral',
  'total général',
  'totale',
  'totale generale',
  'jumlah',
  'jumlah total',
  // Malay's grand total.
  'jumlah besar',
  'jumlah keseluruhan',
  // Russian: the total, in all, the grand total.
  'итого',
  'всего',
  'общий итог',
  // Bulgarian: in all, everything.
  'общо',
  'всичко',
  // Ukrainian: in all, together.
  'всього',
  'усього',
  'разом',
  // Lithuanian: in all, all (without its accent as often typed).
  'iš viso',
  'is viso',
  'viso',
  // Latvian: together, all together (without their long vowel as often typed), the sum.
  'kopā',
  'kopa',
  'pavisam kopā',
  'pavisam kopa',
  'kopsumma',
  // Finnish: in all, all in all, a part's sum.
  'yhteensä',
  'kaikki yhteensä',
  'välisumma',
  // Tagalog: the sum.
  'kabuuan',
  // Croatian: in all, all in all; Serbian's in all too.
  'ukupno',
  'sveukupno',
  'svega',
  // Slovenian: in all, all of it together, a part's sum.
  'skupaj',
  'vse skupaj',
  'skupno',
  'delna vsota',
  // Slovak: in all, all together, a part's sum.
  'spolu',
  'celkom',
  'spolu celkom',
  'medzisúčet',
  // Hungarian: in all, all in all, the final sum, a part's sum.
  'összesen',
  'mindösszesen',
  'végösszeg',
  'részösszeg',
  // Greek totals, with and without their accents (capitals write none).
  'σύνολο',
  'συνολο',
  'γενικό σύνολο',
  'γενικο συνολο',
  'μερικό σύνολο',
  'μερικο συνολο',
  // Thai: in all, all of it, the sum.
  'รวม',
  'รวมทั้งหมด',
  'ยอดรวม',
];

/**
 * Totals and subtotals as ledgers label them: 合计, 总计, 小计, 共计 (本页小计, 合计：),
 * Total, Subtotal, Grand total, Sum — as the whole cell, perhaps with a colon and a figure after
 * it, so that a company called "Total Solutions" is still a customer. Compared with traditional
 * characters folded: 總計 and 合計 are totals too. A ledger kept over pages carries its running
 * total from one page to the next on lines of their own: 过次页 at the foot of a page and 承前页
 * at the head of the next, Balance c/f and b/f (carried and brought forward) in English.
 */
const TOTAL_LABELS = new Set([
  '合计',
  '总计',
  '小计',
  '共计',
  // Cantonese: 合共 and 總共 (合共：6 位客戶).
  '合共',
  '总共',
  '总和',
  '总数',
  // A summary line (汇总) under a WPS sheet's rows.
  '汇总',
  // The tax a period's sales collected, under them: GST collected, 税额合计.
  'gst collected',
  'gst',
  'total gst',
  'gst total',
  'vat',
  'total vat',
  'vat total',
  'tax collected',
  'total tax',
  '税额合计',
  // A day's, a week's or a month's takings under a till's receipts.
  '日合计',
  // As Japanese ledgers write them (計 folded to 计): a month's, a day's and each ten days' totals.
  '月计',
  '日计',
  '旬计',
  '上旬计',
  '中旬计',
  '下旬计',
  '総计',
  '本日合计',
  // A till's day-end line (日结, 日结合计), as a restaurant's spending book closes each day.
  '日结',
  '日结合计',
  '本日日结',
  '当日合计',
  '周合计',
  '本周合计',
  '月合计',
  '合计笔数',
  '总笔数',
  '累计',
  '总合计',
  '本页合计',
  '本页小计',
  '本月合计',
  '本月小计',
  '全部合计',
  '以上合计',
  '合计金额',
  '本年累计',
  '本月累计',
  '过次页',
  '承前页',
  // What an earlier year or page left owed, carried into this one (上年结转（2025年赊欠未收回）,
  // Balance b/f): no sale of the period.
  '上年结转',
  '上月结转',
  '上期结转',
  '上页结转',
  '结转',
  '上年余额',
  '上年结余',
  '期初余额',
  'balance brought forward',
  'balance b/f',
  'brought forward',
  'b/f',
  'b/fwd',
  '转次页',
  '承上页',
  '接上页',
  '转下页',
  // Korean totals: 합계, 총계, 소계, 총.
  '합계',
  '총계',
  '소계',
  '총',
  // Arabic: the total, the sum, the grand total (with and without the hamza).
  'الإجمالي',
  'الاجمالي',
  'إجمالي',
  'اجمالي',
  'المجموع',
  'المجموع الكلي',
  ...TOTAL_WORDS,
  'b/f',
  'c/f',
  'balance b/f',
  'balance c/f',
  'bal b/f',
  'bal c/f',
  'total b/f',
  'total c/f',
  'brought forward',
  'carried forward',
  'balance brought forward',
  'balance carried forward',
  'opening balance',
  'closing balance',
  // Figures so far: year, month and quarter to date.
  'ytd',
  'mtd',
  'qtd',
  'year to date',
  // A deals table's figures under its deals: the open deals' values weighted by their chances.
  'weighted pipeline',
  'weighted total',
  'weighted value',
  'pipeline total',
  'total pipeline',
  '加权合计',
  '加权金额',
]);

/** The sign a sheet's totals row may be labelled with alone: Σ (Greek sigma) or ∑ (n-ary sum). */
const SUM_SIGNS = new Set(['\u03a3', '\u2211']);
// What may follow the label: a colon and anything (合计：4 位客户, Total: 12 accounts), or a
// figure with a short unit and perhaps a currency before it (合计 ¥1,200 元, 合計 NT$10,640,
// Total RMB 800, Total 12 rows). A word after the label without either (Total Solutions, Sum Kee
// 88) keeps the cell a name.
const AFTER_LABEL =
  /(?:\s*[:：].*|\s*(?:(?:rmb|cny|hkd?|nt|ntd|twd|mop|usd?|eur|gbp)\s?)?[¥￥$€£]?\s*\d[\d.,\s]*[^\d]{0,8})$/;

/**
 * The codes of the labels' first characters: what any totals cell starts with, the label being
 * its start. A code is a small integer, where the pair of two codes (pairOf) of two CJK
 * characters is too large for one and makes a new number in memory.
 */
const TOTAL_FIRST_CODES = new Set([...TOTAL_LABELS].map((label) => label.charCodeAt(0)));

/**
 * The first two characters of the labels (lower case), as one number each (see pairOf), with the
 * third characters the labels of that pair go on with (ASCII letters in lower case, traditional
 * ones folded), or null where a label of the pair is only two characters long (合计). The third
 * tells součet from an order number starting with SO (SO2307010001), which would otherwise read
 * the long way on every row of an order export. Made on first use: folding the labels builds the
 * table of traditional characters, a cost at every start of an app that may never read a table
 * (`crm clv` on a CDNOW text file).
 */
let totalFirstPairs: Map<number, Set<number> | null> | null = null;

function totalFirstPairsOf(): Map<number, Set<number> | null> {
  if (totalFirstPairs !== null) return totalFirstPairs;
  const pairs = new Map<number, Set<number> | null>();
  for (const label of TOTAL_LABELS) {
    const pair = pairOf(label);
    const thirds = pairs.get(pair);
    if (thirds === null) continue;
    if (label.length < 3) pairs.set(pair, null);
    else {
      const set = thirds ?? new Set<number>();
      set.add(lowerCode(foldedCode(label.charCodeAt(2))));
      pairs.set(pair, set);
    }
  }
  totalFirstPairs = pairs;
  return pairs;
}

/** Whether a text starts as a total's label does, by its first two or three characters. */
function startsAsTotalLabel(text: string): boolean {
  const thirds = totalFirstPairsOf().get(pairOf(text));
  if (thirds === undefined) return false;
  return thirds === null || text.length < 3 || thirds.has(lowerCode(foldedCode(text.charCodeAt(2))));
}

/**
 * The first two characters of a text, ASCII letters in lower case and traditional ones folded,
 * as one number.
 */
function pairOf(text: string): number {
  return lowerCode(foldedCode(text.charCodeAt(0))) * 0x10000 + lowerCode(foldedCode(text.charCodeAt(1)));
}

/**
 * A character's code in lower case: ASCII by arithmetic, a Latin letter with its accents (Ổ of
 * TỔNG CỘNG) through toLowerCase; other scripts have no case.
 */
function lowerCode(code: number): number {
  if (code < 0x80) return asciiLowerCode(code);
  return code < 0x2000 ? String.fromCharCode(code).toLowerCase().charCodeAt(0) : code;
}

function isTotalLabel(text: string): boolean {
  if (text.length > 24) return isTotalFor(text);
  if (text.length < 2) return SUM_SIGNS.has(text);
  // A label in brackets, as 速达 and others print it: 【小计】, [合计], （总计）. Told by the last
  // character first, which few cells end in.
  const last = text.charCodeAt(text.length - 1);
  if (isClosingBracket(last) && CLOSING_BRACKET.get(text.charCodeAt(0)) === last)
    return isTotalLabel(text.slice(1, -1).trim());
  // Most cells settle on their first character, or their first two or three, without a trimmed,
  // lower-cased copy: a cell that does not start with white space starts as its label does.
  const head = text.charCodeAt(0);
  if (head > 0x20 && !(TOTAL_FIRST_CODES.has(lowerCode(foldedCode(head))) && startsAsTotalLabel(text)))
    return isSectionTotal(text);
  const bare = foldTraditional(text.trim().toLowerCase());
  // AFTER_LABEL only takes text off the end, so a totals cell starts with a label's first character.
  if (!TOTAL_FIRST_CODES.has(bare.charCodeAt(0))) return false;
  if (TOTAL_LABELS.has(bare)) return true;
  // A label and what it adds up in brackets: GENEL TOPLAM (EKİM–KASIM), Total (Oct–Nov); the
  // month too before the count of its documents, Summe Mai (9 Belege), Viso už kovą (17 dok.).
  const beforeBracket = bare.length <= 40 ? beforeBracketedEnd(bare) : null;
  if (beforeBracket !== null && (TOTAL_LABELS.has(beforeBracket) || isTotalAbroad(beforeBracket)))
    return true;
  const label = bare.replace(AFTER_LABEL, '').trim();
  if (
    TOTAL_LABELS.has(label) ||
    TOTAL_FOR.test(bare) ||
    TOTAL_COUNT.test(bare) ||
    TOTAL_PERIOD.test(bare) ||
    isTotalAbroad(bare)
  )
    return true;
  // A label and its translation after a slash: รวมทั้งหมด / Grand total, Summe / Total.
  const slash = label.indexOf('/');
  if (
    slash > 0 &&
    TOTAL_LABELS.has(label.slice(0, slash).trim()) &&
    TOTAL_LABELS.has(label.slice(slash + 1).trim())
  )
    return true;
  // A label with its translation: Total 總數, 合計 Total, and TỔNG CỘNG 總計 (10 + 11) with what it
  // adds up in brackets.
  if (isTranslatedLabel(label) || (beforeBracket !== null && isTranslatedLabel(beforeBracket))) return true;
  if (isTotalThenTranslation(text)) return true;
  // A group's total whose name starts as a label does (Week total: we… as weighted total).
  return isSectionTotal(text);
}

/**
 * A total, a dash and its translation, as a bilingual book labels it: GRAND TOTAL – الإجمالي, Total
 * October – إجمالي أكتوبر. The first half is a total (isTotalLabel); the second a total too, or
 * starts with the Arabic one (what it adds up after it).
 */
function isTotalThenTranslation(text: string): boolean {
  const m = DASHED_HALVES.exec(text.trim());
  if (m === null) return false;
  const first = m[1] ?? '';
  const second = (m[2] ?? '').toLowerCase();
  return (
    first.length <= 24 && isTotalLabel(first) && (ARABIC_TOTAL_FIRST.test(second) || isTotalLabel(second))
  );
}

/** Two halves with a dash between them, spaced: Total October – إجمالي أكتوبر. */
const DASHED_HALVES = /^(\S.{0,30}?)\s+[–—-]\s+(\S.{0,40})$/;
/** The Arabic total's word, what it adds up after it: إجمالي أكتوبر, المجموع الكلي. */
const ARABIC_TOTAL_FIRST = /^(?:ال)?(?:إجمالي|اجمالي|مجموع)(?:\s|$)/;

/** Whether a text is a total's label and its translation, each a label: Total 總數, 合計 Total. */
function isTranslatedLabel(text: string): boolean {
  return saysInBothHalves(text, (half) => TOTAL_LABELS.has(half));
}

/** A text in Latin letters (digits allowed), then Chinese after a space: Cộng tháng 10 十月合計. */
const HAN_AFTER = /^(\P{Script=Han}+?)\s+(\p{Script=Han}[\p{Script=Han}\d]{0,10})$/u;

/**
 * A group's total as reports by customer label it, the group's name after the label: Total for
 * Bright Pixel Studio (QuickBooks' sales by customer), Subtotal for …, Total of …. Whatever the
 * name's length; a company called Total Solutions is still a name.
 */
const TOTAL_FOR = /^\s*(?:sub-?\s?)?totals?\s+(?:for|of)\s+\S/i;
/**
 * A label and a colon before a longer count than a short cell holds: Total: 7 customers (6
 * active), 合计：共 12 位客户，其中 3 位新客户.
 */
const LONG_LABELLED_TOTAL = new RegExp(
  `^\\s*(?:${alternationOf(TOTAL_WORDS)}|合计|总计|共计|合共|总共|합계|총계)\\s*[:：]\\s*\\S`,
  'i',
);

/**
 * A total and the days it adds up: TOTAL Nov 1-21, Total November, Total Nov 2026, and in
 * Vietnamese Tổng tháng 10 and Cộng tháng 10 (the month's).
 */
const TOTAL_PERIOD =
  /^\s*(?:(?:grand\s+)?totals?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?(?:,?\s*\d{4})?|(?:tổng(?: cộng)?|cộng)\s+tháng\s*\d{1,2}(?:\s*[/-]\s*\d{4})?)\s*$/;

/**
 * A total and what it adds up in another language: its months (Summe Oktober, Total noviembre,
 * Subtotal Oktober, Gesamt Okt.–Nov. 2026, ALGEMEEN TOTAAL okt. + nov. 2026, รวม ต.ค., SUB-TOTAL
 * 1–15 NOV), or what is owed (TOTAL DENI: Swahili's debt; Total due, Total outstanding). `bare` is
 * trimmed and in lower case.
 */
function isTotalAbroad(bare: string): boolean {
  const m = TOTAL_WORD_FIRST.exec(bare);
  if (m === null) return false;
  const rest = bare.slice(m[0].length);
  if (OWED.test(rest) || COUNTED.test(rest) || COUNTED_AFTER_COLON.test(rest)) return true;
  // The month's name with its year or the days it adds up (SUB-TOTAL 1–15 NOV): one month at least.
  // The year may keep the dot Serbian and Latvian write after it (SVEGA mart–april 2026.).
  const words = rest.split(/[\s\-–—/+&]+/).filter((w) => w !== '');
  const month = (w: string) =>
    monthFromName(w) !== null || thaiMonthFromName(w) !== null || ROMAN_MONTH.test(w);
  return (
    words.length > 0 &&
    words.length <= 5 &&
    words.some(month) &&
    words.every((w) => /^(?:\d{4}\.?|\d{1,2})$/.test(w) || month(w))
  );
}

/** A month in Roman numerals, as Polish ledgers write one (RAZEM X–XI 2026). */
const ROMAN_MONTH = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/;
/**
 * A total's word first (TOTAL_WORDS), perhaps with the word for of after it, as Russian, Ukrainian and
 * Lithuanian write a month's (Разом за лютий, Viso už kovą).
 */
const TOTAL_WORD_FIRST = new RegExp(`^(?:${alternationOf(TOTAL_WORDS)})(?:\\s+(?:за|už))?\\s+`);
/**
 * A count of what the table lists after the label, its breakdown perhaps after it: รวม 12 คน
 * (ไทย 7 · ต่างชาติ 5); in two words only with the breakdown, Toplam 11 müşteri cari (8 yurt içi,
 * 3 yurt dışı), as Total 8 Fitness Studio is a name.
 */
const COUNTED =
  /^\d{1,6}\s*\p{L}{1,12}(?:(?:\s*[(（][^()（）]{1,40}[)）])?|\s\p{L}{1,12}\s*[(（][^()（）]{1,40}[)）])$/u;
/** The same, what is counted named before a colon: Totale clienti: 14 (7 aziende, 7 privati). */
const COUNTED_AFTER_COLON = /^\p{L}{1,12}\s*[:：]\s*\d{1,6}(?:\s*[(（][^()（）]{1,40}[)）])?$/u;
/** What a total of what is owed names after its label. */
const OWED = /^(?:due|owed|owing|outstanding|balance|receivables?|deni|madeni|utang|piutang|debt|debts)$/;

/**
 * A group's or a page's total, its name first: Won total, Page total, North region subtotal, Week 1
 * Total.
 */
const TOTAL_OF_GROUP = /^[a-z][a-z0-9 ]{0,24}\s(?:sub-?)?totals?$/;
/**
 * A total of what the table counts, then a colon and the figure (Total contacts: 7, Total
 * accounts: 12), or the figure and then what it counts, perhaps in two languages (Total 13 个客户
 * customers).
 */
const TOTAL_COUNT =
  /^\s*(?:grand\s+)?totals?\s+(?:[a-z][a-z ]{1,20}[:：]\s*\d|\d[\d,]*\s*(?:[\u4e00-\u9fa5]{1,4}\s*)?[a-z]{2,12}$)/;

function isTotalFor(text: string): boolean {
  if (isCountOfRows(text)) return true;
  // A label and what it adds up in brackets, long with them: GENEL TOPLAM (EKİM–KASIM).
  const beforeBracket = text.length <= 80 ? beforeBracketedEnd(text) : null;
  if (
    beforeBracket !== null &&
    beforeBracket.length >= 2 &&
    beforeBracket.length <= 24 &&
    isTotalLabel(beforeBracket)
  )
    return true;
  // A total in another language with what it counts or adds up: รวม 12 คน (ไทย 7 · ต่างชาติ 5).
  if (
    text.length <= 80 &&
    TOTAL_FIRST_CODES.has(lowerCode(text.charCodeAt(0))) &&
    isTotalAbroad(text.trim().toLowerCase())
  )
    return true;
  // Total October – إجمالي أكتوبر: a total and its translation after a dash.
  if (
    text.length <= 80 &&
    TOTAL_FIRST_CODES.has(lowerCode(text.charCodeAt(0))) &&
    isTotalThenTranslation(text)
  )
    return true;
  // Active: 11   Frozen: 1   Cancelled: 2: counts of the rows by what they are, and nothing else.
  if (text.length <= 80 && text.charCodeAt(text.length - 1) <= 0x39 && COUNTS_LINE.test(text)) return true;
  // Long cells are mostly addresses, emails and remarks: one look at the first character (t, s,
  // or a space) passes over them before the pattern is tried.
  const head = text.charCodeAt(0) | 0x20;
  if ((head === 0x74 || head === 0x73 || head === 0x20) && text.length <= 200 && TOTAL_FOR.test(text))
    return true;
  const first = foldedCode(text.charCodeAt(0));
  if (!LONG_TOTAL_HEADS.has(lowerCode(first)) || text.length > 80) return false;
  const folded = foldTraditional(text);
  // A count with its breakdown after it: 共 12 位（朋友圈 4，老客介绍 4，抖音 4）, Total students: 14
  // (Oct: 9, Nov: 5).
  return (
    (colonWithin(folded, LONGEST_LABEL) && LONG_LABELLED_TOTAL.test(folded)) ||
    (first === GONG && COUNT_LINE.test(folded)) ||
    (head === 0x74 && TOTAL_COUNT.test(folded.toLowerCase()))
  );
}

/**
 * The first characters, in lower case, of LONG_LABELLED_TOTAL's labels and of the counts after 共:
 * a long cell starting otherwise is no total of theirs, and the patterns are not tried on it.
 */
const LONG_TOTAL_HEADS = new Set(
  [...TOTAL_WORDS.map((word) => word.charAt(0)), ...'合总共합총'].map((c) => c.charCodeAt(0)),
);
/** How far into a cell LONG_LABELLED_TOTAL's colon can stand: its longest label and some room. */
const LONGEST_LABEL = Math.max(...TOTAL_WORDS.map((word) => word.length)) + 4;

/** Whether a colon (: or ：) stands among the first `within` characters of `text`. */
function colonWithin(text: string, within: number): boolean {
  const end = Math.min(text.length, within);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a || code === 0xff1a) return true;
  }
  return false;
}

/** Two or more counts, each a word or two, a colon and a number: Active: 11   Frozen: 1. */
const COUNTS_LINE =
  /^(?:\s*[A-Za-z\u4e00-\u9fa5][A-Za-z\u4e00-\u9fa5 ]{0,15}\s*[:：]\s*\d+[\s,，;；|]*){2,}$/;

/** 】 ] ) ） 〕 ］ > 》 〉: the closing brackets of CLOSING_BRACKET. */
function isClosingBracket(code: number): boolean {
  return code < 0x80
    ? code === 0x29 || code === 0x3e || code === 0x5d
    : code === 0x3009 ||
        code === 0x300b ||
        code === 0x3011 ||
        code === 0x3015 ||
        code === 0xff09 ||
        code === 0xff3d;
}

/** The closing bracket of each opening one a totals label may stand between. */
const CLOSING_BRACKET = new Map(
  ['【】', '[]', '()', '（）', '〔〕', '［］', '<>', '《》', '〈〉'].map((pair) => [
    pair.charCodeAt(0),
    pair.charCodeAt(1),
  ]),
);

/**
 * Totals a label of their own does not start: a section's or a month's (9月小计, 华东区合计,
 * 10月小計, Won total, Page total) and a count of the rows (共 5 位客人, 共5家). Told by their last
 * characters, or their first, so that most cells pass over them on a code or two.
 */
function isSectionTotal(text: string): boolean {
  const last = foldedCode(text.charCodeAt(text.length - 1));
  if (last === JI || last === GYE) {
    if (SECTION_TOTAL.test(foldTraditional(text.trim()))) return true;
    // Cộng tháng 10 十月合計: a month's total, its translation after it.
    const m = HAN_AFTER.exec(text.trim());
    return (
      m !== null &&
      SECTION_TOTAL.test(foldTraditional(m[2] ?? '')) &&
      TOTAL_PERIOD.test((m[1] ?? '').toLowerCase())
    );
  }
  // 四季度小计（截至11月）, 소계 (1~15일): a section's total with a remark in brackets after it.
  const close = text.charCodeAt(text.length - 1);
  if ((close === 0xff09 || close === 0x29) && text.length <= 40) {
    const bare = text.replace(TRAILING_BRACKETED, '').trim();
    const end = foldedCode(bare.charCodeAt(bare.length - 1));
    if ((end === JI || end === GYE) && (SECTION_TOTAL.test(foldTraditional(bare)) || TOTAL_LABELS.has(bare)))
      return true;
  }
  // Q1 total (Jul-Sep), Q2 to date (Oct-Dec), FY to date: a period's figures so far, its months
  // perhaps in brackets after it. Few cells end in a bracket or in "date".
  if (
    (last === 0x29 || last === 0xff09 || endsInDate(text)) &&
    text.length <= 40 &&
    PERIOD_TOTAL.test(text.trim().toLowerCase())
  )
    return true;
  // EKİM TOPLAMI, Sayfa toplamı: Turkish names the group before its total (toplamı, its total).
  const letter = last | 0x20;
  // The t of toplamı seven characters from the end tells before the pattern.
  if (
    (letter === 0x69 || close === 0x131) &&
    text.length <= 40 &&
    (text.charCodeAt(text.length - 7) | 0x20) === 0x74 &&
    TOTAL_AFTER_GROUP_TR.test(text)
  )
    return true;
  // Október összesen, Lokakuu yhteensä: Hungarian and Finnish name the group before its total.
  if ((letter === 0x6e || last === 0xe4) && text.length <= 40 && TOTAL_AFTER_GROUP_HU_FI.test(text))
    return true;
  // Won total, Page subtotals: a t where "total" or "totals" would start, before the pattern.
  if (letter === 0x6c || letter === 0x73) {
    const t = text.length - (letter === 0x73 ? 6 : 5);
    if (t <= 0 || (text.charCodeAt(t) | 0x20) !== 0x74) return false;
    if (TOTAL_OF_GROUP.test(text.trim().toLowerCase())) return true;
    // 9月小计 Sep Sub-total: a month's total with its translation.
    const halves = bilingualHalves(text);
    return (
      halves !== null &&
      SECTION_TOTAL.test(foldTraditional(halves.han)) &&
      TOTAL_OF_GROUP.test(halves.latin.toLowerCase())
    );
  }
  const first = foldedCode(text.charCodeAt(0));
  return (
    ((first === GONG || first === JI || first === CHONG) && COUNT_LINE.test(foldTraditional(text))) ||
    isCountOfRows(text)
  );
}

/**
 * A text without the remark in brackets at its end (a closing bracket its last character), trimmed;
 * null for a text that ends in none.
 */
function beforeBracketedEnd(text: string): string | null {
  const close = text.charCodeAt(text.length - 1);
  if (close !== 0x29 && close !== 0xff09) return null;
  const before = text.replace(BRACKETED_AT_END, '').trim();
  return before === text ? null : before;
}

/** A remark in brackets at a text's end; it opens with its bracket (see TRAILING_BRACKETED). */
const BRACKETED_AT_END = /[(（][^()（）]{1,40}[)）]$/;

/**
 * A group's total in Hungarian or Finnish, the group named first: Október összesen, NOVEMBER
 * ÖSSZESEN, Lokakuu yhteensä.
 */
const TOTAL_AFTER_GROUP_HU_FI = /^\S.{0,30}\s(?:(?:mind)?összesen|yhteensä)$/i;

/** A group's total in Turkish, the group named first: EKİM TOPLAMI, Sayfa toplamı. */
const TOTAL_AFTER_GROUP_TR = /^\S.{0,30}\stoplam[ıi]$/i;

/**
 * A count of the customers listed, the number first, perhaps with its breakdown in brackets: 11
 * Kunden (6 privat, 5 Gewerbe), 12 customers, 14 pelanggan. Told by its first character, a digit.
 */
function isCountOfRows(text: string): boolean {
  // Dates, amounts and ids start with digits too: a space after the digits tells first.
  let i = 0;
  while (i < 7 && isDigitCode(text.charCodeAt(i))) i++;
  return i > 0 && text.charCodeAt(i) === 0x20 && text.length <= 80 && COUNT_OF_ROWS.test(text);
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const COUNT_OF_ROWS =
  /^\d{1,6}\s+(?:customers|clients|contacts|members|students|patients|guests|accounts|kunden|clientes|pacientes|clienti|pelanggan|คน)(?:\s*[(（][^()（）]{1,40}[)）])?\s*$/i;

/**
 * A period's total or its figures to date, the period named first (Q1 total, FY to date, Year to
 * date, Q2 to date (Oct-Dec), H1 subtotal (Jan-Jun)).
 */
const PERIOD_TOTAL =
  /^(?:(?:[a-z][a-z0-9 ]{0,24}\s(?:sub-?)?totals?|(?:(?:q[1-4]|h[12]|fy\s?\d{0,4}|year|month|quarter|season)\s+)?to\s+date)(?:\s*[(（][^()（）]{1,20}[)）])?)$/;

/** Whether a text ends in "date", any case, on four character codes. */
function endsInDate(text: string): boolean {
  const n = text.length;
  return (
    n >= 4 &&
    (text.charCodeAt(n - 1) | 0x20) === 0x65 &&
    (text.charCodeAt(n - 2) | 0x20) === 0x74 &&
    (text.charCodeAt(n - 3) | 0x20) === 0x61 &&
    (text.charCodeAt(n - 4) | 0x20) === 0x64
  );
}

/** A remark in brackets at the end of a text: （截至11月）. */
const TRAILING_BRACKETED = /[（(][^（）()]{1,20}[）)]\s*$/;

/** 计 (of 小计, 合计) and 共 (of 共 5 位). */
const JI = 0x8ba1;
const GONG = 0x5171;
/** 계 (Korean: a sum, of 합계, 소계, 총계). */
const GYE = 0xacc4;
/** 총 (Korean: in all). */
const CHONG = 0xcd1d;
/**
 * The name of a section, a month or a customer (a ledger grouped by customer closes each group
 * with 广州联创建材有限公司 小计), then 小计 or 合计 (9月 月合计, 3月 月度小计 and 11月3日 日合计 too;
 * 11월 합계 in Korean).
 */
const SECTION_TOTAL =
  /^[^\s:：]{1,20}\s?(?:日|周|月|月度|季度|本月|本页)?(?:小计|合计|旬计|月计|日计|합계|소계|총계)$/;
/**
 * 共, a count and what is counted: 共 5 位客人, 共5家, 共 12 笔; 計 as a Japanese list counts its
 * rows (計 11件（業務用 8・個人 3）) and 총 a Korean one (총 12명 (개인 10 / 업체 2)).
 */
const COUNT_LINE = /^(?:[共计]|총)\s*\d+\s*(?:位|个|家|间|名|人|户|条|笔|项|张|单|件|社|명|개|건)/;

/**
 * Lines a ledger carries below (or above) its data: who made it, who checked it, notes, the
 * English label perhaps followed by its Chinese (Prepared by 开单: Ah Mei). Compared with
 * traditional characters folded (製表人 is 制表人); 资料来源 and 汇出时间 are Taiwan's words. The
 * same in the other languages ledgers are kept in: Elaboró, Nota, Erstellt, Catatan, ผู้บันทึก,
 * Người lập biểu, ملاحظة, Întocmit, Utarbeidet av, Забележка, Изготвил, Склала, Перевірив, Parengė,
 * Patikrino.
 */
const NOTE_LABEL =
  /^(?:制表人?|审核人?|审批人?|复核人?|填表人|填报人|经办人|承办人|登录|录入人?|登记人|经手人?|记账人?|出纳|会计|收款人|签字|签名|负责人签字|老板签字|客户签字|备注|说明|注意|注释|注|数据来源|资料来源|导出时间|导出人|汇出时间|汇出人|打印时间|附注|提示|温馨提示|图例|备考|prepared by|approved by|checked by|reviewed by|signed|note|notes|remarks?|source|exported|terms|payment terms|legend|key|abbreviations|n\.?b\.?|p\.?s\.?|elabor[óo]|elaborado por|revis[óo]|autoriz[óo]|nota|notas|observaciones|obs|erstellt(?: von)?|gepr[üu]ft(?: von)?|hinweis|anmerkung|bemerkung|dibuat(?: oleh)?|diperiksa(?: oleh)?|catatan|keterangan|ket|ผู้บันทึก|ผู้จัดทำ|ตรวจ|หมายเหตุ|uwaga|uwagi|sporządzi[łl]a?|wystawi[łl]a?|not|açıklama|hazırlayan|kontrol|người lập(?: biểu| bảng)?|kiểm tra|ghi chú|lưu ý|disediakan oleh|disemak|έλεγχος|ελεγχος|σημείωση|σημειωση|παρατήρηση|παρατηρηση|ملاحظة|ملاحظه|ملاحظات|تنبيه|أعده|اعده|راجعه|huom\.?|huomautus|tarkastanut|laatinut|hyväksynyt|примечание|прим\.?|составил[аи]?|проверил[аи]?|забележк[аи]|изготвил[аи]?|примітк[аи]|склала?|склав|перевірила?|перевірив|pastabos?|pareng[ėe]|patikrino|[îi]ntocmit(?:\s+de)?|verificat(?:\s+de)?|utarbeidet av|merk)(?:\s*[\u4e00-\u9fa5]{1,6})?\s*[:：]/i;

/**
 * Whole-cell lines that close a form: 以下空白 (the rest is blank on purpose), End of list;
 * compared with traditional characters folded (以下無內容).
 */
const END_MARKS = new Set([
  '以下空白',
  '以下无内容',
  '以下无正文',
  '此处空白',
  '以下为空',
  'end of list',
  'end of report',
  '(end)',
]);

const SHOWN_CELLS = 3;
const SHOWN_LENGTH = 80;

/** What the reader needs to know about a table to recognise its rows that hold no record. */
export interface RowContext {
  table: TableRole;
  /** The header, each text normalised (normalizeHeader). */
  normalizedHeader: readonly string[];
  /** How many of those are not empty (the columns a repeated header can repeat). */
  namedColumns: number;
  /** Columns that identify the record (customer id, name, contacts…); empty for none. */
  identityColumns: readonly number[];
  /** Columns of contact details (email, phones, WeChat): a totals row has none. */
  contactColumns: readonly number[];
  /**
   * Columns of customers' names and companies: a text alone in one is a customer known by name
   * only unless it reads as a label (see isSectionLabel); empty for none.
   */
  nameColumns: readonly number[];
  /**
   * The columns the toolkit writes (R, F, M, 客户分群…; see managedColumnOf): a section line an
   * earlier run took for a customer and wrote them into is still a section line.
   */
  managedColumns: readonly number[];
  /**
   * Identifying columns whose values are codes (C000123, 1047): a heading in capitals alone in one
   * names no one (see isSectionLine); empty for none.
   */
  codedColumns: readonly number[];
}

/** The RowContext of a table with this header; the columns as RowContext says. */
export function rowContextOf(
  table: TableRole,
  header: readonly string[],
  identityColumns: readonly number[] = [],
  contactColumns: readonly number[] = [],
  nameColumns: readonly number[] = [],
  codedColumns: readonly number[] = [],
): RowContext {
  const normalizedHeader = header.map(normalizeHeader);
  const namedColumns = normalizedHeader.filter((name) => name !== '').length;
  const managedColumns = header.flatMap((name, column) => (managedColumnOf(name) === null ? [] : [column]));
  return {
    table,
    normalizedHeader,
    namedColumns,
    identityColumns,
    contactColumns,
    nameColumns,
    managedColumns,
    codedColumns,
  };
}

/**
 * Why a row is not a record of its table, or null for a record. Blank rows are not asked about
 * (they are spacing). A totals row carries a total label in one of its first filled cells or in
 * an identifying column; a note line starts with a label and a colon (制表人：…, 备注：…); a
 * section line is one cell alone in its row, merged across most of the table (`wideMerge`, the
 * row's TableData.wideMerges) or reading as a region, a group or a period (华东区, VIP客户) — in
 * the column of names, a name alone (《读者》杂志社, Summit Accounts, a long name merged over a
 * few columns) is a customer whose other details are not known yet; a repeated header (a table
 * pasted twice) repeats most of the header's texts in their columns; a customer row needs at
 * least one identifying value (id, name, company or a contact).
 */
export function skippedRowReason(
  cells: readonly Cell[],
  context: RowContext,
  formulas?: readonly FormulaCell[],
  wideMerge?: WideMerge,
): SkippedRowReason | null {
  // Every row of a table passes here: one array of texts, the same for every row (nothing keeps
  // it), no object per cell.
  const texts = rowTexts;
  texts.length = cells.length;
  let filled = 0;
  let first = '';
  for (let c = 0; c < cells.length; c++) {
    const text = textOf(cells[c]);
    texts[c] = text;
    if (text === '') continue;
    if (filled === 0) first = text;
    filled++;
  }
  return skippedReasonOfTexts(texts, filled, first, context, formulas, wideMerge);
}

/** skippedRowReason's texts of the row at hand (a million rows make no million arrays). */
const rowTexts: string[] = [];

/**
 * skippedRowReason for a row whose texts are at hand: by column (textOf of each cell, '' when
 * empty), with `filled` of them not empty and `first` the first of those. `noLabels` marks the
 * columns (bit c for column c, below 31) whose texts the caller knows are no total's label: a
 * YYYY-MM-DD date, a plain number, a buyer's id an earlier row passed with; a million order
 * rows need not look at them again.
 */
export function skippedReasonOfTexts(
  texts: readonly string[],
  filled: number,
  first: string,
  context: RowContext,
  formulas?: readonly FormulaCell[],
  wideMerge?: WideMerge,
  noLabels = 0,
): SkippedRowReason | null {
  if (filled === 0) return null;
  // A row with someone's email or phone number is theirs, whatever else it says: a company
  // called TOTAL, Total Fitness Ltd. A totals row holds no contact.
  if (!holdsContact(texts, context.contactColumns) && isTotalsRow(texts, context, formulas, noLabels))
    return 'total';
  const identity = context.identityColumns;
  if (
    isNoteLine(first) ||
    (filled === 1 &&
      (END_MARKS.has(foldTraditional(first.toLowerCase())) ||
        (isFootnote(first) && !isMarkedHeading(first)) ||
        isReportStamp(first) ||
        isNoteSentence(first) ||
        KEPT_BY.test(first) ||
        CHECKED_BY.test(first) ||
        RECONCILED_ON.test(first))) ||
    (filled <= 2 && saysClosed(texts))
  )
    return 'note';
  // A record fills more cells than the managed columns and one more: most rows stop at the count.
  // The one cell is the first outside the managed columns, which a user may have moved to the
  // left (a 客户分群 of 潜在客户 before the name would read as a group of customers).
  if (
    filled <= context.managedColumns.length + 1 &&
    filled - filledIn(texts, context.managedColumns) === 1 &&
    isSectionLine(texts, firstFilledOutside(texts, context.managedColumns), context, wideMerge)
  )
    return 'section';
  if (repeatsHeader(texts, filled, context)) return 'repeated-header';
  if (identity.length === 0) return null;
  for (let k = 0; k < identity.length; k++) if ((texts[identity[k] as number] ?? '') !== '') return null;
  return 'no-identity';
}

/**
 * A total label in one of the row's first filled cells or in an identifying column, or a formula
 * that totals a column over the rows above.
 */
function isTotalsRow(
  texts: readonly string[],
  context: RowContext,
  formulas: readonly FormulaCell[] | undefined,
  noLabels: number,
): boolean {
  // The columns of the first filled cells are those up to `lastShown`: an identifying column among
  // them (the id or the name, mostly) has been looked at already.
  let lastShown = -1;
  for (let c = 0, shown = 0; c < texts.length && shown < SHOWN_CELLS; c++) {
    const text = texts[c] as string;
    if (text === '') continue;
    if (!knownNoLabel(noLabels, c) && isTotalLabel(text)) return true;
    lastShown = c;
    shown++;
  }
  // Loops rather than callbacks: every row of a large table passes here.
  const identity = context.identityColumns;
  for (let k = 0; k < identity.length; k++) {
    const column = identity[k] as number;
    if (column > lastShown && !knownNoLabel(noLabels, column) && isTotalLabel(texts[column] ?? ''))
      return true;
  }
  if (formulas !== undefined) for (const f of formulas) if (isColumnTotal(f.formula)) return true;
  return false;
}

/** Whether bit `column` of `noLabels` says the column's text is no total's label (skippedReasonOfTexts). */
function knownNoLabel(noLabels: number, column: number): boolean {
  return column < 31 && ((noLabels >>> column) & 1) === 1;
}

/**
 * Whether a row's one filled cell (in `column`, managed cells aside) heads the rows below it: a
 * merged range that starts in it, across most of the table (spansTable) whatever it says, or
 * over a few columns outside the names' column unless it ends as a company's name; or a text
 * that reads as a section line (isSectionLabel). Someone's email or phone number in the row
 * keeps it a record.
 */
function isSectionLine(
  texts: readonly string[],
  column: number,
  context: RowContext,
  wideMerge: WideMerge | undefined,
): boolean {
  if (column < 0 || holdsContact(texts, context.contactColumns)) return false;
  const text = texts[column] as string;
  const inNameColumn = context.nameColumns.includes(column);
  if (wideMerge !== undefined && wideMerge.column === column) {
    if (spansTable(wideMerge, context.normalizedHeader.length, context.managedColumns)) return true;
    if (!inNameColumn && !endsAsOrganisation(text)) return true;
  }
  // A heading in capitals alone in a column that names nobody (DAIRY FARMERS, POULTRY / GROUPS in
  // the No. column), or in a column of codes without one of its digits (CLÍNICA GERAL over the
  // patients 1047 …): no record's only value.
  // A remark in brackets after it, or its translation after a dash in a script without capitals
  // (PG / OFFICE (bulk), MONTHLY DABBA (tiffin) – रोजचा डबा), leaves it a heading.
  const heading =
    text.length <= 80 ? text.replace(CASELESS_TRANSLATION, '').replace(BRACKETED_REMARK, '') : text;
  if (
    heading.length <= 40 &&
    (!context.identityColumns.includes(column) ||
      (context.codedColumns.includes(column) && !holdsDigit(text))) &&
    CAPITAL_HEADING.test(heading) &&
    !endsAsOrganisation(heading)
  )
    return true;
  return isSectionLabel(text, inNameColumn);
}

/** Whether a text holds an ASCII digit. */
export function holdsDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}

/** A translation after a dash in a script without capitals: – रोजचा डबा, — 月结客户. */
const CASELESS_TRANSLATION = /\s+[–—-]\s+[\p{Lo}\p{M}\s]+$/u;
/**
 * A remark in brackets at the end: (bulk), (tiffin), the villages a region's heading takes in
 * (Kać, Budisava, Kovilj, Veternik, Futog).
 */
const BRACKETED_REMARK = /\s*\([^()]{1,60}\)$/;

/**
 * Words in capitals and nothing lower case: two letters or more, as a heading is written; places
 * may stand apart by middle dots (TEMERIN · ŽABALJ · BEČEJ).
 */
const CAPITAL_HEADING = /^(?=(?:[^\p{Ll}]*\p{Lu}){2})[\p{Lu}\p{M}\s/&,.'’()\-–·0-9]{2,40}$/u;

/** The column of the first text of a row outside `columns` (-1 when none). */
function firstFilledOutside(texts: readonly string[], columns: readonly number[]): number {
  for (let c = 0; c < texts.length; c++) if (texts[c] !== '' && !columns.includes(c)) return c;
  return -1;
}

/** How many of the columns hold text. */
function filledIn(texts: readonly string[], columns: readonly number[]): number {
  let filled = 0;
  for (let k = 0; k < columns.length; k++) if ((texts[columns[k] as number] ?? '') !== '') filled++;
  return filled;
}

/** Whether one of the contact columns holds an email address or a phone number (7 digits or more). */
function holdsContact(texts: readonly string[], columns: readonly number[]): boolean {
  for (let k = 0; k < columns.length; k++) {
    const text = texts[columns[k] as number] ?? '';
    let digits = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x40 || code === 0xff20) return true;
      if (code >= 0x30 && code <= 0x39 && ++digits >= 7) return true;
    }
  }
  return false;
}

/**
 * The line a report prints under itself, alone in its row: QuickBooks' basis and time (Cash
 * Basis Friday, December 4, 2026 09:15 AM GMT-08:00), or a time stamp alone (2026-12-04
 * 09:15:33). A year and a clock time tell a stamp: no customer's name holds both.
 */
function isReportStamp(text: string): boolean {
  if (text.length > 80) return false;
  return REPORT_BASIS.test(text) || (CLOCK_TIME.test(text) && YEAR.test(text));
}

const REPORT_BASIS = /^\s*(?:cash|accrual)\s+basis\b/i;
const CLOCK_TIME = /(?:^|[^\d:])\d{1,2}:\d{2}(?::\d{2})?(?!\d)/;
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?!\d)/;

/**
 * A line alone in its row, marked as a footnote (* 電話同WhatsApp一樣…, ※ 統一編號空白者…) or as
 * an item of a list of notes under the table (• Collection Fri/Sat only, ● 老客户9.5折).
 */
function isFootnote(text: string): boolean {
  return NOTE_MARKS.has(text.charCodeAt(0)) && text.length > 2;
}

/**
 * A heading in capitals after a footnote's mark or a bullet: * NHÀ HÀNG – KHÁCH SẠN, • RETAIL. It
 * heads the rows below it (a section line), where a footnote says something.
 */
function isMarkedHeading(text: string): boolean {
  return CAPITAL_HEADING.test(text.slice(1).trim());
}

/** * ＊ ※ and the bullets • ● ◆ ■ ▪ ◦ ‣ ・. */
const NOTE_MARKS = new Set([
  0x2a, 0xff0a, 0x203b, 0x2022, 0x25cf, 0x25c6, 0x25a0, 0x25aa, 0x25e6, 0x2023, 0x30fb,
]);

/**
 * A sentence alone in its row, as a note under a table reads: Not VAT registered (turnover under
 * the threshold).; Rates: HMRC monthly exchange rate for the month invoiced.; 以上金额均含税。
 * Five words or more ending with a full stop (not a company's Ltd. or Inc.), eight or more saying
 * something without one (are, is, not, my), a short label and a colon before four words or more,
 * or Chinese text of eight characters or more ending with 。.
 * A customer's name is no sentence.
 */
function isNoteSentence(text: string): boolean {
  const trimmed = text.trim();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (last === 0x3002) return trimmed.length >= 8;
  if (LABELLED_SENTENCE.test(trimmed)) return true;
  if (trimmed.length > 300) return false;
  const words = trimmed.split(/\s+/);
  // Eight words or more saying something, full stop or not: Gate codes + key safe numbers are in
  // my phone, not in here.
  if (last !== 0x2e) return words.length >= 8 && SAYS_SOMETHING.test(trimmed);
  return words.length >= 5 && !COMPANY_ABBREVIATION.test(words[words.length - 1] ?? '');
}

/**
 * A line alone in its row saying who keeps the table, without the colon of a label (NOTE_LABEL):
 * Bijgehouden door Ilse de Wit – controle Sander, Prepared by Ah Mei 1/12, Saisi par Marc Garnier –
 * vérifié par Émilie. No customer's name starts with these words.
 */
const KEPT_BY =
  /^(?:(?:prepared|kept|maintained|compiled|updated)\s+by|(?:bijgehouden|opgesteld|opgemaakt|gemaakt|ingevuld)\s+door|(?:erstellt|geführt|gepflegt)\s+von|(?:elaborado|preparado|actualizado)\s+por|(?:saisi|tenu|établi|etabli|mis à jour)\s+par)\s+\S/i;

/**
 * The same line naming who kept the table first, then who checked it: Amparo (administración) –
 * revisado por Vicente, 01/12/2026; Giulia – controllato da Paolo; Ah Mei – checked by Mr Tan;
 * Annelie Marais – checked Kobus, 30/11/2026.
 * A name of at most four words, a remark in brackets allowed, then the dash.
 */
const CHECKED_BY =
  /^[\p{L}.'’-]+(?:\s[\p{L}.'’-]+){0,3}(?:\s*[(（][^()（）]{1,30}[)）])?\s+[–—-]\s+(?:(?:checked|reviewed|approved|verified)(?:\s+by)?|(?:revisado|comprobado|aprobado|verificado)\s+por|(?:vérifié|verifie|contrôlé|controle|validé|valide)\s+par|(?:controllato|verificato|approvato)\s+da|(?:geprüft|kontrolliert)\s+von|(?:gecontroleerd|nagekeken)\s+door|(?:kontroloval[a]?|zkontroloval[a]?))\s+\S/iu;

/**
 * A line saying when the book was reconciled or checked, perhaps by whom: Avstämt 2026-12-01 –
 * Emma Larsson (Swedish: squared with the till), Checked 30/11/2026 – Mr Tan, Abgestimmt am
 * 01.12.2026 von Müller. The word, the day, then the name after a dash or a by.
 */
const RECONCILED_ON =
  /^(?:avst[äa]md|avst[äa]mt|kontrollerad|kontrollerat|reconciled|checked|verified|abgestimmt|gepr[üu]ft|kontrolliert|afgestemd|gecontroleerd|conciliado|revisado|rapproch[ée]|v[ée]rifi[ée]|riconciliato|controllato|uzgodniono|sprawdzono)(?:\s+(?:am|on|op|el|le|il|den|dnia))?\s+(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?)(?:\s*(?:[–—-]|,)?\s*(?:(?:av|by|von|door|por|par|da|przez)\s+)?\p{L}[\p{L}.'’ -]{0,40})?$/iu;

/**
 * A day the business was closed, written where its sales would be, perhaps beside the date and
 * with why: ZAVŘENO – státní svátek, Closed (public holiday), Geschlossen, 店休, 公休.
 */
const CLOSED_DAY =
  /^(?:zavřeno|closed|geschlossen|ferm[ée]|cerrado|chiuso|gesloten|zamkni[ęe]te|nieczynne|kapal[ıi]|tutup|đóng cửa|nghỉ|休息|店休|公休|休业|休業|定休日|臨時休業)(?:\s*[–—:-]\s*\S.*|\s*[(（].*)?$/iu;

/** Whether a cell of the row says the day was a closed one (CLOSED_DAY). */
function saysClosed(texts: readonly string[]): boolean {
  for (let c = 0; c < texts.length; c++) {
    const text = texts[c] as string;
    if (text !== '' && CLOSED_DAY.test(text)) return true;
  }
  return false;
}

/**
 * The words of a sentence that says something, which no company's name holds: in English, and
 * Vietnamese's not (không, chưa).
 */
const SAYS_SOMETHING = /\b(?:is|are|was|were|not|don't|do|does|please|my|we|you|if|không|chưa)\b/i;

/** A label of a word or two, a colon, then four words or more: Rates: HMRC monthly exchange rate …. */
const LABELLED_SENTENCE = /^[A-Za-z][A-Za-z ]{1,20}:\s+\S+(?:\s+\S+){3,}$/;
/** The abbreviations a company's name ends with, full stop and all. */
const COMPANY_ABBREVIATION = /^(?:ltd|inc|co|corp|bhd|llc|plc|pte|gmbh|ag|s\.a|n\.v|b\.v|pty|lp|llp|etc)\.$/i;

/** NOTE_LABEL's test, for only the texts with a colon (every note label ends in one). */
function isNoteLine(text: string): boolean {
  return hasColon(text) && NOTE_LABEL.test(foldTraditional(text));
}

/** Whether a text holds a colon, ASCII or full-width: one pass over its codes. */
function hasColon(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a || code === 0xff1a) return true;
  }
  return false;
}

/** SUM, SUBTOTAL and their kin: what a totals row computes. */
const TOTAL_FUNCTION = /\b(?:SUM|SUBTOTAL|SUMIFS?|AGGREGATE)\s*\(/i;
const RANGE = /(\$?)([A-Z]{1,3})(\$?)(\d+):\$?([A-Z]{1,3})\$?(\d+)/gi;

/**
 * A formula that totals a column over the rows above (SUM(E3:E9), SUBTOTAL(9,E3:E9)). A running
 * balance (SUM($E$3:E9), its start anchored) is a customer's own figure and does not count, nor
 * does a sum across one row's columns (SUM(F5:H5)).
 */
function isColumnTotal(formula: string): boolean {
  if (!TOTAL_FUNCTION.test(formula)) return false;
  for (const match of formula.matchAll(RANGE)) {
    const [, , fromColumn, fromAnchor, fromRow, toColumn, toRow] = match;
    if (fromAnchor === '$') continue;
    if (fromColumn?.toUpperCase() === toColumn?.toUpperCase() && fromRow !== toRow) return true;
  }
  return false;
}

/** The first filled cells of a row, for the review to show which row it is. */
export function rowText(cells: readonly Cell[]): string {
  const parts: string[] = [];
  for (const cell of cells) {
    const text = textOf(cell) === '' ? '' : cellToText(cell ?? null).trim();
    if (text !== '') parts.push(text);

    if (parts.length === SHOWN_CELLS) break;
  }
  const joined = parts.join(' · ');
  return joined.length > SHOWN_LENGTH ? `${joined.slice(0, SHOWN_LENGTH - 1)}…` : joined;
}

/**
 * Whether the row's texts (by column, '' when empty) repeat most of the normalised header: at least
 * two of them, and 60% of the named columns or of the filled cells, whichever is fewer.
 */
function repeatsHeader(texts: readonly string[], filled: number, context: RowContext): boolean {
  const header = context.normalizedHeader;
  const needed = Math.max(2, 0.6 * Math.min(context.namedColumns, filled));
  // Normalising is the cost, and a record's cells seldom could match: count those that could
  // first, and normalise only when they are enough.
  let possible = 0;
  for (let c = 0; c < texts.length; c++) {
    if (mayRepeat(texts[c] as string, header[c])) possible++;
    // Too few cells left to reach `needed`: a record mostly stops here, part way along.
    else if (possible + texts.length - 1 - c < needed) return false;
  }
  if (possible < needed) return false;
  let same = 0;
  for (let c = 0; c < texts.length; c++) {
    const text = texts[c] as string;
    if (mayRepeat(text, header[c]) && normalizeHeader(text) === header[c]) same++;
  }
  return same >= needed;
}

/** Whether a cell's text may be its column's header name written again. */
function mayRepeat(text: string, name: string | undefined): boolean {
  if (text === '' || name === undefined || name === '') return false;
  // Most cells tell by their first two characters what their normalised text starts with.
  const head = normalizedHeaderHead(text);
  return head >= 0 ? head === name.charCodeAt(0) : mayNormalizeTo(text, name);
}

/**
 * False when normalizeHeader(text) cannot be `name`: for ASCII and CJK text it only lower-cases,
 * folds traditional characters and drops characters, so the name's first character must be in
 * the text in either case or in its traditional form.
 */
function mayNormalizeTo(text: string, name: string): boolean {
  const head = name.charCodeAt(0);
  // Names are lower case: an ASCII letter may stand in upper case in the text.
  const upper = head >= 0x61 && head <= 0x7a ? head - 0x20 : head;
  // One pass over the codes, for the name's first character or one NFKC may change.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === head || code === upper || !isNfkcStableCode(code) || foldedCode(code) === head) return true;
  }
  return false;
}

/**
 * Whether a text cell is its own text (textOf gives it back unchanged) in the way most cells are:
 * printable ASCII or CJK without any white space, and no placeholder for "nothing" (-, N/A, 无).
 */
export function isOwnText(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f || !isNfkcStableCode(code)) return false;
  }
  return !isPlaceholderText(cell);
}

function textOf(cell: Cell | undefined): string {
  // Empty cells are a third of a typical customer row.
  if (cell === null || cell === undefined || cell === '') return '';
  // Most cells: ASCII or CJK text (its own NFKC) with no white space around it, starting with a
  // character no placeholder starts with: the text is the cell.
  if (typeof cell === 'string') {
    const head = cell.charCodeAt(0);
    if (
      head > 0x20 &&
      cell.charCodeAt(cell.length - 1) > 0x20 &&
      !mayStartPlaceholder(head) &&
      isNfkcStable(cell)
    )
      return cell;
  }
  const text = typeof cell === 'string' ? normalizeText(cell) : cellToText(cell);
  return isPlaceholderText(text) ? '' : text;
}
