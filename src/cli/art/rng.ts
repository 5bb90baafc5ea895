/** A small seeded PRNG (mulberry32): the generator must give identical bytes on every run. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('Rng.pick: empty list');
    return item;
  }
}

/**
 * Tileable value noise: a coarse random lattice, smoothly interpolated and wrapped at `period` pixels, so
 * blotches (mud, wet patches) continue across tile edges.
 */
export function tileNoise(rng: Rng, period: number, cells: number): (x: number, y: number) => number {
  const lattice: number[] = [];
  for (let i = 0; i < cells * cells; i++) lattice.push(rng.next());
  const cell = period / cells;
  const value = (ix: number, iy: number): number =>
    lattice[(((iy % cells) + cells) % cells) * cells + (((ix % cells) + cells) % cells)] ?? 0;
  const smooth = (t: number): number => t * t * (3 - 2 * t);
  return (x, y) => {
    const fx = x / cell;
    const fy = y / cell;
    const ix = Math.floor(fx);
    const iy = Math.floor(fy);
    const tx = smooth(fx - ix);
    const ty = smooth(fy - iy);
    const top = value(ix, iy) * (1 - tx) + value(ix + 1, iy) * tx;
    const bottom = value(ix, iy + 1) * (1 - tx) + value(ix + 1, iy + 1) * tx;
    return top * (1 - ty) + bottom * ty;
  };
}
