/**
 * Body templates, rows 7..14 of the 16 x 16 frame (feet on row 14, outline on row 15). Roles:
 *   C coat or shirt, c its lit side, D its shaded side, S shirt or collar showing, A a pale accent (badge,
 *   number patch), K dark trim (belt), F hands, P trousers, p trousers in shade, B shoes, X a carried case.
 * Step "a" is also the idle pose; step "b" is the other half of a two-frame walk.
 */
import type { Dir } from './actor-heads.ts';

export type BodyKind = 'jacket' | 'denim' | 'uniform' | 'coat';
export type Step = 'a' | 'b';

type Frames = Record<Dir, Record<Step, readonly string[]>>;

const legsDown = { a: ['....PPPPPPPP....', '....PPp..pPP....', '....BBB..BBB....'] };
const legsDownB = ['....PPPPPPPP....', '....PPp..BBB....', '....BBB.........'];
const legsLeftA = ['......PPPp......', '......PPpp......', '.....BBBB.......'];
const legsLeftB = ['.....PPPPp......', '....PPp..pP.....', '...BBB....BB....'];

function body(top: readonly string[], legs: readonly string[]): readonly string[] {
  return [...top, ...legs];
}

// Torsos: down (front), up (back) and left (profile; right is the mirror).
const JACKET_DOWN = [
  '....CcSSSSCD....',
  '...cCCCSSCCCD...',
  '...cCCCSSCCCD...',
  '...cCCCCCCCDD...',
  '...FCCCCCCCDF...',
];
const JACKET_UP = [
  '....CCCCCCCD....',
  '...cCCCCCCCCD...',
  '...cCCCCCCCCD...',
  '...cCCCDCCCCD...',
  '...FCCCCCCCDF...',
];
const DENIM_DOWN = [
  '....CcCSSCCD....',
  '...cCCCSSCCCD...',
  '...cCAACCCCCD...',
  '...cCCCCCCCCD...',
  '...FCCCCCCCDF...',
];
const UNIFORM_DOWN = [
  '....CcCSSCCD....',
  '...cCACCCCCCD...',
  '...cCCCCCCCCD...',
  '...cKKKAKKKKD...',
  '...FCCCCCCCDF...',
];
const UNIFORM_UP = [
  '....CCCCCCCD....',
  '...cCCCCCCCCD...',
  '...cCCCCCCCCD...',
  '...cKKKKKKKKD...',
  '...FCCCCCCCDF...',
];
const COAT_DOWN = [
  '....CcSSSSCD....',
  '...cCCCSSCCCD...',
  '...cCCCKCCCCD...',
  '...cCCCCCCCCD...',
  '...FCCCCCCCDF...',
];
const SIDE = [
  '......SCCD......',
  '.....cCCCCD.....',
  '.....cCcCCD.....',
  '.....cCcCCD.....',
  '.....CCFCDD.....',
];
const SIDE_B = [
  '......SCCD......',
  '.....cCCCCD.....',
  '.....cCCCCD.....',
  '....cCCCCCD.....',
  '....FCCCCDD.....',
];
const SIDE_BELT = [
  '......SCCD......',
  '.....cCCCCD.....',
  '.....cCcCCD.....',
  '.....KKKKKK.....',
  '.....CCFCDD.....',
];
const SIDE_BELT_B = [
  '......SCCD......',
  '.....cCCCCD.....',
  '.....cCCCCD.....',
  '....cKKKKKK.....',
  '....FCCCCDD.....',
];

// A long coat hides the thighs: the hem, then the shoes.
const HEM_DOWN_A = ['....cCCCCCCD....', '....DCCDDCCD....', '....BBB..BBB....'];
const HEM_DOWN_B = ['....cCCCCCCD....', '....DCCDDBBB....', '....BBB.........'];
const HEM_LEFT_A = ['.....cCCCCD.....', '.....DCCCDD.....', '.....BBBB.......'];
const HEM_LEFT_B = ['....cCCCCCD.....', '....DCC..DD.....', '...BBB....BB....'];

const legs = legsDown.a;

export const BODIES: Record<BodyKind, Frames> = {
  jacket: {
    down: { a: body(JACKET_DOWN, legs), b: body(JACKET_DOWN, legsDownB) },
    up: { a: body(JACKET_UP, legs), b: body(JACKET_UP, legsDownB) },
    left: { a: body(SIDE, legsLeftA), b: body(SIDE_B, legsLeftB) },
  },
  denim: {
    down: { a: body(DENIM_DOWN, legs), b: body(DENIM_DOWN, legsDownB) },
    up: { a: body(JACKET_UP, legs), b: body(JACKET_UP, legsDownB) },
    left: { a: body(SIDE, legsLeftA), b: body(SIDE_B, legsLeftB) },
  },
  uniform: {
    down: { a: body(UNIFORM_DOWN, legs), b: body(UNIFORM_DOWN, legsDownB) },
    up: { a: body(UNIFORM_UP, legs), b: body(UNIFORM_UP, legsDownB) },
    left: { a: body(SIDE_BELT, legsLeftA), b: body(SIDE_BELT_B, legsLeftB) },
  },
  coat: {
    down: { a: body(COAT_DOWN, HEM_DOWN_A), b: body(COAT_DOWN, HEM_DOWN_B) },
    up: { a: body(JACKET_UP, HEM_DOWN_A), b: body(JACKET_UP, HEM_DOWN_B) },
    left: { a: body(SIDE, HEM_LEFT_A), b: body(SIDE_B, HEM_LEFT_B) },
  },
};
