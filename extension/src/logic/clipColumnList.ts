/**
 * The columns a clip is written to, in the order a new sheet gets them. Contact fields reuse the
 * core's bilingual customer-table synonyms (the add-on's mapping), so a clip lands in an existing
 * customer sheet's 姓名 / Email / 手机 … columns; clipId makes appends idempotent.
 */
export const CLIP_COLUMNS = [
  'clipId',
  'name',
  'company',
  'title',
  'mobile',
  'phone',
  'email',
  'wechat',
  'address',
  'website',
  'owner',
  'tags',
  'legalBasis',
  'purpose',
  'informedOn',
  'source',
  'clippedAt',
  'note',
] as const;
export type ClipColumn = (typeof CLIP_COLUMNS)[number];
