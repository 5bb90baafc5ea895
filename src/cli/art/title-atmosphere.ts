/** The title's air and water: sky, searchlight beam, water and reflections, rain, vignette. */
import { dither, mix, sq, type Canvas, type Rgb } from './canvas.ts';
import { g, w, wet } from './palette.ts';
import { tileNoise, type Rng } from './rng.ts';

export const W = 384;
export const H = 216;
/** The waterline, in pixels from the top. */
export const WATER = 170;

/** Pick from a colour ramp at v (0..1), ordered-dithering between neighbouring steps. */
export function ramp(x: number, y: number, colours: readonly Rgb[], v: number): Rgb {
  const p = Math.max(0, Math.min(1, v)) * (colours.length - 1);
  const i = Math.floor(p);
  const lo = colours[i] ?? colours[0] ?? 0;
  const hi = colours[Math.min(colours.length - 1, i + 1)] ?? lo;
  return dither(x, y, p - i) ? hi : lo;
}

/** Night sky: calm and near-black at the top for the title, low rain clouds thickening to the horizon. */
export function sky(c: Canvas, rng: Rng): void {
  const big = tileNoise(rng, W, 6);
  const small = tileNoise(rng, W / 2, 8);
  const colours = [g(0), g(1), mix(g(1), wet(1), 0.5), g(2), mix(g(3), wet(2), 0.5), g(3), g(4), g(5), g(6)];
  for (let y = 0; y < WATER; y++) {
    const t = y / WATER;
    for (let x = 0; x < W; x++) {
      // clouds are stretched sideways (sample y faster than x) and fade out towards the top
      const cloud = big(x, y * 3) * 0.7 + small(x * 1.5, y * 4) * 0.3;
      // a low glow under the cloud at the horizon, so the prison stands in silhouette against it
      const v = 0.1 + t * t * 1.05 + (cloud - 0.5) * (0.08 + t * 0.5);
      c.set(x, y, ramp(x, y, colours, v));
    }
  }
}

export interface Beam {
  ox: number;
  oy: number;
  /** a point the beam's axis passes through */
  tx: number;
  ty: number;
  /** half-width gained per pixel of distance (the cone's spread) */
  spread: number;
}

/** How strongly the beam lights (x, y): 0 outside, up to 1 on the axis near the lamp. */
export function beamAt(b: Beam, x: number, y: number): number {
  const ax = b.tx - b.ox;
  const ay = b.ty - b.oy;
  const len = Math.sqrt(ax * ax + ay * ay);
  const ux = ax / len;
  const uy = ay / len;
  const dx = x - b.ox;
  const dy = y - b.oy;
  const along = dx * ux + dy * uy;
  if (along <= 0) return 0;
  const across = Math.abs(dx * -uy + dy * ux);
  const half = 1.5 + along * b.spread;
  if (across > half) return 0;
  const edge = 1 - sq(across / half);
  const fade = Math.max(0, 1 - along / 520);
  return edge * (0.35 + 0.65 * fade);
}

/** Light the air in the beam in a few dithered steps, so it stays pixel art and not an airbrush. */
export function drawBeam(c: Canvas, b: Beam, maxY: number): void {
  const light = mix(g(12), w(8), 0.4);
  for (let y = 0; y < maxY; y++) {
    for (let x = 0; x < W; x++) {
      const v = beamAt(b, x, y);
      if (v <= 0) continue;
      const steps = v * 4;
      const level = Math.floor(steps) + (dither(x, y, steps - Math.floor(steps)) ? 1 : 0);
      if (level > 0) c.blend(x, y, light, level * 0.07);
    }
  }
}

/**
 * The moat: the scene above mirrored and darkened, each row nudged sideways by its own ripple, with glints
 * along the ripples.
 */
export function water(c: Canvas, rng: Rng): void {
  const shifts: number[] = [];
  for (let y = WATER; y < H; y++) shifts.push(rng.range(-2, 2));
  for (let y = WATER; y < H; y++) {
    const depth = (y - WATER) / (H - WATER);
    const srcY = WATER - 1 - (y - WATER);
    const shift = shifts[y - WATER] ?? 0;
    for (let x = 0; x < W; x++) {
      const src = c.get(x + shift, srcY) ?? g(0);
      const dark = mix(src, wet(0), 0.55 + depth * 0.25);
      c.set(x, y, dither(x, y, 0.3) ? mix(dark, wet(1), 0.3) : dark);
    }
  }
  // ripple glints: short dashes of sheen
  for (let i = 0; i < 140; i++) {
    const y = WATER + 1 + rng.int(H - WATER - 1);
    const x = rng.int(W);
    const len = 2 + rng.int(6);
    for (let k = 0; k < len; k++) c.blend(x + k, y, wet(4), 0.22);
  }
  c.fill(0, WATER, W, 1, wet(1));
}

/** A light's long broken reflection down the water. */
export function reflection(c: Canvas, rng: Rng, x: number, colour: Rgb, strength: number): void {
  for (let y = WATER + 2; y < H; y++) {
    if (rng.chance(0.35)) continue;
    const fade = strength * (1 - (y - WATER) / (H - WATER + 12));
    const wobble = rng.range(-1, 1);
    const len = 1 + rng.int(3);
    for (let k = -len; k <= len; k++)
      c.blend(x + wobble + k, y, colour, fade * (1 - Math.abs(k) / (len + 1)));
  }
}

/** Rain: thin slanting streaks; inside the searchlight beam they light up. */
export function rain(c: Canvas, rng: Rng, b: Beam): void {
  for (let i = 0; i < 900; i++) {
    const x0 = rng.int(W + 40);
    const y0 = rng.int(H);
    const len = 4 + rng.int(5);
    const lit = beamAt(b, x0, y0);
    // calmer in the top third, where the game sets the title
    const calm = y0 < H / 3 ? 0.45 : 1;
    const a = lit > 0 ? 0.35 + lit * 0.5 : (0.1 + rng.next() * 0.12) * calm;
    for (let k = 0; k < len; k++) c.blend(x0 - Math.floor(k / 3), y0 + k, g(12), a * (0.4 + (0.6 * k) / len));
  }
  // splashes ringing on the water
  for (let i = 0; i < 40; i++) {
    const x = rng.int(W);
    const y = WATER + 3 + rng.int(H - WATER - 4);
    c.blend(x - 1, y, g(9), 0.35);
    c.blend(x + 1, y, g(9), 0.35);
    c.blend(x, y - 1, g(11), 0.25);
  }
}

/** Darken the frame's edges, dithered, to pull the eye in. */
export function vignette(c: Canvas): void {
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const dx = (x - W / 2) / (W / 2);
      const dy = (y - H / 2) / (H / 2);
      const d = Math.max(0, dx * dx * 0.8 + dy * dy * 0.6 - 0.35);
      if (d > 0 && dither(x, y, Math.min(1, d * 1.4))) c.blend(x, y, g(0), 0.5);
    }
  }
}
