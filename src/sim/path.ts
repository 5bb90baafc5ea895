import type { TileWorld } from './world';

const DIRS = [
  [0, -1],
  [1, 0],
  [0, 1],
  [-1, 0],
] as const;

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
  open: (tx: number, ty: number) => boolean = () => false,
): { x: number; y: number }[] | null {
  const blocked = (x: number, y: number) => world.solid(x, y) && !open(x, y);
  if (sx === gx && sy === gy) return [];
  if (blocked(gx, gy)) return null;
  const w = world.width;
  const prev = new Map<number, number>();
  const start = sy * w + sx;
  prev.set(start, -1);
  const queue = [start];
  for (let head = 0; head < queue.length && head < limit; head++) {
    const cur = queue[head] as number;
    const cx = cur % w;
    const cy = (cur - cx) / w;
    for (const [ox, oy] of DIRS) {
      const nx = cx + ox;
      const ny = cy + oy;
      const key = ny * w + nx;
      if (prev.has(key) || blocked(nx, ny)) continue;
      prev.set(key, cur);
      if (nx === gx && ny === gy) {
        const out: { x: number; y: number }[] = [];
        for (let k = key; k !== start; k = prev.get(k) as number)
          out.push({ x: k % w, y: Math.floor(k / w) });
        return out.reverse();
      }
      queue.push(key);
    }
  }
  return null;
}
