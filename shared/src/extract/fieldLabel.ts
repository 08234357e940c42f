import { foldTraditional } from '../parse/simplifiedChinese.ts';
import {
  looksLikeOrganization,
  looksLikePersonName,
  looksLikeTitle,
  SPACED_OUT_HAN_NAME,
} from './classifyText.ts';

// Field labels written before a value on cards, in signatures and in table headers: 手机：…,
// Tel: …, E: …, 职　务：… (spaces inside a Chinese label are padding and ignored). A label in
// traditional characters is read folded to simplified (聯絡人 → 联络人, 傳真 → 传真), with the words
// Hong Kong and Taiwan use for a field (手提, 行动电话, 电子信箱) among the simplified ones, and the
// labels of Japanese pages for a name (担当, 担当者, 氏名). What a label adds in brackets says what
// the field is for (项目联系人（询问）, 联系电话（手机）, Tel (office)) and is read past; a header in two
// languages (Tel 电话, H/P 手机, Contact Person 联络人) is read by either half.

/** The fields a label can announce. */
export const LABELLED_FIELDS = [
  'name',
  'title',
  'organization',
  'address',
  'phone',
  'email',
  'web',
  'wechat',
  'fax',
] as const;
export type LabelledField = (typeof LABELLED_FIELDS)[number];

const LABELS: Record<LabelledField, RegExp> = {
  // Any 联系人 of a notice (项目联系人, 质疑联系人, 采购联系人) names a person.
  name: /^(?:[\u4e00-\u9fa5]{0,4}联系人|联络人|连络人|姓名|名字|担当|担当者|氏名|驻在|驻在员|name|contact|contact person|contact name|ansprechpartner|ansprechpartnerin|(?:[a-z]+\s+)?in-?charge|person in charge|referente|responsabile|respons[áa]vel(?: d[aeo]s? [a-zà-ÿ]+)?|penanggung jawab|osoba kontaktowa|osoba do kontaktu|kontaktpersona|kontaktní osoba|kontaktná osoba|kontakt dla (?:mediów|prasy)|người liên hệ|kapcsolattartó|ügyintéző|telephelyvezető|poslovo[đd]j?a|contacto(?: comercial)?|persona de contacto|encargad[oa](?: de [a-zà-ÿ]+)?|איש קשר|אשת קשר)$/i,
  title: /^(?:职位|职务|职称|头衔|岗位|title|job title|position|role|funktion|amats)$/i,
  organization:
    /^(?:公司|单位|公司名称|企业名称|单位名称|企业|机构|company|organi[sz]ation|employer|firm|firma)$/i,
  address:
    /^(?:地址|办公地址|公司地址|通讯地址|联系地址|总部地址|address|addr|office address|anschrift|adresse|a)$/i,
  phone:
    /^(?:电话|手机|手机号|手机号码|移动电话|携帯|携帯电话|携帯番号|直通|座机|办公电话|联系电话|直线|直拨|热线|客服热线|服务热线|总机|手提|手提电话|流动电话|行动电话|联络电话|直线电话|tel|tel\.|h\/p|hp|handphone|telephone|telefon|tel[ée]fono|celular|cel|cel\.|fono|m[óo]vil|тел|тел\.|телефон|моб|моб\.|мобилен|t[āa]lrunis|t[āa]lr\.?|gsm|phone|mobile|mobil|mob|mob\.|cell|cellphone|direct|direct line|office|main|switchboard|hotline|whatsapp|m|t|p|d|o|נייד|טל'|טל׳|טלפון|טל' ישיר|טל׳ ישיר|נייד \/ וואטסאפ|וואטסאפ)$/i,
  email:
    /^(?:邮箱|电邮|电子邮箱|电子邮件|电子信箱|邮件|email|e-mail|mail|e|e-pasts|דוא"ל|דוא״ל|אימייל|מייל)$/i,
  web: /^(?:网址|网站|主页|官网|web|website|site|url|w|www)$/i,
  wechat: /^(?:微信|微信号|wechat|wechat id|weixin|wx)$/i,
  fax: /^(?:传真|传真号|传真号码|fax|fax no\.?|fax number|telefax|facsimile|f|פקס)$/i,
};

/** Latin letters, accents and all (Kontakt dla mediów, Người liên hệ), as a character class's source. */
const LATIN = 'A-Za-z\\u00c0-\\u024f\\u1e00-\\u1eff';
/** Greek letters, accents and all (Υπεύθυνος καταστήματος), as a character class's source. */
const GREEK = '\\u0370-\\u03ff\\u1f00-\\u1fff';
/** Cyrillic letters (Търговски представител, Тел.). */
const CYRILLIC = '\\u0400-\\u04ff';
/** Hebrew letters, and the geresh and gershayim its abbreviations take (טל', דוא"ל). */
const HEBREW = '\\u05d0-\\u05ea';
const HEBREW_MARKS = `'"\\u05f3\\u05f4`;
/** A label's text: a few words in Latin, Greek, Cyrillic or Hebrew letters, or in Chinese. */
const LABEL_TEXT = new RegExp(
  `^[${LATIN}][${LATIN} ./-]{0,23}$|^[${GREEK}][${GREEK} ./-]{0,26}$|^[${CYRILLIC}][${CYRILLIC} ./-]{0,26}$|^[${HEBREW}][${HEBREW}${HEBREW_MARKS} ./-]{0,24}$|^[\\u4e00-\\u9fa5][\\u4e00-\\u9fa5 ]{0,7}$`,
);
/** A note in brackets after a label: 项目联系人（询问）, Tel (office). */
const LABEL_NOTE = /\s*[(（][^()（）:：]{1,10}[)）]$/;
/** A header in English and Chinese: "Tel 电话", "Contact Person 联络人". */
const TWO_SCRIPT_LABEL = /^([A-Za-z][A-Za-z ./-]{0,18}?)\s+([\u4e00-\u9fa5]{1,8})$/;
/** The same the other way round, as a Hong Kong table heads its columns: "電話 Tel", "電郵 Email". */
const CHINESE_FIRST_LABEL = /^([\u4e00-\u9fa5]{1,8})\s+([A-Za-z][A-Za-z ./-]{0,18}?)$/;
const LABELLED = /^\s*([^:：]{1,20}?)\s*[:：]\s*(.*)$/s;

/** Labels read so far: a page repeats a few (手机, 邮箱, Tel) on every card; each is read once. */
const labelFields = new Map<string, LabelledField | null>();

/** The field a label names (`手 机`, `Tel.`, `E-mail`), or null when it is not a known label. */
export function labelField(label: string): LabelledField | null {
  let field = labelFields.get(label);
  if (field === undefined) {
    field = readLabelField(label);
    if (labelFields.size > 5000) labelFields.clear();
    labelFields.set(label, field);
  }
  return field;
}

function readLabelField(label: string): LabelledField | null {
  const l = label.trim().replace(LABEL_NOTE, '');
  const twoScripts = TWO_SCRIPT_LABEL.exec(l);
  const chineseFirst = twoScripts === null ? CHINESE_FIRST_LABEL.exec(l) : null;
  if (twoScripts !== null || chineseFirst !== null) {
    const english = readLabelField(twoScripts?.[1] ?? chineseFirst?.[2] ?? '');
    const chinese = readLabelField(twoScripts?.[2] ?? chineseFirst?.[1] ?? '');
    // Halves that disagree (Fax 电话) say nothing for sure.
    return english === null || chinese === null || english === chinese ? (english ?? chinese) : null;
  }
  if (!LABEL_TEXT.test(l)) return null;
  const key = /[\u4e00-\u9fa5]/.test(l) ? foldTraditional(l.replace(/\s+/g, '')) : l.replace(/\s+/g, ' ');
  for (const field of LABELLED_FIELDS) if (LABELS[field].test(key)) return field;
  return null;
}

/** `手机：139…` → { field: 'phone', value: '139…' }; null when the text has no known label. */
export function fieldLabel(text: string): { field: LabelledField; value: string } | null {
  const m = LABELLED.exec(text);
  if (m === null) return null;
  const field = labelField(m[1] ?? '');
  return field === null ? null : { field, value: (m[2] ?? '').trim() };
}

/** One `label：value` on a line; `label` as written; `start`..`end` is the whole of it in the line. */
export interface LabelledValue {
  field: LabelledField | null;
  label: string;
  value: string;
  start: number;
  end: number;
}

const NO_LABELLED_VALUES: readonly LabelledValue[] = Object.freeze([]);

/**
 * A label candidate: a short word or two before a colon (an elided article in them: Responsable
 * d'agence), at the start or after a separator or the end of a sentence (…1206 室。联系人：蒋文涛); a
 * Chinese label may be padded to the width of a longer one (职　务, 联 系 人); a note in brackets may
 * stand between the label and its colon (项目联系人（询问）：).
 */
const LABEL_WORDS = String.raw`(?:^|[\s|｜,，;；/(（)）。！？])([${LATIN}][${LATIN} .'’-]{0,23}?|[${GREEK}][${GREEK} .'’-]{0,26}?|[${CYRILLIC}][${CYRILLIC} .'’-]{0,26}?|[${HEBREW}][${HEBREW}${HEBREW_MARKS} .-]{0,24}?|[\u4e00-\u9fa5](?: [\u4e00-\u9fa5]){1,3}(?=\s*[:：])|[\u4e00-\u9fa5]{1,8})`;
const LABEL_AT = new RegExp(String.raw`${LABEL_WORDS}\s*[:：]`, 'g');
/** LABEL_AT with a note allowed before the colon; tried only on lines with a bracket before a colon. */
const LABEL_WITH_NOTE_AT = new RegExp(
  String.raw`${LABEL_WORDS}(?:\s*[(（][^()（）:：]{1,30}[)）])?\s*[:：]`,
  'g',
);
const NOTE_BEFORE_COLON = /[)）]\s*[:：]/;
/** A Chinese label of two to four characters spaced out (联 系 人, 负 责 人). */
const SPACED_HAN_LABEL = /^[\u4e00-\u9fa5](?: [\u4e00-\u9fa5]){1,3}$/;
/**
 * A label joined by a slash to the one after it (手机/微信：, Tel/WhatsApp:): the two name one value,
 * which the first label's value does not run into.
 */
const JOINED_LABEL_BEFORE = /([\u4e00-\u9fa5]{1,6}|[A-Za-z][A-Za-z.-]{0,11})\s*[/／]\s*$/;

/**
 * Every `label：value` on a line, known labels or not (责任编辑：赵丽 names a title): "电话：0532-…
 * 手机：150…" gives two. A value runs to the next label.
 */
export function labelledValues(text: string): readonly LabelledValue[] {
  const found: Array<{ label: string; at: number; after: number }> = [];
  const labelAt = NOTE_BEFORE_COLON.test(text) ? LABEL_WITH_NOTE_AT : LABEL_AT;
  labelAt.lastIndex = 0;
  for (let m = labelAt.exec(text); m !== null; m = labelAt.exec(text)) {
    // 负 责 人, padded to the width of a longer label: read as written together, as a title.
    const written = (m[1] ?? '').trim();
    const label = SPACED_HAN_LABEL.test(written) ? written.replace(/ /g, '') : written;
    const at = m.index + m[0].indexOf(m[1] ?? '');
    const after = m.index + m[0].length;
    // A URL scheme (https:, tel:+86…) is not a label; TEL： and Tel: 0532… are.
    if (/^(?:https?|mailto|tel)$/.test(label) && text[after - 1] === ':' && /\S/.test(text[after] ?? ' '))
      continue;
    if (/^(?:https?|mailto)$/i.test(label)) continue;
    found.push({ label, at, after });
  }
  if (found.length === 0) return NO_LABELLED_VALUES;
  return found.map((f, i) => {
    const end = valueEnd(text, found[i + 1]?.at ?? text.length, f.after);
    return {
      field: labelField(f.label),
      label: f.label,
      value: text
        .slice(f.after, end)
        .trim()
        .replace(/[，,;；|｜]$/, ''),
      start: f.at,
      end,
    };
  });
}

/** Where a value ends: at the next label, or at a label joined to it by a slash (手机/微信：). */
function valueEnd(text: string, nextLabel: number, valueStart: number): number {
  if (nextLabel >= text.length) return nextLabel;
  const joined = JOINED_LABEL_BEFORE.exec(text.slice(Math.max(valueStart, nextLabel - 16), nextLabel));
  if (joined === null || labelField(joined[1] ?? '') === null) return nextLabel;
  return nextLabel - joined[0].length;
}

/** 艾力·买买提 with its dot kept; 张伟·销售经理 (a title after the dot) as it is. */
function keepNameDot(whole: string, before: string, after: string): string {
  return looksLikeTitle(after) || looksLikeOrganization(after) || !looksLikePersonName(whole)
    ? whole
    : `${before}${KEPT_DOT}${after}`;
}

/** The part of an address value before the next field on the same line (邮编, 电话, Tel …). */
export function cutAddress(value: string): string {
  const cut =
    value.split(
      /\s*(?:[|｜;；]|(?:邮编|邮政编码|电话|手机|传真|邮箱|tel|phone|fax|facsimile|email)\s*[:：])/i,
    )[0] ?? '';
  return cut.trim().replace(/[，,。.]$/, '');
}

/**
 * A middle dot between two Han characters, as in the names of Uyghur and other minority people
 * written in Chinese (艾力·买买提) and in transliterated foreign names (玛丽·居里).
 */
const NAME_DOT = /([\u4e00-\u9fa5]+)[·•]([\u4e00-\u9fa5]+)/g;
/**
 * What a name's middle dot stands as while the line is split: a private-use character, neither a
 * separator nor page text.
 */
const KEPT_DOT = '\ue000';

/**
 * The slash of a Malaysian or Singaporean Indian name's "son of" or "daughter of" (Rajesh Kumar a/l
 * Subramaniam; a/p, s/o, d/o): part of the name, no separator; kept as KEPT_SLASH while splitting.
 */
const PATRONYMIC_SLASH = /(?<=\s)(?:a\/[lp]|[sd]\/o)(?=\s)/gi;
const KEPT_SLASH = '\ue001';

/**
 * A bracketed remark (a title after a name: Ms. Chan Wing Yan 陳詠欣 (Senior Sales Executive –
 * Europe & Middle East)), whose dashes and commas divide the remark, not the line: kept as
 * KEPT_DASH and KEPT_COMMA while splitting.
 */
const BRACKETED = /[(（][^()（）|｜]{1,80}[)）]/g;
const KEPT_DASH = '\ue002';
const KEPT_COMMA = '\ue003';

function keepBracketed(remark: string): string {
  return remark.replace(/\s+[-–—]\s+/g, KEPT_DASH).replace(/\s*[,，]\s*/g, KEPT_COMMA);
}

/** Splits a card line into parts: 刘洋 | 经理 / 公司, "Head of X, Acme Ltd." */
export function splitParts(line: string): string[] {
  const parts: string[] = [];
  // A dot is a separator (刘洋 · 经理, 张伟·销售经理) unless it joins the parts of one name.
  const dotted = line.includes('·') || line.includes('•') ? line.replace(NAME_DOT, keepNameDot) : line;
  const slashed = dotted.includes('/')
    ? dotted.replace(PATRONYMIC_SLASH, (m) => m.replace('/', KEPT_SLASH))
    : dotted;
  const kept =
    slashed.includes('(') || slashed.includes('（') ? slashed.replace(BRACKETED, keepBracketed) : slashed;
  for (const piece of kept.split(/\s*[|｜·•/／、;；]\s*|\s{2,}|\s+[-–—]\s+|\t/)) {
    // Chinese parts separated by single spaces: 陈静 销售经理. Not a name spaced out to line up
    // with longer ones (王　芳), which personName reads whole.
    const sub =
      /[\u4e00-\u9fa5]/.test(piece) && !/[A-Za-z]{3}/.test(piece) && !SPACED_OUT_HAN_NAME.test(piece)
        ? piece.split(/\s+/)
        : [piece];
    for (const s of sub) {
      for (const c of s.split(/\s*[,，]\s*/)) {
        const t = c
          .trim()
          .split(KEPT_DOT)
          .join('·')
          .split(KEPT_SLASH)
          .join('/')
          .split(KEPT_DASH)
          .join(' – ')
          .split(KEPT_COMMA)
          .join(', ');
        if (t === '') continue;
        // "Acme, Inc.": the suffix belongs to the name before it.
        const prev = parts[parts.length - 1];
        if (
          prev !== undefined &&
          /^(?:Inc|Ltd|LLC|LLP|PLC|GmbH|AG|SA|BV|NV|Pty|Pte|Co|Corp|Limited)\.?$/i.test(t)
        ) {
          parts[parts.length - 1] = `${prev}, ${t}`;
        } else parts.push(t);
      }
    }
  }
  return parts;
}
