import type { Language } from '../model/keys.ts';
import { regionName } from '../parse/parseTexts.ts';

interface AnalysisTexts {
  refunds: (refunds: number, total: string, net: string) => string;
  cancelled: (orders: number) => string;
  skipped: (rows: number) => string;
  phoneRegion: (numbers: number, defaultRegion: string, region: string) => string;
  /** Phone cells saved in scientific notation, their last digits lost. */
  phonesCut: (numbers: number) => string;
  /** Orders by the currency their amount names, most first (two or more). */
  currencies: (named: readonly [code: string, orders: number][]) => string;
}

/** Notes the analysis adds about what its figures include, in each language. */
export const ANALYSIS_TEXTS: Record<Language, AnalysisTexts> = {
  zh: {
    refunds: (n, total, net) => `${n} 笔退款（合计 ${total}）已从收入中扣除；净收入 ${net}。`,
    cancelled: (n) => `${n} 笔已取消或作废的订单未计入。`,
    skipped: (n) =>
      `${n} 行不是客户或订单（合计、签字、备注或重复的表头），未计入，表格中保持原样，见数据质量检查。`,
    phoneRegion: (n, defaultRegion, region) =>
      `${n} 个电话号码按默认地区 ${defaultRegion} 无效，按${regionName(region, 'zh')}的号码解读则有效：客户多在当地的话，请把默认电话地区设为 ${region}。`,
    phonesCut: (n) =>
      `${n} 个电话号码被 Excel 或 WPS 存成了科学计数法（如 1.38123E+10），末尾的数字已丢失，无法从本表还原：请从原始系统重新导出，或在导出、粘贴前先把电话列设为“文本”格式。`,
    currencies: (named) =>
      `订单金额写明了 ${named.length} 种货币（${named.map(([code, n]) => `${code} ${n} 笔`).join('、')}），已按原数字直接相加：收入、M 值、价值分层和 CLV 都不准确。请先把金额换算成同一种货币。`,
  },
  en: {
    refunds: (n, total, net) =>
      n === 1
        ? `1 refund (${total}) is taken off revenue; net revenue ${net}.`
        : `${n} refunds (${total} in all) are taken off revenue; net revenue ${net}.`,
    cancelled: (n) => `${n} cancelled or void order${n === 1 ? '' : 's'} left out.`,
    skipped: (n) =>
      `${n} row${n === 1 ? ' is' : 's are'} not a customer or an order (totals, signatures, notes or a repeated header): left out, kept as they are in the sheet, listed in the data-quality review.`,
    phoneRegion: (n, defaultRegion, region) =>
      `${n} phone number${n === 1 ? ' is' : 's are'} not valid in the default region ${defaultRegion} but ${n === 1 ? 'is' : 'are'} as ${regionName(region, 'en')} numbers: if most customers are there, set the default phone region to ${region}.`,
    phonesCut: (n) =>
      `${n} phone number${n === 1 ? ' was' : 's were'} saved by Excel or WPS in scientific notation (like 1.38123E+10) and lost ${n === 1 ? 'its' : 'their'} last digits, which this table cannot give back: export the list again from where it came from, with the phone column formatted as Text before exporting or pasting.`,
    currencies: (named) =>
      `Order amounts are written in ${named.length} currencies (${named.map(([code, n]) => `${code}: ${n} order${n === 1 ? '' : 's'}`).join(', ')}) and were added as they stand, so revenue, M scores, value tiers and CLV are not right. Convert the amounts to one currency first.`,
  },
};
