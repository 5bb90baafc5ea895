import { checkInt } from './errors';

/** sfc32 generator state: four uint32 words. It lives in GameStateData.rng so saves and replays carry it. */
export type RngState = [number, number, number, number];

const TWO_POW_32 = 4294967296;

/**
 * Expands a uint32 seed into sfc32 state with splitmix32, then discards the first 12 outputs:
 * sfc32 mixes poorly for its first few rounds, and nearby seeds must not give nearby streams.
 */
export function seedRng(seed: number): RngState {
  checkInt(seed, 'seed', 0, TWO_POW_32 - 1);
  let x = seed;
  const splitmix32 = (): number => {
    x = (x + 0x9e3779b9) | 0;
    let t = x ^ (x >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
  const state: RngState = [splitmix32(), splitmix32(), splitmix32(), splitmix32()];
  for (let i = 0; i < 12; i++) nextU32(state);
  return state;
}

/** Advances `state` in place and returns the next uint32 (0..2^32-1). */
export function nextU32(state: RngState): number {
  const [a, b, c, d] = state;
  const t = (((a + b) | 0) + d) | 0;
  state[3] = (d + 1) >>> 0;
  state[0] = (b ^ (b >>> 9)) >>> 0;
  state[1] = (c + (c << 3)) >>> 0;
  state[2] = (((c << 21) | (c >>> 11)) + t) >>> 0;
  return t >>> 0;
}

/**
 * A uniform integer in 0..n-1, for 1 <= n <= 2^32. Draws that fall in the short top slice of the
 * uint32 range are rejected and redrawn, so no value is favoured (no modulo bias).
 */
export function randomInt(state: RngState, n: number): number {
  checkInt(n, 'randomInt(n)', 1, TWO_POW_32);
  const limit = TWO_POW_32 - (TWO_POW_32 % n);
  let x = nextU32(state);
  while (x >= limit) x = nextU32(state);
  return x % n;
}
