import { settingsOf } from '../settings/link';

/**
 * The font's sizes: 8 px (its own 6 x 10 cell) and, for large text, exactly twice that, so every
 * glyph stays whole pixels. At 16 px the 384 x 216 view holds 32 characters a line and 10 lines.
 */
export const TEXT_PX = { normal: 8, large: 16 } as const;

/** Large text is on (a setting): menus, cards, captions and the dialogue box read it. */
export function largeText(game: object): boolean {
  return settingsOf(game)?.current.textSize === 'large';
}
