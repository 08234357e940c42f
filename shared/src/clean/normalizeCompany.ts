import { foldTraditional } from '../parse/simplifiedChinese.ts';

// Legal-form words dropped from the end of a company name, so that `Acme Inc.` and `ACME`, or
// `上海远帆供应链管理有限公司` and `上海远帆供应链管理`, land in the same duplicate-search block.
const LATIN_LEGAL_FORMS = new Set([
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'pty',
  'bv',
  'srl',
]);

// Longest first: `股份有限公司` must go before `有限公司` would leave a dangling `股份`.
const CJK_LEGAL_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '集团', '公司'];

// Values people type when there is no company; they must not make unrelated people "colleagues".
const PLACEHOLDERS = new Set([
  '无',
  '暂无',
  '个人',
  '未知',
  '不详',
  '其他',
  '其它',
  '自由职业',
  'na',
  'none',
  'null',
  'unknown',
  'self',
  'selfemployed',
  'individual',
  'private',
  'personal',
  'freelance',
  'freelancer',
]);

/**
 * Normalised company key for duplicate detection: NFKC, lower-case, in simplified characters
 * (偉達貿易 and 伟达贸易 are one company), legal forms (有限公司, 集团, Co., Ltd., Inc., LLC,
 * GmbH, …) stripped from the end, punctuation and spaces removed. Returns '' for empty values
 * and placeholders such as `无`, `个人` or `N/A`.
 */
export function normalizeCompany(text: string | null): string {
  if (text === null) return '';
  const tokens = foldTraditional(text.normalize('NFKC').toLowerCase())
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((token) => token !== '');
  while (tokens.length > 1 && LATIN_LEGAL_FORMS.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  let key = tokens.join('');
  if (PLACEHOLDERS.has(key)) return '';
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const form of CJK_LEGAL_FORMS) {
      if (key.length > form.length && key.endsWith(form)) {
        key = key.slice(0, -form.length);
        stripped = true;
        break;
      }
    }
  }
  return key;
}
