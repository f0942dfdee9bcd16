/**
 * A set of non-negative integers below 2^52 (the TM's exact hashes) in one Float64Array, open addressing.
 * A million-unit import remembers a hash per unit to drop repeats; in a JS Set each of those hashes is a
 * heap number plus an entry (about 50 bytes, garbage the collector walks on every pass), here 16 bytes
 * at most and nothing for the collector to trace.
 */
const EMPTY = 0;
const MAX = 2 ** 52;

export class NumberSet {
  /** Each slot holds value + 1, so 0 can mean empty. */
  private slots: Float64Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.slots = new Float64Array(n);
    this.mask = n - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Adds `value`; false when it was already there. */
  add(value: number): boolean {
    if (!Number.isInteger(value) || value < 0 || value >= MAX)
      throw new RangeError(`NumberSet holds integers in [0, 2^52), got ${value}`);
    const stored = value + 1;
    let i = this.slotOf(value);
    for (;;) {
      const s = this.slots[i] as number;
      if (s === EMPTY) break;
      if (s === stored) return false;
      i = (i + 1) & this.mask;
    }
    this.slots[i] = stored;
    if (++this.count * 2 > this.slots.length) this.grow();
    return true;
  }

  has(value: number): boolean {
    const stored = value + 1;
    for (let i = this.slotOf(value); ; i = (i + 1) & this.mask) {
      const s = this.slots[i] as number;
      if (s === EMPTY) return false;
      if (s === stored) return true;
    }
  }

  /** The slot to probe first: low and high 32 bits mixed, so values alike in their low bits still spread. */
  private slotOf(value: number): number {
    const lo = value >>> 0;
    const hi = (value / 0x100000000) >>> 0;
    return (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 0) & this.mask;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    this.mask = this.slots.length - 1;
    for (const s of old) {
      if (s === EMPTY) continue;
      let i = this.slotOf(s - 1);
      while (this.slots[i] !== EMPTY) i = (i + 1) & this.mask;
      this.slots[i] = s;
    }
  }
}
