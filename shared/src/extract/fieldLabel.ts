// Field labels written before a value on cards and in signatures: 手机：…, Tel: …, E: …

export type LabelledField =
  | 'name'
  | 'title'
  | 'organization'
  | 'address'
  | 'phone'
  | 'email'
  | 'web'
  | 'wechat'
  | 'fax'
  | 'other';

const LABELS: ReadonlyArray<readonly [LabelledField, RegExp]> = [
  ['name', /^(?:联系人|姓名|名字|name|contact|contact person|contact name)$/i],
  ['title', /^(?:职位|职务|头衔|岗位|title|job title|position|role)$/i],
  ['organization', /^(?:公司|单位|公司名称|企业|机构|company|organi[sz]ation|employer|firm)$/i],
  ['address', /^(?:地址|办公地址|公司地址|通讯地址|联系地址|总部地址|address|addr|office address|a)$/i],
  [
    'phone',
    /^(?:电话|手机|手机号|手机号码|移动电话|座机|办公电话|联系电话|直线|直拨|热线|客服热线|服务热线|tel|tel\.|telephone|phone|mobile|mob|cell|cellphone|direct|hotline|whatsapp|m|t|p|d|o)$/i,
  ],
  ['email', /^(?:邮箱|电邮|电子邮箱|电子邮件|邮件|email|e-mail|mail|e)$/i],
  ['web', /^(?:网址|网站|主页|官网|web|website|site|url|w|www)$/i],
  ['wechat', /^(?:微信|微信号|wechat|weixin)$/i],
  ['fax', /^(?:传真|fax|f)$/i],
];

const LABELLED = /^\s*([A-Za-z][A-Za-z .-]{0,15}?|[\u4e00-\u9fa5]{1,6})\s*[:：]\s*(.*)$/s;

/** `手机：139…` → { field: 'phone', value: '139…' }; null when the text has no known label. */
export function fieldLabel(text: string): { field: LabelledField; value: string } | null {
  const m = LABELLED.exec(text);
  if (m === null) return null;
  const label = (m[1] ?? '').trim();
  const value = (m[2] ?? '').trim();
  for (const [field, pattern] of LABELS) if (pattern.test(label)) return { field, value };
  return null;
}

/** The part of an address value before the next field on the same line (邮编, 电话, Tel …). */
export function cutAddress(value: string): string {
  const cut =
    value.split(/\s*(?:[|｜;；]|(?:邮编|邮政编码|电话|手机|传真|邮箱|tel|phone|fax|email)\s*[:：])/i)[0] ??
    '';
  return cut.trim().replace(/[，,。.]$/, '');
}

/** Splits a card line into parts: 刘洋 | 经理 / 公司, "Head of X, Acme Ltd." */
export function splitParts(line: string): string[] {
  const parts: string[] = [];
  for (const piece of line.split(/\s*[|｜·•/／、;；]\s*|\s{2,}|\s+[-–—]\s+|\t/)) {
    // Chinese parts separated by single spaces: 陈静 销售经理.
    const sub = /[\u4e00-\u9fa5]/.test(piece) && !/[A-Za-z]{3}/.test(piece) ? piece.split(/\s+/) : [piece];
    for (const s of sub) {
      for (const c of s.split(/\s*[,，]\s*/)) {
        const t = c.trim();
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
