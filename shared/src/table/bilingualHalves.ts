// Tables in Hong Kong, Macau and Singapore write many words twice, in English and in Chinese, in
// one cell: a header ("Tel 電話", "客戶名稱 Customer Name"), a totals label ("Total 總數") or a
// status ("Cancelled 已取消"). Each half says the same thing, and either one is a word the
// toolkit knows.

/**
 * The Chinese and the Latin half of a text written in both (in either order, set apart by white
 * space, a slash or a bracket: "Tel 電話", "電話 / Tel", "客戶名稱(Customer Name)"); null for any
 * other text. A bracketed unit may hold Latin letters ("金額 (HK$)"): when the text does not
 * split as it is, it is split without its bracketed parts. A word run together with another
 * ("Email地址") is one word, not two halves.
 */
export function bilingualHalves(text: string): { han: string; latin: string } | null {
  // Words, not sentences: a long cell is no label, and the pattern is tried on short texts only
  // (its halves and the white space between can split a long run of spaces many ways).
  if (text.length > MAX_BILINGUAL_LENGTH) return null;
  const trimmed = text.trim();
  const halves = BILINGUAL.exec(trimmed) ?? BILINGUAL.exec(trimmed.replace(BRACKETED, '').trim());
  if (halves === null) return null;
  return halves[1] !== undefined
    ? { han: halves[1].trim(), latin: (halves[2] ?? '').trim() }
    : { han: (halves[4] ?? '').trim(), latin: (halves[3] ?? '').trim() };
}

/**
 * Chinese then Latin, or Latin then Chinese, with white space, a slash or a bracket between (the
 * bracket's closing one left off the second half). A Latin half may start with an accented
 * letter: Ở 住 (Vietnamese: where one lives), Ödeme 付款.
 */
const BILINGUAL =
  /^([^A-Za-z\u00c0-\u024f\u1e00-\u1eff]*[\u3400-\u9fff][^A-Za-z\u00c0-\u024f\u1e00-\u1eff]*?)(?:\s*[/／|]\s*|\s*[(（]|\s+)([A-Za-z\u00c0-\u024f\u1e00-\u1eff][^\u3400-\u9fff]*?)[)）]?$|^([A-Za-z\u00c0-\u024f\u1e00-\u1eff][^\u3400-\u9fff]*?)(?:\s*[/／|]\s*|\s*[(（]|\s+)([^A-Za-z\u00c0-\u024f\u1e00-\u1eff]*[\u3400-\u9fff][^A-Za-z\u00c0-\u024f\u1e00-\u1eff]*?)[)）]?$/;

const MAX_BILINGUAL_LENGTH = 80;

/**
 * Whether a text written in both languages (bilingualHalves) says the same in each half, as
 * `says` reads a half: Khách lẻ 散客 (a walk-in), trả nợ 還款 (a debt paid), TỔNG CỘNG 總計.
 */
export function saysInBothHalves(text: string, says: (half: string) => boolean): boolean {
  const halves = bilingualHalves(text);
  return halves !== null && says(halves.latin) && says(halves.han);
}

const BRACKETED = /\([^()]*\)|（[^（）]*）|\[[^[\]]*\]|【[^【】]*】/g;
