/**
 * Westgate's palette. Noir: cool greys from near-black to a pale grey, a few very desaturated warm greys
 * for lamplight, wood and skin, and ONE accent: a red kept for danger cues only (alarm lamp, alert icon).
 */
import type { Rgb } from './canvas.ts';

/** Cool greys, darkest first: GREY[0] is the void, GREY[13] the palest highlight. */
export const GREY = [
  0x0e0f11, 0x15171a, 0x1c1f23, 0x24272c, 0x2d3137, 0x373c43, 0x424850, 0x4f565e, 0x5e656e, 0x6f767f,
  0x838a93, 0x9ca2aa, 0xb4b9bf, 0xc9ccd1,
] as const;

/** Desaturated warm greys: lamplight, wood, skin. */
export const WARM = [
  0x1e1b19, 0x292624, 0x373330, 0x48433e, 0x5b5650, 0x736d66, 0x8e877e, 0xaba59a, 0xc3beb4,
] as const;

/** Wet, reflective darks (puddles, water), a hair bluer than the greys. */
export const WET = [0x12161b, 0x1a1f25, 0x232b33, 0x333d46, 0x525d67, 0x7a858e] as const;

/** The danger accent, with one shade each side of it. Use for danger cues only. */
export const RED = 0xc0303a;
export const RED_DARK = 0x6e1c22;
export const RED_LIGHT = 0xf07a80;

function at<T extends readonly number[]>(ramp: T, i: number): Rgb {
  const clamped = Math.max(0, Math.min(ramp.length - 1, Math.round(i)));
  return ramp[clamped] ?? 0;
}

/** Grey by index (clamped), so shading code can step `g(i - 1)` without bounds checks. */
export const g = (i: number): Rgb => at(GREY, i);
export const w = (i: number): Rgb => at(WARM, i);
export const wet = (i: number): Rgb => at(WET, i);

/** Every colour above, for the README and for tests of palette discipline. */
export const PALETTE: readonly Rgb[] = [...GREY, ...WARM, ...WET, RED_DARK, RED, RED_LIGHT];
