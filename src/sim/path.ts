import type { TileWorld } from './world';

const DX = [0, 1, 0, -1] as const;
const DY = [-1, 0, 1, 0] as const;

/**
 * Work arrays of the search, reused from one search to the next so a search allocates only its
 * answer (guards re-plan every tick of a chase). A tile is seen in this search when its stamp is
 * the search's own; no clearing between searches.
 */
let stamp = new Uint32Array(0);
let prev = new Int32Array(0);
let queue = new Int32Array(0);
let search = 0;

function scratch(n: number): void {
  if (stamp.length < n) {
    stamp = new Uint32Array(n);
    prev = new Int32Array(n);
    // every tile once, and a start off the map
    queue = new Int32Array(n + 1);
    search = 0;
  }
  if (++search > 0xffffffff) {
    stamp.fill(0);
    search = 1;
  }
}

/**
 * Shortest 4-way path between tiles over non-solid tiles (breadth-first, fixed neighbour order,
 * so the same question always gets the same path). Returns the tiles after the start, or null.
 * `limit` bounds the search for long corridors.
 */
export function findPath(
  world: TileWorld,
  sx: number,
  sy: number,
  gx: number,
  gy: number,
  limit = 4096,
  /** tiles to treat as open even when solid (a bot plans through doors it will open) */
  open?: (tx: number, ty: number) => boolean,
): { x: number; y: number }[] | null {
  if (sx === gx && sy === gy) return [];
  if (world.solid(gx, gy) && !open?.(gx, gy)) return null;
  const w = world.width;
  const n = w * world.height;
  scratch(n);
  const start = sy * w + sx;
  const goal = gy * w + gx;
  // a start off the map keeps its own mark (as a key it may lie outside the grid)
  if (start >= 0 && start < n) {
    stamp[start] = search;
    prev[start] = -1;
  }
  queue[0] = start;
  let tail = 1;
  for (let head = 0; head < tail && head < limit; head++) {
    const cur = queue[head] as number;
    const cx = cur % w;
    const cy = (cur - cx) / w;
    for (let d = 0; d < 4; d++) {
      const nx = cx + (DX[d] as number);
      const ny = cy + (DY[d] as number);
      // the key of a tile off the map's side aliases a tile of the next row, as it always has:
      // off the grid altogether nothing is open
      const key = ny * w + nx;
      if (key < 0 || key >= n || key === start || stamp[key] === search) continue;
      if (world.solid(nx, ny) && !open?.(nx, ny)) continue;
      stamp[key] = search;
      prev[key] = cur;
      if (key === goal && nx === gx) return walkBack(key, start, w);
      queue[tail++] = key;
    }
  }
  return null;
}

/** Paths found on each grid as it stood (its version): a chasing guard asks the same question
 * tick after tick while he and Joe stay on their tiles. */
const known = new WeakMap<
  TileWorld,
  { version: number; paths: Map<number | string, { x: number; y: number }[] | null> }
>();
const KNOWN_MAX = 256;

/**
 * findPath with its default limit and nothing opened, remembered per grid: a fresh array each time
 * (the caller may walk it off), of points shared with the memory: never change one.
 */
export function findPathKnown(
  world: TileWorld,
  sx: number,
  sy: number,
  gx: number,
  gy: number,
): { x: number; y: number }[] | null {
  let memo = known.get(world);
  if (!memo || memo.version !== world.version || memo.paths.size >= KNOWN_MAX) {
    memo = { version: world.version, paths: new Map() };
    known.set(world, memo);
  }
  // two tiles on the grid make a number; anything else (a start off the map) a string
  const { width: w, height: h } = world;
  const onGrid = sx >= 0 && sy >= 0 && gx >= 0 && gy >= 0 && sx < w && gx < w && sy < h && gy < h;
  const key = onGrid ? (sy * w + sx) * w * h + gy * w + gx : `${sx},${sy},${gx},${gy}`;
  let path = memo.paths.get(key);
  if (path === undefined) {
    path = findPath(world, sx, sy, gx, gy);
    memo.paths.set(key, path);
  }
  return path && path.slice();
}

/** The tiles from just after `start` to `key`, following the search's back links. */
function walkBack(key: number, start: number, w: number): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (let k = key; k !== start; k = prev[k] as number) out.push({ x: k % w, y: Math.floor(k / w) });
  return out.reverse();
}
