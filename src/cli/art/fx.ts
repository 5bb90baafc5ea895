/**
 * fx.png: 8 frames of 16 x 16 in one row. 0 '?' suspicious, 1 '!' alert (the danger red), 2 raindrop
 * streak, 3 rain splash ring, 4 interaction prompt, 5 key, 6 clock, 7 eye. Markers sit with their point
 * at the bottom centre (8, 15) so they can be anchored just above a head.
 */
import { Canvas, outline, stamp } from './canvas.ts';
import { g, RED, RED_DARK, RED_LIGHT } from './palette.ts';

const ICONS: Record<string, readonly string[]> = {
  question: [
    '................',
    '......####......',
    '.....######.....',
    '.....##..##.....',
    '.........##.....',
    '........###.....',
    '.......###......',
    '.......##.......',
    '................',
    '.......##.......',
    '.......##.......',
  ],
  alert: [
    '................',
    '.......rR.......',
    '......rRRd......',
    '......rRRd......',
    '......rRRd......',
    '.......RRd......',
    '.......RR.......',
    '.......Rd.......',
    '................',
    '.......rR.......',
    '.......Rd.......',
    '................',
  ],
  prompt: [
    '................',
    '................',
    '................',
    '....########....',
    '....#++++++#....',
    '.....#++++#.....',
    '......#++#......',
    '.......##.......',
  ],
  key: [
    '................',
    '................',
    '................',
    '...###..........',
    '..#+..#.........',
    '..#....########.',
    '..#+..#++++++++.',
    '...###.....#.#..',
    '...........#.#..',
    '.............#..',
  ],
  clock: [
    '................',
    '................',
    '.....#####......',
    '....#wwwwww#....',
    '...#www#wwww#...',
    '...#www#wwww#...',
    '...#www###ww#...',
    '...#wwwwwwww#...',
    '...#wwwwwwww#...',
    '....#wwwwww#....',
    '.....######.....',
    '................',
  ],
  eye: [
    '................',
    '................',
    '................',
    '................',
    '.....######.....',
    '...##wwooww##...',
    '..#wwwoddowww#..',
    '...##wwooww##...',
    '.....######.....',
  ],
};

const COLOURS = {
  '#': g(12),
  '+': g(9),
  w: g(11),
  o: g(4),
  d: g(0),
  r: RED_LIGHT,
  R: RED,
} as const;

function icon(name: string, dy = 0): Canvas {
  const c = new Canvas(16, 16);
  const rows = ICONS[name];
  if (!rows) throw new Error(`no icon ${name}`);
  stamp(c, rows, COLOURS, 0, dy);
  outline(c, g(0));
  return c;
}

/** The alert mark gets a dark-red outline so it reads as red even at 1x over dark stone. */
function alert(): Canvas {
  const c = icon('alert', 3);
  for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) if (c.get(x, y) === g(0)) c.set(x, y, RED_DARK);
  outline(c, g(0));
  return c;
}

/** A raindrop's streak: thin, pale, falling a little to the left, brightest at its head. */
function rainStreak(): Canvas {
  const c = new Canvas(16, 16);
  for (let k = 0; k < 10; k++) c.set(10 - Math.floor(k / 3), 3 + k, g(13), 60 + k * 19);
  return c;
}

function splash(): Canvas {
  const c = new Canvas(16, 16);
  const ring: [number, number][] = [
    [5, 12],
    [6, 11],
    [7, 11],
    [8, 11],
    [9, 11],
    [10, 12],
    [9, 13],
    [8, 13],
    [7, 13],
    [6, 13],
  ];
  for (const [x, y] of ring) c.set(x, y, g(12), y === 11 ? 200 : 120);
  c.set(5, 9, g(13), 180);
  c.set(10, 8, g(13), 160);
  c.set(8, 9, g(12), 120);
  return c;
}

export function drawFxSheet(): Canvas {
  const frames = [
    icon('question', 3),
    alert(),
    rainStreak(),
    splash(),
    icon('prompt', 4),
    icon('key', 2),
    icon('clock', 2),
    icon('eye', 2),
  ];
  const sheet = new Canvas(16 * frames.length, 16);
  frames.forEach((f, i) => sheet.blit(f, 0, 0, 16, 16, i * 16, 0));
  return sheet;
}
