/**
 * The symbols of a short id packed into a number: digits, ASCII letters, - and _ (64 of them,
 * six bits each). Other characters keep the id a string.
 */
const SYMBOLS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const SYMBOL_OF = new Int8Array(128).fill(-1);
for (let s = 0; s < SYMBOLS.length; s++) SYMBOL_OF[SYMBOLS.charCodeAt(s)] = s;

/** Up to eight symbols: two halves of 24 bits and the length, 51 bits in all (exact in a double). */
const MAX_PACKED_LENGTH = 8;
const HALF = 2 ** 24;
const EMPTY = -1;

/**
 * Numbers distinct ids 0, 1, 2 … in the order they first come, as a Map<string, number> would,
 * for the customer id of every order of a large table and the ids of the customer table. Such ids
 * are mostly short codes (C000123, 10086, VIP-7): those are packed into a number, found in an
 * open-addressing table of doubles by arithmetic alone. A Map has to hash each id, a new string
 * every row, which cost several times as much. Any other id (longer, or with other characters)
 * goes to a Map.
 */
export class IdKeys {
  /** The ids, by key. */
  readonly ids: string[] = [];
  private readonly others = new Map<string, number>();
  private packed: Float64Array;
  private keyAt: Int32Array;
  private mask: number;
  private packedCount = 0;

  /**
   * `expected`: how many ids are likely (a table's rows), so that the slots are made once at
   * their size rather than doubled from 1,024 on, each time placing every id again.
   */
  constructor(expected = 0) {
    let slots = 1024;
    while (slots < expected * 2 + 2) slots *= 2;
    this.packed = new Float64Array(slots).fill(EMPTY);
    this.keyAt = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** The id's key, a new one (the next number) for an id not seen before. */
  keyOf(id: string): number {
    return this.lookup(id, true);
  }

  /** The id's key, or -1 for an id not numbered (find adds none). */
  find(id: string): number {
    return this.lookup(id, false);
  }

  private lookup(id: string, add: boolean): number {
    const length = id.length;
    if (length === 0 || length > MAX_PACKED_LENGTH) return this.otherKey(id, add);
    let high = 0;
    let low = 0;
    for (let i = 0; i < length; i++) {
      const code = id.charCodeAt(i);
      const symbol = code < 128 ? (SYMBOL_OF[code] as number) : -1;
      if (symbol < 0) return this.otherKey(id, add);
      if (i < 4) high = high * 64 + symbol;
      else low = low * 64 + symbol;
    }
    const value = (length * HALF + high) * HALF + low;
    const mask = this.mask;
    let slot = slotOf(high, low, length) & mask;
    for (;;) {
      const held = this.packed[slot] as number;
      if (held === value) return this.keyAt[slot] as number;
      if (held === EMPTY) break;
      slot = (slot + 1) & mask;
    }
    if (!add) return -1;
    const key = this.ids.length;
    this.ids.push(id);
    this.packed[slot] = value;
    this.keyAt[slot] = key;
    if (++this.packedCount * 2 > mask) this.grow();
    return key;
  }

  private otherKey(id: string, add: boolean): number {
    let key = this.others.get(id);
    if (key === undefined) {
      if (!add) return -1;
      key = this.ids.length;
      this.ids.push(id);
      this.others.set(id, key);
    }
    return key;
  }

  /** Twice the slots, each packed id placed again (kept at most half full, probes stay short). */
  private grow(): void {
    const packed = this.packed;
    const keyAt = this.keyAt;
    const mask = this.mask * 2 + 1;
    this.packed = new Float64Array(mask + 1).fill(EMPTY);
    this.keyAt = new Int32Array(mask + 1);
    this.mask = mask;
    for (let s = 0; s < packed.length; s++) {
      const value = packed[s] as number;
      if (value === EMPTY) continue;
      const low = value % HALF;
      const rest = (value - low) / HALF;
      const high = rest % HALF;
      let slot = slotOf(high, low, (rest - high) / HALF) & mask;
      while (this.packed[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.packed[slot] = value;
      this.keyAt[slot] = keyAt[s] as number;
    }
  }
}

/** A well-mixed 32-bit hash of a packed id (murmur3's finaliser). */
function slotOf(high: number, low: number, length: number): number {
  let h = Math.imul(high ^ Math.imul(low, 0x9e3779b1), 0x85ebca6b) ^ length;
  h ^= h >>> 16;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 13);
}
