/**
 * actors.png: 16 x 16 frames, 8 columns (down-a, down-b, up-a, up-b, left-a, left-b, right-a, right-b) by
 * 8 rows (one per character). Feet stand on row 14 with the outline on row 15: anchor sprites at the
 * bottom centre, origin (0.5, 1).
 */
import { Canvas, outline, type Rgb } from './canvas.ts';
import { HEADS, type Dir, type HeadKind } from './actor-heads.ts';
import { BODIES, type BodyKind, type Step } from './actor-bodies.ts';
import { g, w } from './palette.ts';

export const FRAME = 16;
export const ACTOR_COLUMNS = ['down-a', 'down-b', 'up-a', 'up-b', 'left-a', 'left-b', 'right-a', 'right-b'];

interface Character {
  name: string;
  head: HeadKind;
  body: BodyKind;
  colours: Record<string, Rgb>;
  /** a heavier man: the torso one pixel wider each side */
  broad?: boolean;
  /** head carried one pixel lower and forward */
  stoop?: boolean;
  briefcase?: boolean;
}

const SKIN = { F: w(7), f: w(5), L: w(8), E: g(1) };

export const CHARACTERS: readonly Character[] = [
  {
    // Joe: black jacket, white undershirt, pale face: the highest contrast figure on screen
    name: 'joe',
    head: 'joe',
    body: 'jacket',
    colours: {
      ...SKIN,
      F: w(8),
      H: g(1),
      h: g(5),
      C: g(3),
      c: g(7),
      D: g(1),
      S: g(13),
      P: g(8),
      p: g(6),
      B: g(1),
    },
  },
  {
    name: 'guard',
    head: 'cap',
    body: 'uniform',
    colours: {
      ...SKIN,
      H: g(4),
      h: g(7),
      K: g(1),
      A: g(13),
      C: g(4),
      c: g(7),
      D: g(2),
      S: g(8),
      P: g(3),
      p: g(2),
      B: g(1),
    },
  },
  {
    name: 'inmate-a',
    head: 'short',
    body: 'denim',
    colours: {
      ...SKIN,
      H: w(3),
      h: w(5),
      C: g(7),
      c: g(9),
      D: g(5),
      S: g(10),
      A: g(11),
      P: g(6),
      p: g(5),
      B: g(2),
    },
  },
  {
    name: 'inmate-b',
    head: 'bald',
    body: 'denim',
    broad: true,
    colours: {
      ...SKIN,
      F: w(6),
      f: w(4),
      L: w(7),
      K: g(3),
      C: g(6),
      c: g(8),
      D: g(4),
      S: g(9),
      A: g(10),
      P: g(6),
      p: g(5),
      B: g(2),
    },
  },
  {
    name: 'inmate-c',
    head: 'knit',
    body: 'denim',
    colours: {
      ...SKIN,
      H: g(4),
      h: g(6),
      K: g(3),
      C: g(8),
      c: g(10),
      D: g(6),
      S: g(11),
      A: g(12),
      P: g(6),
      p: g(5),
      B: g(2),
    },
  },
  {
    name: 'doctor',
    head: 'balding',
    body: 'coat',
    stoop: true,
    // white coat, grey hair, a drinker's darker face: the coat must not swallow the head
    colours: {
      ...SKIN,
      F: w(6),
      f: w(4),
      L: w(7),
      H: g(8),
      h: g(10),
      A: g(13),
      C: g(11),
      c: g(13),
      D: g(8),
      S: g(3),
      K: g(7),
      B: g(2),
    },
  },
  {
    name: 'attorney',
    head: 'fedora',
    body: 'coat',
    briefcase: true,
    colours: { ...SKIN, H: g(3), h: g(6), K: g(1), C: g(5), c: g(8), D: g(3), S: g(11), B: g(1) },
  },
  {
    // Munsey: black officer's cap and coat, a crisp pale collar and badge: the sharpest edges in the prison
    name: 'munsey',
    head: 'officer',
    body: 'coat',
    colours: {
      ...SKIN,
      F: w(6),
      H: g(1),
      h: g(5),
      K: g(0),
      A: g(12),
      C: g(2),
      c: g(6),
      D: g(1),
      S: g(12),
      B: g(0),
    },
  },
];

type Grid = string[][];

function blank(): Grid {
  return Array.from({ length: FRAME }, () => Array.from({ length: FRAME }, () => '.'));
}

function paste(grid: Grid, rows: readonly string[], top: number, dx = 0): void {
  rows.forEach((row, y) => {
    if (row.length !== FRAME) throw new Error(`template row must be ${FRAME} wide: "${row}"`);
    [...row].forEach((ch, x) => {
      const line = grid[top + y];
      if (ch !== '.' && line && x + dx >= 0 && x + dx < FRAME) line[x + dx] = ch;
    });
  });
}

/** Widen the torso rows by one pixel each side (profile: towards the back only). */
function broaden(grid: Grid, dir: Dir): void {
  for (let y = 7; y <= 11; y++) {
    const row = grid[y];
    if (!row) continue;
    const out = [...row];
    for (let x = 0; x < FRAME; x++) {
      const ch = row[x] ?? '.';
      if (ch === '.') continue;
      if (dir !== 'left' && x < 8) out[x - 1] = ch;
      if (x >= 8) out[x + 1] = ch;
    }
    grid[y] = out.slice(0, FRAME);
  }
}

function addBriefcase(grid: Grid, dir: Dir): void {
  const put = (x: number, y: number, ch: string): void => {
    const row = grid[y];
    if (row) row[x] = ch;
  };
  // carried in the right hand: screen right from the front, screen left from behind, in front in profile
  const x0 = dir === 'down' ? 12 : dir === 'up' ? 1 : 4;
  for (let y = 12; y <= 14; y++) for (let x = x0; x < x0 + 3; x++) put(x, y, y === 12 ? 'x' : 'X');
}

function frameGrid(ch: Character, dir: Dir, step: Step): Grid {
  const grid = blank();
  paste(grid, BODIES[ch.body][dir][step], 7);
  if (ch.broad) broaden(grid, dir);
  const dy = ch.stoop ? 1 : 0;
  const dx = ch.stoop && dir === 'left' ? -1 : 0;
  paste(grid, HEADS[ch.head][dir], 1 + dy, dx);
  if (ch.briefcase) addBriefcase(grid, dir);
  return grid;
}

/** Paint a role grid into the sheet, then ring it with a 1 px near-black outline. */
function paint(
  sheet: Canvas,
  grid: Grid,
  colours: Record<string, Rgb>,
  ox: number,
  oy: number,
  flip: boolean,
): void {
  const extra: Record<string, Rgb> = { X: w(2), x: w(4) };
  const frame = new Canvas(FRAME, FRAME);
  grid.forEach((row, y) =>
    row.forEach((role, x) => {
      if (role === '.') return;
      const col = colours[role] ?? extra[role];
      if (col === undefined) throw new Error(`no colour for role ${role}`);
      frame.set(flip ? FRAME - 1 - x : x, y, col);
    }),
  );
  outline(frame, g(0));
  sheet.blit(frame, 0, 0, FRAME, FRAME, ox, oy);
}

export function drawActorSheet(): Canvas {
  const sheet = new Canvas(FRAME * 8, FRAME * CHARACTERS.length);
  const layout: [Dir, Step, boolean][] = [
    ['down', 'a', false],
    ['down', 'b', false],
    ['up', 'a', false],
    ['up', 'b', false],
    ['left', 'a', false],
    ['left', 'b', false],
    ['left', 'a', true],
    ['left', 'b', true],
  ];
  CHARACTERS.forEach((ch, row) => {
    layout.forEach(([dir, step, flip], col) => {
      paint(sheet, frameGrid(ch, dir, step), ch.colours, col * FRAME, row * FRAME, flip);
    });
  });
  return sheet;
}
