import { daysInMonth, isValidYmd } from '../model/dates.ts';
import { withoutAccents } from './accents.ts';
import type { CalendarFault } from './parseProblem.ts';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/**
 * Month names and their usual abbreviations in the other languages customer ledgers are kept in with Latin
 * letters: Spanish, Portuguese, German, French, Italian, Indonesian and Malay, Polish (in the nominative and
 * the genitive: listopad, 3 listopada), Turkish (Kasım, and kasim as lower-casing outside the Turkish locale
 * writes it), Dutch (maart, mrt, augustus), Czech (říjen, listopad, and in the genitive: 28. října) and
 * Slovenian (marec, junij, julij, avgust, avg.); and in Greek letters (Οκτώβριος, in the genitive Οκτωβρίου,
 * and without accents as capitals write it). Where languages share a word it names the same month (mar, mai,
 * nov).
 */
const MONTHS_ABROAD: ReadonlyMap<string, number> = new Map(
  (
    [
      [
        'enero ene gennaio gen januar jän jänner janvier janv januari janeiro styczeń stycznia sty ocak leden ledna',
        1,
      ],
      [
        'febrero febbraio februar feber février fevrier févr fevr februari fevereiro fev luty lutego şubat subat únor února',
        2,
      ],
      [
        'marzo märz mär mrz mars maret mac março marco marzec marca mart maart mrt březen března marec marca',
        3,
      ],
      ['abril abr aprile avril avr kwiecień kwietnia nisan duben dubna', 4],
      ['mayo maggio mag mai mei maio maj maja mayıs mayis květen května', 5],
      ['junio giugno giu juni juin jun junho czerwiec czerwca haziran červen června junij junija', 6],
      [
        'julio luglio lug juli juillet juil julai julho lipiec lipca temmuz červenec července julij julija',
        7,
      ],
      [
        'agosto ago august août aout agustus ags agu ogos sierpień sierpnia ağustos agustos augustus srpen srpna avgust avgusta avg',
        8,
      ],
      ['septiembre setiembre settembre set septembre setembro wrzesień września wrz eylül eylul září', 9],
      [
        'octubre ottobre ott oktober okt octobre outubro out październik października paź ekim říjen října',
        10,
      ],
      ['noviembre novembre november novembro listopad listopada listopadu lis kasım kasim', 11],
      [
        'diciembre dicembre dic dezember dez décembre decembre déc desember des disember dis dezembro grudzień grudnia gru aralık aralik prosinec prosince',
        12,
      ],
      // Croatian (siječanj, rujan, studeni; its listopad, October, is Czech and Polish for
      // November, and read as theirs).
      ['siječanj siječnja', 1],
      ['veljača veljače', 2],
      ['ožujak ožujka', 3],
      ['travanj travnja', 4],
      ['svibanj svibnja', 5],
      ['lipanj lipnja', 6],
      ['srpanj srpnja', 7],
      ['kolovoz kolovoza', 8],
      ['rujan rujna', 9],
      ['studeni studenoga studenog', 11],
      ['prosinac prosinca', 12],
      // Romanian (its mai, august and decembrie-like names apart; the short forms Spanish's, Italian's
      // or English's).
      ['ianuarie ian', 1],
      ['februarie', 2],
      ['martie', 3],
      ['aprilie', 4],
      ['iunie iun', 6],
      ['iulie iul', 7],
      ['septembrie', 9],
      ['octombrie', 10],
      ['noiembrie', 11],
      ['decembrie', 12],
      // Tagalog, where it spells a month its own way (Oktubre, Nob 5); enero, abril, mayo and agosto
      // are Spanish's.
      ['pebrero peb', 2],
      ['marso', 3],
      ['hunyo hun', 6],
      ['hulyo hul', 7],
      ['setyembre', 9],
      ['oktubre', 10],
      ['nobyembre nob', 11],
      ['disyembre', 12],
      // Finnish (lokakuu, lokakuuta, loka– as a range writes it), Hungarian (március, márc.) and
      // Russian (октябрь, октября as a date names it, окт.).
      ['tammikuu tammikuuta tammi január январь января янв', 1],
      ['helmikuu helmikuuta helmi február febr февраль февраля фев', 2],
      ['maaliskuu maaliskuuta maalis március márc март марта', 3],
      ['huhtikuu huhtikuuta huhti április ápr апрель апреля апр', 4],
      ['toukokuu toukokuuta touko május máj май мая', 5],
      ['kesäkuu kesäkuuta kesä június jún июнь июня', 6],
      ['heinäkuu heinäkuuta heinä július júl июль июля', 7],
      ['elokuu elokuuta augusztus август августа авг', 8],
      ['syyskuu syyskuuta syys szeptember szept сентябрь сентября сен', 9],
      ['lokakuu lokakuuta loka október октябрь октября окт', 10],
      ['marraskuu marraskuuta marras ноябрь ноября ноя', 11],
      ['joulukuu joulukuuta joulu декабрь декабря дек', 12],
      // Bulgarian (януари, октомври; its март, май and август are Russian's).
      ['януари яну', 1],
      ['февруари', 2],
      ['април', 4],
      ['юни', 6],
      ['юли', 7],
      ['септември', 9],
      ['октомври', 10],
      ['ноември', 11],
      ['декември', 12],
      // Lithuanian, as named (kovas), as a date names them (2026 m. kovo 12 d.) and as a total does
      // (Viso už kovą).
      ['sausis sausio sausį', 1],
      ['vasaris vasario vasarį', 2],
      ['kovas kovo kovą', 3],
      ['balandis balandžio balandį', 4],
      ['gegužė gegužės gegužę', 5],
      ['birželis birželio birželį', 6],
      ['liepa liepos liepą', 7],
      ['rugpjūtis rugpjūčio rugpjūtį', 8],
      ['rugsėjis rugsėjo rugsėjį', 9],
      ['spalis spalio spalį', 10],
      ['lapkritis lapkričio lapkritį', 11],
      ['gruodis gruodžio gruodį', 12],
      // Latvian, as named (marts), as a date names them (2026. gada 5. marta, 5. martā) and as a
      // total does (Kopā martā).
      ['janvāris janvāra janvārī', 1],
      ['februāris februāra februārī', 2],
      ['marts marta martā', 3],
      ['aprīlis aprīļa aprīlī', 4],
      ['maijs maija maijā', 5],
      ['jūnijs jūnija jūnijā', 6],
      ['jūlijs jūlija jūlijā', 7],
      ['augusts augusta augustā', 8],
      ['septembris septembra septembrī', 9],
      ['oktobris oktobra oktobrī', 10],
      ['novembris novembra novembrī', 11],
      ['decembris decembra decembrī', 12],
      // Ukrainian, as named (лютий) and as a date names them (11 лютого 2026 р.).
      ['січень січня', 1],
      ['лютий лютого', 2],
      ['березень березня', 3],
      ['квітень квітня', 4],
      ['травень травня', 5],
      ['червень червня', 6],
      ['липень липня', 7],
      ['серпень серпня', 8],
      ['вересень вересня', 9],
      ['жовтень жовтня', 10],
      ['листопад листопада', 11],
      ['грудень грудня', 12],
      // Greek, its months as named (Οκτώβριος) and as a total names them (Σύνολο Οκτωβρίου).
      ['ιανουάριος ιανουαρίου ιαν', 1],
      ['φεβρουάριος φεβρουαρίου φεβ', 2],
      ['μάρτιος μαρτίου μάρ', 3],
      ['απρίλιος απριλίου απρ', 4],
      ['μάιος μαΐου μάι', 5],
      ['ιούνιος ιουνίου ιούν', 6],
      ['ιούλιος ιουλίου ιούλ', 7],
      ['αύγουστος αυγούστου αύγ', 8],
      ['σεπτέμβριος σεπτεμβρίου σεπ', 9],
      ['οκτώβριος οκτωβρίου οκτ', 10],
      ['νοέμβριος νοεμβρίου νοέ', 11],
      ['δεκέμβριος δεκεμβρίου δεκ', 12],
    ] as const
  ).flatMap(([names, month]) =>
    names.split(' ').flatMap((name) => withoutTonos(name).map((n) => [n, month] as const)),
  ),
);

/**
 * A Greek month's name as written and without its accents, as a heading in capitals loses them
 * (ΟΚΤΩΒΡΙΟΣ is οκτωβριος); any other name as written.
 */
function withoutTonos(name: string): string[] {
  if (!/[\u0370-\u03ff]/.test(name)) return [name];
  const bare = withoutAccents(name);
  return bare === name ? [name] : [name, bare];
}

/**
 * A month's name or abbreviation (Mar, Sept, march; octubre, Okt., 9 Nov, août) → 1–12, else
 * null. Where a name is both English and another language's, both name the same month.
 */
export function monthFromName(name: string): number | null {
  const written = name.toLowerCase();
  const lower = written.endsWith('.') ? written.slice(0, -1) : written;
  if (lower.length < 3) return null;
  const abroad = MONTHS_ABROAD.get(lower);
  if (abroad !== undefined) return abroad;
  for (let i = 0; i < MONTH_NAMES.length; i++) {
    const full = MONTH_NAMES[i] ?? '';
    if (full === lower || (full.startsWith(lower) && (lower.length === 3 || lower === 'sept'))) return i + 1;
  }
  return null;
}

/** Thailand's months, January first: each as abbreviated (ต.ค.) and written out (ตุลาคม). */
export const THAI_MONTHS: readonly (readonly [abbreviated: string, name: string])[] = [
  ['ม.ค.', 'มกราคม'],
  ['ก.พ.', 'กุมภาพันธ์'],
  ['มี.ค.', 'มีนาคม'],
  ['เม.ย.', 'เมษายน'],
  ['พ.ค.', 'พฤษภาคม'],
  ['มิ.ย.', 'มิถุนายน'],
  ['ก.ค.', 'กรกฎาคม'],
  ['ส.ค.', 'สิงหาคม'],
  ['ก.ย.', 'กันยายน'],
  ['ต.ค.', 'ตุลาคม'],
  ['พ.ย.', 'พฤศจิกายน'],
  ['ธ.ค.', 'ธันวาคม'],
];

/** A Thai month, abbreviated (with or without its last dot) or written out → 1–12, else null. */
export function thaiMonthFromName(name: string): number | null {
  const dotted = name.endsWith('.') ? name : `${name}.`;
  const at = THAI_MONTHS.findIndex(([abbreviated, full]) => abbreviated === dotted || full === name);
  return at < 0 ? null : at + 1;
}

/** A pattern's source matching any Thai month's name, abbreviated or written out. */
export const THAI_MONTH_SOURCE = THAI_MONTHS.flat()
  .map((name) => name.replace(/\./g, '\\.'))
  .join('|');

export function monthName(m: number): string {
  const name = MONTH_NAMES[m - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const ZH_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Arabic or Chinese numerals as used in dates: 2024, 二〇二四 (digit by digit), 十二, 二十五, 三十一.
 * Returns null for anything else.
 */
export function zhNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const ten = text.indexOf('十');
  if (ten === -1) {
    let n = 0;
    for (const ch of text) {
      const d = ZH_DIGITS[ch];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    return text.length > 0 ? n : null;
  }
  if (text.indexOf('十', ten + 1) !== -1) return null;
  const before = text.slice(0, ten);
  const after = text.slice(ten + 1);
  const tens = before === '' ? 1 : ZH_DIGITS[before];
  const ones = after === '' ? 0 : ZH_DIGITS[after];
  if (tens === undefined || ones === undefined || before.length > 1 || after.length > 1) return null;
  return tens * 10 + ones;
}

/** Why y-m-d is not a real date (month 13, February 2026 has 28 days, day 0); null when it is real. */
export function calendarFault(y: number, m: number, d: number): CalendarFault | null {
  if (isValidYmd(y, m, d)) return null;
  if (y < 1 || y > 9999) return { kind: 'year', year: y };
  if (m < 1 || m > 12) return { kind: 'month', month: m };
  if (d < 1) return { kind: 'day', day: d };
  return { kind: 'month-length', year: y, month: m, days: daysInMonth(y, m) };
}

/** Why a year-less month-day is impossible (checked against a leap year: 2月29日 is a birthday). */
export function monthDayFault(m: number, d: number): CalendarFault | null {
  if (isValidYmd(2000, m, d)) return null;
  if (m < 1 || m > 12) return { kind: 'month', month: m };
  if (d < 1) return { kind: 'day', day: d };
  return { kind: 'month-length', year: null, month: m, days: daysInMonth(2000, m) };
}
