/**
 * A text without its accents: decomposed (NFD), its combining marks taken off, composed again
 * (Αιγαίον is Αιγαιον, Bảo hành is Bao hanh). Letters written whole (đ, ø, ı) stay as they are.
 */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').normalize('NFC');
}

/** Combining marks, as NFD writes a letter's accents apart (a module constant, compiled once). */
const MARKS = /\p{M}/gu;
