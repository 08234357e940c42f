import { looksLikeOrganization } from './classifyText.ts';

// Does a line read like a postal address? Chinese addresses run from province to room number (省
// 市 区 路 号 楼 室); English ones have a house number and a street word, or a postcode.

const ADDRESS_ZH = /[省市区县路街道号楼室镇村]/;
// The Gulf's and others' without a house number: a street by its number (Street 11), a shed, a
// plot or a shop by theirs (Shed No. 27, Plot S30211), a P.O. Box.
const ADDRESS_EN =
  /\d+\s+\S+.*\b(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Way|Drive|Dr|Court|Ct|Square|Sq|Floor|Suite|Place|Pl|Harbour|Park|Centre|Center|Tower|Building)\b|\b(?:Unit|Suite|Floor)\s+\d|\b(?:Street|Road)\s+\d{1,3}\b|\b(?:Shed|Plot|Shop|Villa|Warehouse)\s+(?:No\.?\s*)?[A-Z]?\d+|\bP\.?\s?O\.?\s*Box\s+\d+|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|\b(?!(?:19|20)\d{2}\b)\d{4,5}\s+\p{Lu}\p{Ll}+\b/u;
/**
 * A sentence ends and another starts: running text, not an address (a module constant, see
 * CAPITALISED). Not the dot of an initial (P.O. Box).
 */
const SENTENCE_BREAK = /(?<!\b\p{Lu})[.!?]\s+\p{Lu}/u;

/** A postal address on one line (not a company name, not a sentence). */
export function looksLikeAddress(text: string): boolean {
  if (
    text.length < 8 ||
    text.length > 160 ||
    looksLikeOrganization(text) ||
    /@|©|版权|备案|ICP|[:：]/i.test(text)
  )
    return false;
  if (/[\u4e00-\u9fa5]/.test(text))
    return ADDRESS_ZH.test(text) && /\d|路|街/.test(text) && !/[。！？]/.test(text);
  return ADDRESS_EN.test(text) && !SENTENCE_BREAK.test(text);
}
