/**
 * Head templates for the 16 x 16 actor frames, rows 1..6 of the frame (row 0 is left for the outline).
 * Letters are colour roles, mapped per character in actors.ts:
 *   H hair or hat, h its highlight, K dark trim (visor, hat band), A a pale accent (badge, glasses glint),
 *   F skin, f skin in shade, L lit skin (a bald crown), E eyes.
 * "left" is drawn; "right" is its mirror image.
 */
export type HeadKind = 'joe' | 'short' | 'bald' | 'knit' | 'cap' | 'officer' | 'fedora' | 'balding';
export type Dir = 'down' | 'up' | 'left';

export const HEADS: Record<HeadKind, Record<Dir, readonly string[]>> = {
  // Joe: a dark, heavy forelock
  joe: {
    down: [
      '.....HhhHHH.....',
      '....HHHhHHHH....',
      '....HHFFFFHH....',
      '....FFEFFEFF....',
      '....fFFFFFFf....',
      '.....fFFFFf.....',
    ],
    up: [
      '.....HHhhHH.....',
      '....HHhHHHHH....',
      '....HHHHHHHH....',
      '....HHHHHHHH....',
      '....fHHHHHHf....',
      '.....fFFFFf.....',
    ],
    left: [
      '.....HHhhH......',
      '....HHHhHHHH....',
      '....HHFHHHHH....',
      '....FEFFHHHH....',
      '...FFFFFfHH.....',
      '....FFFFf.......',
    ],
  },
  short: {
    down: [
      '......hHHH......',
      '....HHHHhHHH....',
      '....HFFFFFFH....',
      '....FFEFFEFF....',
      '....fFFFFFFf....',
      '.....fFFFFf.....',
    ],
    up: [
      '......HHhH......',
      '....HHHhHHHH....',
      '....HHHHHHHH....',
      '....HHHHHHHH....',
      '....fHHHHHHf....',
      '.....fFFFFf.....',
    ],
    left: [
      '......HhHH......',
      '.....HHHhHHH....',
      '....FFFHHHHH....',
      '....FEFFHHHH....',
      '...FFFFFfHH.....',
      '....FFFFf.......',
    ],
  },
  // shaved head: the crown catches the light
  bald: {
    down: [
      '.....FLLFFF.....',
      '....FFLFFFFF....',
      '....fFFFFFFf....',
      '....FKEFFEKF....',
      '....fFFFFFFf....',
      '.....fFffFf.....',
    ],
    up: [
      '.....FFLLFF.....',
      '....FFFLFFFF....',
      '....fFFFFFFf....',
      '....fFFFFFFf....',
      '....ffFFFFff....',
      '.....fFFFFf.....',
    ],
    left: [
      '......FLLF......',
      '.....FFLFFFF....',
      '.....FFFFFFf....',
      '....FEFFffFf....',
      '...FFFFFfff.....',
      '....FFFFf.......',
    ],
  },
  // knitted watch cap, rolled brim
  knit: {
    down: [
      '.....HhhHHH.....',
      '....HHhHHHHH....',
      '....KKKKKKKK....',
      '....FFEFFEFF....',
      '....fFFFFFFf....',
      '.....fFFFFf.....',
    ],
    up: [
      '.....HHhhHH.....',
      '....HHHhHHHH....',
      '....KKKKKKKK....',
      '....HHHHHHHH....',
      '....fHHHHHHf....',
      '.....fFFFFf.....',
    ],
    left: [
      '......HhhHH.....',
      '.....HhHHHHH....',
      '.....KKKKKKK....',
      '....FEFFHHHH....',
      '...FFFFFfHH.....',
      '....FFFFf.......',
    ],
  },
  // guard's peaked cap: crown, badge, a black visor shading the eyes
  cap: {
    down: [
      '....hhHHHHHH....',
      '...HHHHAAHHHH...',
      '...KKKKKKKKKK...',
      '....FfEFFEfF....',
      '....fFFFFFFf....',
      '.....fFFFFf.....',
    ],
    up: [
      '....HhhHHHHH....',
      '...HHHHHHHHHH...',
      '...KKKKKKKKKK...',
      '....HHHHHHHH....',
      '....fHHHHHHf....',
      '.....fFFFFf.....',
    ],
    left: [
      '.....hhHHHH.....',
      '....HAHHHHHH....',
      '..KKKKKHHHHH....',
      '....FEFFHHH.....',
      '...FFFFFfH......',
      '....FFFFf.......',
    ],
  },
  // Munsey's officer's cap: wider, flat-topped crown, a bigger badge
  officer: {
    down: [
      '...hhhhhhhhhh...',
      '...HHHHAAHHHH...',
      '....KKKKKKKK....',
      '....FEFFFFEF....',
      '....fFFFFFFf....',
      '.....fFFFFf.....',
    ],
    up: [
      '...hhhhhhhhhh...',
      '...HHHHHHHHHH...',
      '....KKKKKKKK....',
      '....HHHHHHHH....',
      '....fHHHHHHf....',
      '.....fFFFFf.....',
    ],
    left: [
      '....hhhhhhhh....',
      '....HAAHHHHH....',
      '..KKKKKKHHHH....',
      '....FEFFHHH.....',
      '...FFFFFfH......',
      '....FFFFf.......',
    ],
  },
  // the attorney's fedora: pinched crown, band, a wide brim
  fedora: {
    down: [
      '.....HhhhHH.....',
      '....HKKKKKKH....',
      '..HHHHHHHHHHHH..',
      '....FEFFFFEF....',
      '....fFFFFFFf....',
      '.....fFFFFf.....',
    ],
    up: [
      '.....HHhhHH.....',
      '....HKKKKKKH....',
      '..HHHHHHHHHHHH..',
      '....HHHHHHHH....',
      '....fHHHHHHf....',
      '.....fFFFFf.....',
    ],
    left: [
      '......HhhHH.....',
      '.....HKKKKKH....',
      '..HHHHHHHHHHH...',
      '....FEFFHHHH....',
      '...FFFFFfHH.....',
      '....FFFFf.......',
    ],
  },
  // the doctor: thin grey hair round a bald crown, spectacles glinting
  balding: {
    down: [
      '.....FLLFFF.....',
      '....HFLFFFFH....',
      '....HFFFFFFH....',
      '....FAAFFAAF....',
      '....fFFFFFFf....',
      '.....fFFFFf.....',
    ],
    up: [
      '.....FFLLFF.....',
      '....HFFLFFFH....',
      '....HHHHHHHH....',
      '....HHHHHHHH....',
      '....fHHHHHHf....',
      '.....fFFFFf.....',
    ],
    left: [
      '......FLLF......',
      '.....FLFFFHH....',
      '.....FFFFHHH....',
      '....AAFFHHHH....',
      '...FFFFFfHH.....',
      '....FFFFf.......',
    ],
  },
};
