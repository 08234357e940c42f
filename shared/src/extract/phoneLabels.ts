// Words written before a number on pages, in Chinese and English: the nearest one before a digit
// run says whether it is meant as a phone number (电话, Tel, M:) or as something else (订单号,
// Invoice, HS code, licence). Both lists live in one pattern so one scan finds the nearest. The
// text before a number comes folded to simplified characters (findPhones.ts): 傳真 is met as 传真.

/** Words that announce a phone number. */
const PHONE_LABEL =
  /电话|手机|座机|热线|客服|总机|直线|直拨|致电|拨打|联系方式|咨询|手提|专线|tel\b|tel[:.]|telefon|phone|mobil|mob\b|cell|hotline|call|whatsapp|office|direct|(?:^|[^a-z])[mtpod]\s*[:.：]|📞|☎/gi;

/**
 * Words that announce some other number: orders, invoices, IDs and registrations, customs and
 * shipping codes (HS/HTS tariff lines, bills of lading, air waybills, containers, tracking),
 * book numbers, licences, bank accounts, prices and dates.
 */
const OTHER_LABEL =
  /订单|单号|编号|编码|流水|批次|发票|税号|税则|信用代码|执照|许可|注册号|登记|专利|icp|备案|公网安备|邮编|邮政|身份证|证件|证号|账号|帐号|卡号|银行|开户|工号|学号|货号|型号|版本|日期|时间|价格|售价|原价|金额|合计|总计|运费|报关|运单|快递|传真|qq|order|invoice|ref\b|ref[:.]|reference|no\.|#|sku|item|model|zip|postal|post\s?code|isbn|issn|vat|tax|account|iban|swift|tracking|licen[cs]e|permit|registered|registration|charity|hrb|hra|ust|abn|acn|sra|mls|b\/l|awb|waybill|container|claim|bond|entry|hts|\bhs\b|\bpo\b|fax|telefax|version|date|price|total|amount|qty|(?:^|[^a-z])id\b|¥|￥|\$|€|£|rmb|cny|usd|©|copyright|版权/gi;

/** Both label lists in one pattern: group 1 is a phone label. */
const ANY_LABEL = new RegExp(`(${PHONE_LABEL.source})|${OTHER_LABEL.source}`, 'gi');

/** Service hotlines are short codes; take them only after a hotline label. */
export const HOTLINE_LABEL = /热线|客服|服务|致电|拨打|电话|hotline|service|call/i;

/** The kind of the last label in `before`: 'phone', 'other', or null when there is none. */
export function nearestLabel(before: string): 'phone' | 'other' | null {
  let kind: 'phone' | 'other' | null = null;
  ANY_LABEL.lastIndex = 0;
  for (let m = ANY_LABEL.exec(before); m !== null; m = ANY_LABEL.exec(before)) {
    kind = m[1] === undefined ? 'other' : 'phone';
    if (m[0] === '') ANY_LABEL.lastIndex++;
  }
  return kind;
}
