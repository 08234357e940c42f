// Words written before a number on pages, in Chinese and English (and Thai's โทร, มือถือ, the
// Spanish and Portuguese móvil and celular (Chile's cel. and fono too), Bulgarian тел., моб. and GSM,
// Portugal's Tlm. and telemóvel and its sentences' pelo
// and através do, Greek's Κιν., Τηλ. and στο, the German Handy, Hebrew's נייד, טל' and פקס, the
// Hungarian közvetlen (a direct line), hívja (call) and számot (the number), the Latvian tālr. and
// tālrunis): the
// nearest one before a digit run says whether it is meant as a phone number (电话, Tel, M:) or as
// something else (订单号, Invoice, HS code, licence). Both lists live in one pattern so one scan
// finds the nearest. The text before a number comes folded to simplified characters
// (findPhones.ts): 傳真 is met as 传真.

/** Words that announce a phone number (DID: and DDI:, a direct line, with their colon only). */
const PHONE_LABEL =
  /电话|手机|座机|热线|客服|总机|直线|直拨|致电|拨打|联系方式|咨询|手提|专线|t[ée]l\b|t[ée]l[:.]|t[āa]lr(?:[:.]|unis\b|u[ņn]i\b|\b)|telefon|phone|mobil|m[óo]vil|celular|cel\b|cel[:.]|fono\b|тел(?:[:.]|(?=\s))|телефон|моб(?:[:.]|(?=\s))|мобилен|gsm\b|handy|mob\b|tlm\b|tlm[:.]|telem[óo]vel|telef[:.]|\bpelo\b|atrav[ée]s\s+d[oa]\b|κιν[:.]|κινητ[οό]|τηλ[:.]|τηλ[εέ]φωνο|(?:^|[\s(])στο(?=\s)|cell|hotline|call|whatsapp|office|direct|közvetlen|hívja|(?<![a-záéíóöőúüű])számot|โทร(?!สาร)|มือถือ|เบอร์|(?:^|[^a-z])(?:did|ddi)\s*[:：]|(?:^|[^a-z])[mtpod]\s*[:.：]|נייד|טל['׳]|טלפון|וואטסאפ|📞|☎/gi;

/**
 * Words that announce some other number: orders, invoices, IDs and registrations, customs and shipping codes
 * (HS/HTS tariff lines, bills of lading, air waybills, containers, tracking), book numbers, licences, bank
 * accounts, prices and dates; in Spanish a courier's guía, an order's pedido or folio, an invoice, a quote, a
 * tax id (RFC) and a bank's CLABE; a Dutch or Belgian firm's register and VAT numbers (KvK,
 * Ondernemingsnummer, BTW), and a French firm's (N° TVA intracommunautaire FR 27 812 594 367, SIRET, RCS,
 * APE); a Japanese machine's serial (製造番号), a contract's, a part's, an order's, a firm's and a registration's
 * numbers and a bank account (口座, 店番), not 電話番号; a bank account, not an accountant's number (Chief Accountant
 * – (032) …); the SRA number of an English solicitor, not the Sra. (Señora) of a name before a number; and a
 * number given as an example of one (the waybill number, for example 0204 177 935; e.g., z. B., 例如),
 * nobody's. The short ones are whole words: the UST of a German VAT number is no part of "industries" in the
 * mailbox before a number.
 */
const OTHER_LABEL =
  /[制製]造番号|契[约約]番号|部品番号|注文番号|法人番号|登[录録]番号|口座|店番|订单|单号|编号|编码|流水|批次|发票|税号|税则|信用代码|执照|许可|注册号|登记|专利|icp|备案|公网安备|邮编|邮政|身份证|证件|证号|账号|帐号|卡号|银行|开户|工号|学号|货号|型号|版本|日期|时间|价格|售价|原价|金额|合计|总计|运费|报关|运单|快递|qq|order|invoice|ref\b|ref[:.]|reference|no\.|#|\b(?:sku|item|model|zip|vat|tax|ust|abn|acn|sra(?!\.\s)|mls|hrb|hra|claim|bond|entry)\b|postal|post\s?code|isbn|issn|account(?!ant)|iban|swift|tracking|licen[cs]e|permit|registered|registration|charity|b\/l|awb|waybill|container|hts|\bhs\b|\bpo\b|version|date|price|total|amount|qty|\b(?:gu[ií]a|rastreo|pedido|folio|factura|cotizaci[oó]n|rfc|clabe|ondernemingsnummer|ondernemingsnr|kvk|btw|rsin|tva|siret|siren|rcs|ape|naf)\b|(?:^|[^a-z])id\b|¥|￥|\$|€|£|rmb|cny|usd|©|copyright|版权|for example|e\.g\.|zum beispiel|por ejemplo|par exemple|例如/gi;

/**
 * Words that announce a fax number: 传真 (spaced out to the width of a longer label, 传　真),
 * Fax, Facsimile, Thai โทรสาร and แฟกซ์, and the letter F before a number ("F: 312.555.0199",
 * "T 312.555.0142  F 312.555.0199"), though not the F of a floor (3F).
 */
const FAX_LABEL = /传 ?真|fax|facsimile|פקס|โทรสาร|แฟกซ์|(?:^|[^a-z0-9])f\s*(?:[:.：]|$)/gi;

/** A phone label joined to a fax label: 电话/传真, "Tel & Fax" name one number that is both. */
const JOINED_TO_FAX = /^\s*(?:[/／、&]|and)\s*$/i;

/** The label lists in one pattern: group 1 is a phone label, group 2 a fax label. */
const ANY_LABEL = new RegExp(`(${PHONE_LABEL.source})|(${FAX_LABEL.source})|${OTHER_LABEL.source}`, 'gi');

/** Service hotlines are short codes; take them only after a hotline label. */
export const HOTLINE_LABEL = /热线|客服|服务|致电|拨打|电话|hotline|service|call/i;

export type LabelKind = 'phone' | 'other' | null;

/**
 * The answers of readNearestLabel by the text before the number, for as long as a page is read.
 * Pages write the same label before number after number (手机：, Tel:, 订单号：), and reading
 * one is costly: the pattern of every label has alternatives that may start at any character
 * ((?:^|[^a-z])id\b …), so all of them are tried at each character of the text.
 */
const nearestByText = new Map<string, LabelKind>();
/** Beyond this many texts, the answers start anew (a page's numbers have a few hundred labels). */
const MAX_REMEMBERED = 2_000;

/**
 * The kind of the last label in `before`: 'phone', 'other' (a fax among them), or null when there
 * is none. A fax label joined to the phone label before it (电话/传真) leaves the number a phone.
 */
export function nearestLabel(before: string): LabelKind {
  let kind = nearestByText.get(before);
  if (kind === undefined) {
    kind = readNearestLabel(before);
    if (nearestByText.size >= MAX_REMEMBERED) nearestByText.clear();
    nearestByText.set(before, kind);
  }
  return kind;
}

/** nearestLabel read from the text itself, without the remembered answers. */
export function readNearestLabel(before: string): LabelKind {
  let kind: LabelKind = null;
  let phoneEnd = -1;
  ANY_LABEL.lastIndex = 0;
  for (let m = ANY_LABEL.exec(before); m !== null; m = ANY_LABEL.exec(before)) {
    if (m[1] !== undefined) {
      kind = 'phone';
      phoneEnd = m.index + m[0].length;
    } else if (m[2] === undefined || phoneEnd < 0 || !JOINED_TO_FAX.test(before.slice(phoneEnd, m.index))) {
      kind = 'other';
    }
    if (m[0] === '') ANY_LABEL.lastIndex++;
  }
  return kind;
}
