/**
 * One InputFrame per tick: a bit set of what the player holds, plus edge bits for presses.
 * A number, so replays run-length encode it cheaply and hashes stay stable.
 */
export type InputFrame = number;

export const IN_UP = 1;
export const IN_DOWN = 2;
export const IN_LEFT = 4;
export const IN_RIGHT = 8;
/** pressed this tick (edge): talk, use, open, advance dialogue */
export const IN_INTERACT = 16;
/** held: run (faster, noisy) */
export const IN_RUN = 32;
/** pressed this tick (edge): skip the whole dialogue or caption */
export const IN_SKIP = 64;
/** held: interact held down (working a lever); set for as long as the interact key is down */
export const IN_USE = 128;

export const INPUT_MASK = 255;
export const NO_INPUT: InputFrame = 0;

export function isValidInput(frame: unknown): frame is InputFrame {
  return typeof frame === 'number' && Number.isInteger(frame) && frame >= 0 && frame <= INPUT_MASK;
}
