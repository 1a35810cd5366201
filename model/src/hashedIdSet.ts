/**
 * A set of ids that keeps only a 64-bit hash of each, in two typed arrays: ten million
 * relationship ids take about 130 MB here against well over 1 GB as a Set of strings, so a
 * streaming import or the generator can spot duplicates in bounded memory. The price is a false
 * "already seen" with odds of about n²/2⁶⁵ (5 in a million at ten million ids).
 */
export class HashedIdSet {
  private hi = new Uint32Array(1 << 16);
  private lo = new Uint32Array(1 << 16);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds the id; false when it (or an id with the same hash) was there already. */
  add(id: string): boolean {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    // (0, 0) marks an empty slot, so no hash may be it.
    h1 >>>= 0;
    h2 = h2 >>> 0 || 1;
    if ((this.count + 1) * 10 > this.hi.length * 7) this.grow();
    return this.insert(h1, h2);
  }

  private insert(h1: number, h2: number): boolean {
    const mask = this.hi.length - 1;
    for (let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask; ; slot = (slot + 1) & mask) {
      if (this.hi[slot] === 0 && this.lo[slot] === 0) {
        this.hi[slot] = h1;
        this.lo[slot] = h2;
        this.count++;
        return true;
      }
      if (this.hi[slot] === h1 && this.lo[slot] === h2) return false;
    }
  }

  private grow(): void {
    const [hi, lo] = [this.hi, this.lo];
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(lo.length * 2);
    this.count = 0;
    for (let i = 0; i < hi.length; i++) if (hi[i] !== 0 || lo[i] !== 0) this.insert(hi[i]!, lo[i]!);
  }
}
