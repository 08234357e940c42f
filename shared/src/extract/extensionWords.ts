// The words pages write an extension after, in one place for every pattern that looks for one:
// right after a number (findPhones' EXTENSION_AFTER), in a line's text (lineFacts' EXTENSION and
// EXTENSION_NOTE) and alone on a line (blockBuilder's EXTENSION_ONLY).

/** A letter of the scripts the words below are written in: none may stand right before one. */
const LETTER = String.raw`[A-Za-z\u00c0-\u024f\u0400-\u04ff]`;

/**
 * The words an extension is written after, wherever it stands, abbreviations with their dot:
 * 分机 215, 分機, 内线, ext. 216, extn. 12, extension 12; Portuguese ramal and extensão, Chile's
 * anexo 4031, Italian interno, French poste 214, Czech linka 320, Slovak klapka 185, Romanian
 * int. 134, Swedish ankn. 150 and anknytning, the Philippines' loc. 120 and local 231, Polish
 * wew. 31, Bulgarian вътр. 215, Ukrainian вн. 230, Latvian iekš. 162 and iekšējais 23, Hebrew
 * שלוחה 4, Japanese 内線218. Never the end of a longer word (composte, recall).
 */
export const EXTENSION_WORD = String.raw`(?<!${LETTER})(?:分机|分機|内线|內線|内線|שלוחה|ext\.?|extn\.?|extension|extens[ãa]o|ramal|anexo|interno|poste|linka|klapka|int\.|ankn\.|anknytning|loc\.|local|wew\.|вътр\.|вн\.|iekš\.|iekšējais)`;

/**
 * What marks an extension right after a number: the words above, their abbreviations without
 * the dot too (int 134, ankn 214), and the marks that say an extension only there: 转 801, x101,
 * #12.
 */
export const EXTENSION_MARK = `(?:${EXTENSION_WORD}|(?<!${LETTER})(?:int|ankn|loc|wew|вътр|вн|iekš)(?!${LETTER})|转|轉|x|#)`;
