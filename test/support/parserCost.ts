// What one cell or one page of text may cost: every parser and extractor of the core on text
// built to be slow (runs of spaces, digits, '@', brackets, …), shared by the cost test (which
// checks that the time grows linearly with the text) and `npm run bench -- parserCost` (which
// prints the slowest input and its time).
import {
  CUSTOMER_FIELD_SYNONYMS,
  detectHeaderRow,
  findEmails,
  findPhones,
  isPlaceholderText,
  looksLikeOrganization,
  looksLikePersonName,
  looksLikeTitle,
  mapHeader,
  normalizeHeader,
  parseBirthday,
  parseComplaintStage,
  parseDate,
  parseEmail,
  parseLenientJson,
  parseNumber,
  parsePhone,
  parseSatisfaction,
  parseSelection,
  parseTags,
  readCustomerTable,
  readOrdersTable,
  resolveConfig,
  wechatId,
} from '@crm/shared';
import fc from 'fast-check';

const config = resolveConfig({ language: 'en' });
const TODAY = '2026-11-24';
const CUSTOMER_HEADER = [
  '客户编号',
  '姓名',
  '公司',
  '职位',
  '手机',
  '电话',
  '邮箱',
  '微信',
  '地址',
  '城市',
  '生日',
  '首次购买日期',
  '最近购买日期',
  '购买次数',
  '消费金额',
  '负责人',
  '标签',
  '最近联系日期',
  '满意度',
  '推荐意愿',
  '投诉状态',
  '投诉日期',
  '备注',
];

/** The customer columns that get the text: one of each kind a cell is read as. */
const CUSTOMER_CELLS = new Set(['姓名', '手机', '消费金额', '最近购买日期', '备注']);

/** Every entry point that reads text a user or a page supplies, by name. */
export const TEXT_READERS: Record<string, (text: string) => unknown> = {
  parseNumber: (text) => parseNumber(text),
  parseDate: (text) => parseDate(text),
  parseBirthday: (text) => parseBirthday(text),
  parseEmail: (text) => parseEmail(text),
  'parsePhone CN': (text) => parsePhone(text, 'CN'),
  'parsePhone DE': (text) => parsePhone(text, 'DE'),
  parseComplaintStage: (text) => parseComplaintStage(text),
  parseTags: (text) => parseTags(text),
  parseSatisfaction: (text) => parseSatisfaction(text),
  isPlaceholderText: (text) => isPlaceholderText(text),
  normalizeHeader: (text) => normalizeHeader(text),
  mapHeader: (text) => mapHeader([text, '姓名'], CUSTOMER_FIELD_SYNONYMS, {}),
  detectHeaderRow: (text) =>
    detectHeaderRow([[text], ['客户编号', text, '手机']], 'customers', config.headerOverrides),
  'readCustomerTable (the text as name, phone, amount, date and note)': (text) =>
    readCustomerTable(
      {
        header: CUSTOMER_HEADER,
        rows: [CUSTOMER_HEADER.map((h) => (CUSTOMER_CELLS.has(h) ? text : 'C001'))],
      },
      config,
      TODAY,
    ),
  'readCustomerTable (the text alone in the name column, merged over three columns)': (text) =>
    readCustomerTable(
      {
        header: CUSTOMER_HEADER,
        rows: [CUSTOMER_HEADER.map((h) => (h === '姓名' ? text : ''))],
        wideMerges: new Map([[2, { column: 1, columns: 3 }]]),
      },
      config,
      TODAY,
    ),
  'readOrdersTable (the text in every column)': (text) =>
    readOrdersTable(
      { header: ['客户编号', '订单编号', '日期', '金额', '状态'], rows: [[text, text, text, text, text]] },
      config,
      TODAY,
    ),
  findEmails: (text) => findEmails(text),
  'findPhones CN': (text) => findPhones(text, { region: 'CN' }),
  'findPhones lenient US': (text) => findPhones(text, { region: 'US', lenient: true }),
  parseLenientJson: (text) => parseLenientJson(text),
  parseSelection: (text) => parseSelection(text, { region: 'CN' }),
  looksLikePersonName: (text) => looksLikePersonName(text),
  looksLikeOrganization: (text) => looksLikeOrganization(text),
  looksLikeTitle: (text) => looksLikeTitle(text),
  wechatId: (text) => wechatId(text),
};

/** An input of `length` characters: `prefix`, then `unit` repeated, then `suffix`. */
export interface RepeatedText {
  prefix: string;
  unit: string;
  suffix: string;
}

export function buildText(shape: RepeatedText, length: number): string {
  const room = Math.max(0, length - shape.prefix.length - shape.suffix.length);
  const unit = shape.unit === '' ? ' ' : shape.unit;
  return shape.prefix + unit.repeat(Math.ceil(room / unit.length)).slice(0, room) + shape.suffix;
}

/** The shapes known to hurt backtracking regular expressions, named for the report. */
export const HOSTILE_SHAPES: Record<string, RepeatedText> = {
  'spaces (an Excel cell full)': { prefix: '', unit: ' ', suffix: '' },
  'spaces between digits and 万': { prefix: '1', unit: ' ', suffix: '万x' },
  'spaces before 元': { prefix: '12', unit: ' ', suffix: '元元' },
  'spaces before 分': { prefix: '9', unit: ' ', suffix: '分x' },
  'ideographic spaces': { prefix: '1', unit: '\u3000', suffix: 'x' },
  'tabs and newlines': { prefix: 'a', unit: '\t\n', suffix: 'b' },
  'a title, then spaces': { prefix: '【a】', unit: ' ', suffix: 'x' },
  'digit run': { prefix: '', unit: '1', suffix: '' },
  'digit run then a letter': { prefix: '+', unit: '8', suffix: 'x' },
  'digits and spaces': { prefix: '', unit: '1 ', suffix: 'x' },
  'digits and dots': { prefix: '', unit: '1.', suffix: ',' },
  'digits and commas': { prefix: '', unit: '1,', suffix: '.' },
  '@ storm': { prefix: '', unit: '@', suffix: '' },
  'a@ repeated': { prefix: '', unit: 'a@', suffix: '' },
  'letters then @': { prefix: '', unit: 'a', suffix: '@' },
  'dotted labels then @': { prefix: '', unit: 'a.', suffix: '@' },
  'a long domain': { prefix: 'li@', unit: 'a-', suffix: '!' },
  'nested brackets': { prefix: '', unit: '[', suffix: ']' },
  'nested braces': { prefix: '', unit: '{"a":', suffix: '' },
  'open parentheses': { prefix: '', unit: '(', suffix: '1' },
  quotes: { prefix: '{', unit: '"', suffix: '' },
  'backslashes in a string': { prefix: '{"a":"', unit: '\\', suffix: '' },
  'commas in JSON': { prefix: '[1', unit: ', ', suffix: 'x' },
  'comment openers': { prefix: '{', unit: '/*', suffix: '' },
  'spaces before -->': { prefix: '<!--', unit: ' ', suffix: '-- >' },
  dashes: { prefix: '', unit: '-', suffix: 'x' },
  slashes: { prefix: '', unit: '/', suffix: 'x' },
  colons: { prefix: '姓名', unit: ':', suffix: 'x' },
  CJK: { prefix: '', unit: '张', suffix: '' },
  'CJK words and spaces': { prefix: '', unit: '张伟 ', suffix: '有限公司' },
  'Latin words': { prefix: '', unit: 'Ab ', suffix: 'Inc' },
  'capitalised words and spaces before Inc': { prefix: 'Acme', unit: ' ', suffix: 'Inc x' },
  labels: { prefix: '', unit: '电话：', suffix: '' },
  'mailto-like': { prefix: 'mailto:', unit: 'a.', suffix: '' },
  'tel-like': { prefix: 'tel:', unit: '1-', suffix: '' },
  'html entities': { prefix: '{"a":"', unit: '&quot;', suffix: '' },
};

const ALPHABET = [
  ' ',
  '\t',
  '\n',
  '\u3000',
  '0',
  '1',
  '8',
  '9',
  '@',
  '.',
  '-',
  '_',
  '+',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  ',',
  ':',
  '：',
  '/',
  '\\',
  '<',
  '>',
  '!',
  '&',
  ';',
  '#',
  '*',
  '=',
  '%',
  'a',
  'Z',
  'x',
  'e',
  'k',
  '万',
  '元',
  '分',
  '转',
  '张',
  '¥',
  '·',
  '|',
];

/** Random shapes of the same kind: short prefix, a short unit repeated, short suffix. */
export function repeatedTextArbitrary(): fc.Arbitrary<RepeatedText> {
  const piece = (min: number, max: number) =>
    fc.array(fc.constantFrom(...ALPHABET), { minLength: min, maxLength: max }).map((chars) => chars.join(''));
  return fc.record({ prefix: piece(0, 6), unit: piece(1, 4), suffix: piece(0, 6) });
}

/** Median wall time of `runs` calls (ms). */
export function medianMs(call: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    call();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
