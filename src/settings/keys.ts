/**
 * Key codes as the browser's KeyboardEvent.keyCode (and Phaser's KeyCodes) number them. Kept here as
 * plain numbers so settings stay free of Phaser and testable in Node.
 */
export const KEY = {
  BACKSPACE: 8,
  TAB: 9,
  ENTER: 13,
  SHIFT: 16,
  CTRL: 17,
  ALT: 18,
  ESC: 27,
  SPACE: 32,
  LEFT: 37,
  UP: 38,
  RIGHT: 39,
  DOWN: 40,
  A: 65,
  D: 68,
  E: 69,
  G: 71,
  P: 80,
  R: 82,
  S: 83,
  W: 87,
  X: 88,
} as const;

const NAMED: Record<number, string> = {
  8: 'Backspace',
  9: 'Tab',
  13: 'Enter',
  16: 'Shift',
  17: 'Ctrl',
  18: 'Alt',
  20: 'CapsLock',
  27: 'Esc',
  32: 'Space',
  37: 'Left',
  38: 'Up',
  39: 'Right',
  40: 'Down',
  186: ';',
  187: '=',
  188: ',',
  189: '-',
  190: '.',
  191: '/',
  192: '`',
  219: '[',
  220: '\\',
  221: ']',
  222: "'",
};

/** A short, readable name for a key code: letters and digits as themselves, the rest by name. */
export function keyName(code: number): string {
  const named = NAMED[code];
  if (named) return named;
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90)) return String.fromCharCode(code);
  if (code >= 96 && code <= 105) return `Num${code - 96}`;
  if (code >= 112 && code <= 123) return `F${code - 111}`;
  return `#${code}`;
}

/** Key codes the game keeps for itself (ghost toggle), never offered to an action. */
export const RESERVED_KEYS: readonly number[] = [KEY.G];
