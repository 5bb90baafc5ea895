/**
 * The fuzz tests' own generator (mulberry32): small, seeded, the same stream in every engine, and
 * separate from the game's so fuzzing never depends on how the game draws its numbers.
 */
export class Prng {
  private s: number;

  constructor(seed: number) {
    this.s = seed >>> 0;
  }

  /** A uint32. */
  u32(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** An integer in 0..n-1 (n <= 2^32; the tiny modulo bias does not matter for fuzzing). */
  int(n: number): number {
    return n <= 0 ? 0 : this.u32() % n;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.u32() / 4294967296 < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** A seed for a sub-stream, so one case can be replayed alone from its printed seed. */
  fork(): Prng {
    return new Prng(this.u32());
  }
}
