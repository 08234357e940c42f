/** A character code with ASCII A–Z lowered to a–z, every other code as it is (no string made). */
export function asciiLowerCode(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}
