import {
  cleanPersonName,
  hasNonNameWord,
  isCommonSurname,
  looksLikeChineseName,
  looksLikeFamilyGivenName,
  looksLikeGivenName,
  looksLikeKoreanName,
  looksLikeOrganization,
  looksLikePersonName,
  looksLikeTitle,
  SPACED_OUT_HAN_NAME,
} from './classifyText.ts';

// A person's name as a card or a signature writes it, cleaned for the contact: honorifics and
// academic titles dropped (Dr., Dipl.-Ing., 陈静女士 → 陈静) unless only a surname is left (刘先生
// stays whole), capitals made readable (KEVIN LIU → Kevin Liu), a name with its other-script form
// kept whole (Li Ming 李明, 陈伟 Chen Wei) or cut to the first ("林晓东 (Lin Xiaodong)" → 林晓东),
// a name spaced out in a list closed up (王　芳 → 王芳), a directory's surname first turned round
// (Andersen, Sarah → Sarah Andersen) and a Japanese name kept apart as written (担当：佐藤 健一)
// where the place says it holds a name.

/**
 * How sure the place is that it holds a name: a label (联系人：), a name class or a table column
 * says so ('labelled', which lets a Chinese name with a rarer surname through); a bare line or a
 * heading does not ('bare').
 */
export type NameContext = 'labelled' | 'bare';

/** A name, then its Latin form after a slash: 山田 太郎（やまだ たろう） / Taro Yamada. */
const SLASHED_LATIN = /^(.+?)\s*[/／]\s*([A-Za-z][A-Za-z .'’-]+)$/;
/** A name's reading in kana, in brackets after it: （やまだ たろう）, （ワン リーホア）. */
const KANA_READING = /\s*[（(][\u3040-\u30ff\s・･]+[）)]\s*$/u;

/**
 * A reading in kana in brackets, perhaps spaced inside them as a page's ruby reads: （すぎうら やすひろ）,
 * （ いとう ）. KANA_READING is the one at a text's end.
 */
export const KANA_IN_BRACKETS_SOURCE = String.raw`[（(]\s*[\u3040-\u30ff][\u3040-\u30ff\s・･]*[）)]`;
const KANA_IN_BRACKETS = new RegExp(KANA_IN_BRACKETS_SOURCE, 'u');
/** Every such reading, with the space round it (taken out to leave the name). */
const KANA_READINGS = new RegExp(String.raw`\s*${KANA_IN_BRACKETS_SOURCE}\s*`, 'gu');
/**
 * A Japanese post written before a name in a list (所長 杉浦 康弘, 担当 森 真由美, 駐在 鈴木 貴之), as
 * written and as the page's text reads once its traditional characters are folded (所长).
 */
const JAPANESE_POST =
  /^(?:(?:営[業业])?所[長长]|支店[長长]|担当|[駐驻]在|部[長长]|次[長长]|[課课][長长](?:代理)?|[係系][長长]|主任|室[長长]|工[場厂][長长]|センター[長长]|代表取締役(?:社[長长])?|取締役)\s+/u;
/** An extension after a name (森 真由美 内線22). */
const EXTENSION_AFTER_NAME = /\s*内線\s*\d{1,5}$/u;

/**
 * Honorifics and academic, clerical and public titles before a name (Dr., Rev., Hon., Dipl.-Ing. (FH) with
 * the kind of school that gave it; a Czech or Slovak Bc. or Mgr., a Nigerian Engr., an Indonesian Bpk., Ibu,
 * Sdr. or Sdri., a Thai Khun, a Malaysian honour: Datuk, Datin, Dato', Tan Sri, and the Malay Encik, Cik,
 * Puan, Tuan and Haji (En., Pn. and Hj. only with their dot); an Argentine Ing. Agr. (an agronomist), Cra. or
 * Cr. (an accountant); a Spanish or Portuguese Sr., Sra., Dra. or Eng.º, never Eng without its dot, a given
 * name in Singapore; a Greek κ., κα or π.; a Romanian Ec. (an economist), dl., dna., D-na or D-nul, Ec. and
 * dl. only with their dot; a Hebrew אינג' (an engineer), גב' (Ms), מר (Mr), ד"ר or עו"ד); a Swahili Bw.
 * (Bwana) or Bi. (Bibi), and a Hungarian ifj. or id. (the younger, the elder), only with their dot; a
 * Bulgarian инж. (an engineer), арх., д-р, проф., г-н, г-жа or г-ца (Mr, Mrs, Miss); a Serbian dipl. inž.
 * or mast. inž. (a graduate or a master engineer), dipl. and mast. only with their dot).
 */
const PREFIX =
  /^(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss|Mx|Sir|Rev|Revd|Fr|Hon|Pastor|Rabbi|Dipl\.-Ing|Dipl\.-Kfm|Dipl\.-Oec|Dr\.-Ing|Ing\.?\s*Agr|Ing|Mag|Mgr|Bc|Engr|Bpk|Bapak|Ibu|Sdr|Sdri|Sdra|Khun|Datuk|Datin|Dato['’]?|Tan Sri|Puan Sri|Encik|Cik|Puan|Tuan|Hajah|Haji|Hj(?=\.)|En(?=\.)|Pn(?=\.)|Dott|Dott\.ssa|Avv|Geom|Rag|Sig|Sig\.ra|Lic|Cra(?=\.)|Cr(?=\.)|Mtro|Mtra|Arq|KS|ThS|TS|BS|LS|Sr|Sra|Srta|Dra|Enga?(?=[.ºª])|Ec(?=\.)|Dl(?=\.)|Dna(?=\.)|Bw(?=\.)|Bi(?=\.)|Ifj(?=\.)|Id(?=\.)|Dipl(?=\.)|Mast(?=\.)|Inž|D-na|D-nul|D-ra|אינג['׳]|גב['׳]|מר|ד["״]ר|עו["״]ד|פרופ['׳]|κ|κα|κος|κ\.κ|Δρ|π|инж|арх|д-р|проф|г-н|г-жа|г-ца)\.?(?:[ºª]\.?)?(?:\s*\((?:FH|TU|ETH|HTL|HF|Univ)\))?\s+)+/i;
/** A degree or a licence after a name and a comma: Gemma Abellana, CPA; Anna Cruz, MBA. */
const POST_NOMINAL = /,\s*(?:CPA|MBA|PhD|Ph\.D\.|Esq\.?|RN|CFA|ACCA|FCA|CPA, MBA)$/;
/** A text, a bar, then Arabic alone: a name and its Arabic form (סאמר ח'ורי | سامر خوري). */
const ARABIC_AFTER_BAR = /^([^|]{2,40}?)\s*[|｜]\s*[\u0600-\u06ff][\u0600-\u06ff\s]{1,40}$/;

/**
 * An Indonesian or a Thai way of addressing someone, then one name alone (Sdri. Suwarni, Bpk.
 * Joko, Ibu Melati, Khun Napa), perhaps what they do in brackets after it in lower case (Sdri. Melati
 * (marketing)): Javanese and Thai names are often given as one word, which the address says is a name.
 */
const ADDRESSED_ALONE =
  /^(?:Bpk|Bapak|Ibu|Sdr|Sdri|Sdra|Khun)\.?\s+(\p{Lu}\p{Ll}{2,15})(?:\s*[(（]\p{Ll}[\p{Ll} ]{1,19}[)）])?$/u;

/**
 * A name in Thai script, then the same in Latin letters as Thai firms write it for buyers abroad,
 * perhaps in brackets (นายธนพล เจริญสุข Mr. Thanaphon Charoensuk, คุณนภา (Khun Napa)): the Latin
 * form, which the Latin rules can judge.
 */
const THAI_THEN_LATIN =
  /^[\u0e00-\u0e7f]+(?:\s+[\u0e00-\u0e7f]+)*\s*[(（]?\s*((?:Mr|Ms|Mrs|Miss|Khun|K)\.?\s+\p{Lu}[\p{L}“”"'’ .-]{1,40}?)\s*[)）]?$/u;

/**
 * A Malaysian honour before a Chinese name, as clan associations and chambers write their office
 * bearers (拿督陈国荣, 拿汀许秀英, 丹斯里林振兴): read past where a name follows.
 */
const MALAYSIAN_TITLE = /^(?:拿督斯里|拿汀斯里|丹斯里|拿督|拿汀|敦)(?=[\u4e00-\u9fa5]{2,4}(?:\s|$))/;
/**
 * How a Vietnamese page addresses someone before their full name (anh Nguyễn Văn Tài, Bà Đặng Thị
 * Mai, Chị Trần Thu): read past where two words or more of a name follow, so that a name such as
 * Anh Nguyen keeps its Anh.
 */
const VIETNAMESE_ADDRESS = /^(?:Ông|Bà|Anh|Chị|Cô|Chú|Em)\s+(?=\p{Lu}\p{L}*\s+\p{Lu}\p{L}*\s+\p{Lu})/iu;
/**
 * A Latin name, then the same name in Han characters (Li Wen 李文), written apart as Japanese
 * write it (Kenji Morita 森田 健二), or in Hangul (Park Ji-hoon 박지훈).
 */
const LATIN_THEN_HAN =
  /^([A-Za-z][A-Za-z .'’-]+?)\s+([\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5][\u4e00-\u9fa5\u3005]{0,2}[ \u3000][\u4e00-\u9fa5][\u4e00-\u9fa5\u3005]{0,2}|[\uac00-\ud7a3]{2,4})$/u;
const HANGUL = /[\uac00-\ud7a3]/;
/** A Latin name, then Hangul words apart, as Korean writes a foreign name: 응우옌 티 투 하. */
const HANGUL_APART = /^([A-Za-z][A-Za-z .'’-]+?)\s+([\uac00-\ud7a3]{1,4}(?: [\uac00-\ud7a3]{1,4}){1,4})$/u;
const LATIN_GIVEN_FAMILY = /^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}$/;
/**
 * A Korean name of three or four syllables with its rank after it (과장, 차장, 부장), perhaps its
 * Latin form before it (Kevin Hwang 황재원 과장) or its post (울산지점장 권혁수 부장, the post left
 * out): the Latin form and the name, without the rank.
 */
const KOREAN_RANKED =
  /^(?:[\uac00-\ud7a3]{1,8}(?:지점장|센터장|본부장|팀장|소장|실장)\s+)?([A-Za-z][A-Za-z .'’-]+?\s+)?([\uac00-\ud7a3]{3,4})\s*(?:사원|주임|대리|과장|차장|부장|팀장|실장|본부장|지점장|센터장|소장|이사|상무|전무|부사장|사장|대표이사|회장|고문|매니저|선임|책임|수석)$/u;
/**
 * A Han name, then its Latin form: 陈伟 Chen Wei; a Japanese name written apart, as Japanese pages
 * write it, with the repeat mark (佐々木 真理 Mari Sasaki, 王 偉 Wang Wei).
 */
const HAN_THEN_LATIN =
  /^([\u4e00-\u9fa5][\u4e00-\u9fa5\u3005]{0,3}(?:[ \u3000][\u4e00-\u9fa5][\u4e00-\u9fa5\u3005]{0,2})?)\s+([A-Za-z][A-Za-z .'’-]+)$/u;
/**
 * A Chinese name with the profession it is addressed by, then the English name, as Hong Kong
 * firms head a lawyer's or a doctor's profile (梁家豪律師 Leung Ka Ho, 陳國強醫生 Chan Kwok Keung),
 * the page read folded to simplified.
 */
const HAN_PROFESSION_THEN_LATIN =
  /^([\u4e00-\u9fa5]{2,4})(?:律师|大律师|医生|医师)\s+([A-Za-z][A-Za-z .'’-]+)$/u;
const PROFESSION_WORD = /律师|医生|医师/;
const QUOTE_MARK = /["“„‘']/;
/**
 * A nickname in quotes between the given name and the surname: Margaret “Peggy” Alvarez,
 * Robert "Bob" Lee.
 */
const QUOTED_NICKNAME =
  /^(\p{Lu}[\p{L}.'’-]+)\s+["“„‘'][\p{Lu}][\p{L}.'’-]{0,19}["”“’']\s+(\p{Lu}[\p{L} .'’-]+)$/u;
/**
 * The same nickname in brackets, as team pages write it: Rebecca (Becky) Lowe, and in Hebrew
 * ולדימיר (ולאד) קוגן.
 */
const BRACKETED_NICKNAME =
  /^((?:\p{Lu}|[\u05d0-\u05ea])[\p{L}.'’-]+)\s+\((?:\p{Lu}|[\u05d0-\u05ea])[\p{L}.'’-]{0,19}\)\s+((?:\p{Lu}|[\u05d0-\u05ea])[\p{L} .'’-]+)$/u;
const PARENTHESISED = /^(.+?)\s*[(（]([^)）]{1,40})[)）]$/;
/** A name of up to 40 characters, then a longer remark in brackets (see personName). */
const TITLE_IN_BRACKETS = /^(.{2,40}?)\s*[(（]([^()（）]{1,80})[)）]$/;
/** Words in Latin letters only (a title in English, with its & and commas). */
const LATIN_WORDS = /^[A-Za-z][A-Za-z &/.,'’-]*$/;
/**
 * A surname and the way its bearer is addressed, where a card or a signature gives no given name
 * (刘先生, 周女士, 陈经理, 许会计: the accountant): the name a salesperson writes down for them,
 * honorific and all.
 */
const SURNAME_ADDRESS = /^([\u4e00-\u9fa5]{1,2})(?:先生|女士|小姐|老师|经理|主任|科长|处长|部长|会计)$/;
const ALL_CAPS_WORDS = /^[\p{Lu}'’.-]+(?:\s+[\p{Lu}'’.-]+){1,3}$/u;
/**
 * A surname, a comma, the given name (with a middle name or initial): how US school, district and
 * government staff directories list people (Andersen, Sarah; Cho, Christine M.; ANDERSEN, Sarah;
 * van der Berg, Anna). The given name is a word in lower case after its capital, so a state or a
 * company suffix after the comma (Springfield, IL; Acme, Inc.) is not one.
 */
const SURNAME_FIRST =
  /^((?:(?:van|von|de|der|den|da|di|du|le|la|del|dos)\s+)*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*,\s*(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.?|\p{Lu}[\p{Ll}'’-]+))?)$/u;
const ALL_CAPS_WORD = /^\p{Lu}[\p{Lu}'’-]+$/u;
const BARE_INITIAL = /(\s\p{Lu})$/u;
/** The first letter of each word, for title case (a module constant, see CAPITALISED in classifyText.ts). */
const WORD_START = /(^|[\s'’-])(\p{Ll})/gu;

/**
 * Two or more languages' codes and nothing else, as a site's language switch writes them (PL EN,
 * DE | EN, 中文 EN): no name, though two short capitalised words read as one (Li Na).
 */
const LANGUAGE_CODES_ONLY =
  /^(?:(?:en|pl|de|fr|es|it|pt|ru|uk|nl|tr|ar|cn|zh|jp|ja|kr|ko|vi|th|id|ms|cs|sk|hu|ro|sv|da|fi|no|el|he)\s*[|/·•]?\s*){2,}$/i;

/** The cleaned name when `text` is a person's name, else null. */
export function personName(text: string, context: NameContext): string | null {
  const thai = THAI_THEN_LATIN.exec(text.trim());
  if (thai !== null) return personName(thai[1] ?? '', context);
  // סאמר ח'ורי | سامر خوري: a name, then the same in Arabic after a bar.
  const piped = text.includes('|') ? ARABIC_AFTER_BAR.exec(text.trim()) : null;
  if (piped !== null) return personName(piped[1] ?? '', context);
  // Sdri. Suwarni, Bpk. Joko: a one-word Javanese name, named so by how it is addressed (and a
  // Thai one by its Khun).
  const addressedAlone = ADDRESSED_ALONE.exec(text.trim());
  if (addressedAlone !== null && !hasNonNameWord(addressedAlone[1] ?? '')) return addressedAlone[1] ?? null;
  const trimmed = text
    .trim()
    .replace(/^["“'‘]|["”'’:：,，;；]$/g, '')
    .replace(PREFIX, '')
    .replace(POST_NOMINAL, '')
    .replace(VIETNAMESE_ADDRESS, '')
    .replace(MALAYSIAN_TITLE, '')
    .trim();
  const t = SPACED_OUT_HAN_NAME.test(trimmed) ? trimmed.replace(/\s+/g, '') : trimmed;
  if (t.length > 40) {
    // A name, then its title in brackets, longer together than a name is: Ms. Chan Wing Yan
    // 陳詠欣 (Senior Sales Executive – Europe & Middle East), Mr. Liu Wei 劉偉 (Sales Manager,
    // Shenzhen Office 深圳代表處): the title first in them.
    const titled = TITLE_IN_BRACKETS.exec(t);
    const title = titled?.[2]?.split(/\s*[,，]\s*/)[0] ?? '';
    return titled !== null && looksLikeTitle(title) ? personName(titled[1] ?? '', context) : null;
  }
  if (t.length < 2) return null;
  // Kevin Hwang 황재원 과장, 울산지점장 권혁수 부장: a Korean name with its rank after it, perhaps its post
  // before it and its Latin form: the name with those taken off.
  const ranked = KOREAN_RANKED.exec(t);
  if (ranked !== null) {
    const named = personName(`${ranked[1] ?? ''}${ranked[2] ?? ''}`.trim(), context);
    if (named !== null) return named;
  }
  // PL EN, DE / EN: a site's language switch, its languages' codes.
  if (LANGUAGE_CODES_ONLY.test(t)) return null;
  const turned = context === 'labelled' && t.includes(',') ? surnameFirstName(t, context) : null;
  if (turned !== null) return turned;
  // 山田 太郎（やまだ たろう） / Taro Yamada: a name with its reading, then its Latin form after a
  // slash, as a Japanese page writes a name: the name.
  const slashed = t.includes('/') || t.includes('／') ? SLASHED_LATIN.exec(t) : null;
  if (slashed !== null && plainName(slashed[2] ?? '', context) !== null) {
    const left = (slashed[1] ?? '').replace(KANA_READING, '');
    const named = personName(left, context);
    if (named !== null) return named;
    if (looksLikeFamilyGivenName(left)) return left;
  }
  // 杉浦 康弘（すぎうら やすひろ）, 伊藤（いとう） 健二（けんじ） (a name read aloud in ruby), 所長 杉浦 康弘（…）,
  // 森 真由美（もり まゆみ）内線22: a Japanese name with its reading in kana, which says it is one,
  // perhaps after the post and before the extension.
  if (KANA_IN_BRACKETS.test(t)) {
    const bare = t
      .replace(KANA_READINGS, ' ')
      .replace(JAPANESE_POST, '')
      .replace(EXTENSION_AFTER_NAME, '')
      .trim();
    const spaced = bare.replace(/\s+/g, ' ');
    if (looksLikeFamilyGivenName(spaced, true)) return spaced;
  }
  const bracketed = t.includes('(') ? BRACKETED_NICKNAME.exec(t) : null;
  if (bracketed !== null && plainName(`${bracketed[1]} ${bracketed[2]}`, context) !== null) return t;
  const paren = PARENTHESISED.exec(t);
  if (paren !== null) {
    const outside = paren[1] ?? '';
    const named = personName(outside, context);
    if (named !== null) return named;
    // Sales Executive (Safety Equipment): what an English title covers, written after it, is a
    // product line or a region, capitalised as names are. 销售经理（张伟） is a name in brackets.
    const inside = paren[2] ?? '';
    const englishTitle = LATIN_WORDS.test(outside) && looksLikeTitle(outside);
    return englishTitle && !/[\u4e00-\u9fa5]/.test(inside) ? null : personName(inside, context);
  }
  const mixed = LATIN_THEN_HAN.exec(t);
  if (mixed !== null && twoScriptName(mixed[1] ?? '', mixed[2] ?? '', context)) return t;
  // Nguyen Thi Thu Ha 응우옌 티 투 하: a foreign name, then the same in Hangul word by word.
  const hangul = HANGUL_APART.exec(t);
  if (
    hangul !== null &&
    (hangul[2] ?? '').split(' ').length === (hangul[1] ?? '').trim().split(/\s+/).length &&
    plainName(hangul[1] ?? '', context) !== null
  )
    return t;
  const hanFirst = HAN_THEN_LATIN.exec(t);
  // 欧洲 Europe, 华东 East China: a place in both scripts, not a name. A Japanese name written
  // apart is one where its Latin form is a name (佐々木 真理 Mari Sasaki), or where a label says so.
  if (hanFirst !== null && !hasNonNameWord(hanFirst[2] ?? '')) {
    const han = hanFirst[1] ?? '';
    const apart = han.includes(' ') || han.includes('\u3000');
    if (
      apart
        ? personName(han, context) !== null ||
          (looksLikeFamilyGivenName(han) && plainName(hanFirst[2] ?? '', context) !== null)
        : plainName(han, context) !== null
    )
      return t;
    // 服部 慎吾 Shingo Hattori: a Japanese name apart, its Latin form a given and a family name.
    const latin = hanFirst[2] ?? '';
    const latinName =
      LATIN_GIVEN_FAMILY.test(latin) && !looksLikeTitle(latin) && !looksLikeOrganization(latin);
    if (apart && latinName && looksLikeFamilyGivenName(han, true)) return t;
  }
  // Plain substring tests first: few names have a profession or quotes in them.
  const profession = PROFESSION_WORD.test(t) ? HAN_PROFESSION_THEN_LATIN.exec(t) : null;
  // The English name must be a name on its own: 高级律师 Senior Counsel is a title.
  if (
    profession !== null &&
    plainName(profession[1] ?? '', context) !== null &&
    plainName(profession[2] ?? '', context) !== null
  )
    return t;
  const nicknamed = QUOTE_MARK.test(t) ? QUOTED_NICKNAME.exec(t) : null;
  if (nicknamed !== null && plainName(`${nicknamed[1]} ${nicknamed[2]}`, context) !== null) return t;
  return plainName(t, context);
}

/**
 * "Li Ming 李明", or an English given name alone before a Chinese name with a common surname
 * ("Vivian 周晓雯"): one person named in both scripts.
 */
function twoScriptName(latin: string, han: string, context: NameContext): boolean {
  if (plainName(latin, context) !== null) return true;
  // Alex Nam 남기태: a Korean name, its Latin form a given name and a family name however rare.
  if (HANGUL.test(han)) return looksLikeKoreanName(han) && LATIN_GIVEN_FAMILY.test(latin);
  return looksLikeGivenName(latin) && looksLikeChineseName(han, true);
}

/**
 * "Andersen, Sarah" as the name it is (Sarah Andersen, as a schema.org record's givenName and
 * familyName are joined), else null. Not when the part before the comma is a name on its own
 * ("Vincent Cheung, Branch Manager"): that is a name and what follows it.
 */
export function surnameFirstName(text: string, context: NameContext): string | null {
  const m = SURNAME_FIRST.exec(text);
  if (m === null) return null;
  const surname = m[1] ?? '';
  if (personName(surname, context) !== null) return null;
  const readable = surname
    .split(' ')
    .map((w) => (ALL_CAPS_WORD.test(w) ? titleCase(w) : w))
    .join(' ');
  // A middle initial without its dot (Sarah M) is written as names write it (Sarah M.).
  const given = (m[2] ?? '').replace(BARE_INITIAL, '$1.');
  return plainName(`${given} ${readable}`, context);
}

function plainName(text: string, context: NameContext): string | null {
  const address = SURNAME_ADDRESS.exec(text);
  if (address !== null && isCommonSurname(address[1] ?? '')) return text;
  const t = cleanPersonName(text);
  // "Account Executive", "Commercial Director": capitalised like a name, but a job; "Peeters
  // Technics BV": a firm, its legal form written in capitals as a name's word may be.
  if (looksLikeTitle(t) || looksLikeOrganization(t)) return null;
  if (looksLikePersonName(t)) return t;
  if (context === 'labelled' && (looksLikeChineseName(t, false) || looksLikeFamilyGivenName(t))) return t;
  if (ALL_CAPS_WORDS.test(t)) {
    const readable = titleCase(t);
    if (!looksLikeTitle(readable) && looksLikePersonName(readable)) return readable;
  }
  return null;
}

/** KEVIN LIU → Kevin Liu, O'CONNOR → O'Connor, MARY-KATE → Mary-Kate. */
function titleCase(text: string): string {
  return text.toLowerCase().replace(WORD_START, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
