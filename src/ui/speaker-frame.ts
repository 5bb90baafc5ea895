/**
 * Who speaks, and where the camera looks while he does: a line said by a man the view centred on
 * Joe would not show (the R17 welcome starts as Joe steps into the cell block, Soldier a bunk's
 * length away, over the top of the view) has the camera frame him, and Joe with him when both fit.
 * Presentation only: the world stands still during a dialogue, and nothing here reaches the
 * simulation. Pure (no Phaser), so it is tested in Node.
 */

export interface Point {
  x: number;
  y: number;
}

/** The part of the view (px) the world shows in the clear: under the HUD and captions, over the dialogue box. */
export interface Clear {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** An actor's sprite about its position (origin 0.5, 13/16 of a 16 px frame), and a little air. */
const ABOVE = 15;
const BELOW = 5;
const SIDE = 10;

/**
 * The NPC a line's speaker names ("SOLDIER" is Soldier, "KEARNY" is Mr. Kearny, "TRUSTY" the Trusty
 * with a mop), or undefined (Joe, the tannoy, a narrator, a voice with no body in this level).
 */
export function speakerNpc<T extends { name: string }>(npcs: readonly T[], speaker: string): T | undefined {
  const who = speaker.trim().toUpperCase();
  if (who === '' || who === 'JOE') return undefined;
  return (
    npcs.find((n) => n.name.toUpperCase() === who) ??
    npcs.find((n) => n.name.toUpperCase().split(/\s+/).includes(who))
  );
}

/**
 * The camera's centre on one axis, held inside the level, or up to `before` / `after` px past its
 * edges (a level smaller than the view is centred).
 */
function inside(c: number, view: number, size: number, before = 0, after = 0): number {
  const min = view / 2 - before;
  const max = size - view / 2 + after;
  return max < min ? (min + max) / 2 : Math.min(Math.max(c, min), max);
}

/** Where the camera's centre is as it follows Joe: Joe, held inside the level. */
export function followed(joe: Point, view: { w: number; h: number }, level: { w: number; h: number }): Point {
  return { x: inside(joe.x, view.w, level.w), y: inside(joe.y, view.h, level.h) };
}

/**
 * How far past the level's top and bottom edges the camera may go while it frames a speaker: as far
 * as the HUD and the dialogue box cover, so that what lies beyond the map is only ever under them.
 */
export function beyondEdges(clear: Clear, view: { h: number }): { top: number; bottom: number } {
  return { top: clear.top, bottom: view.h - clear.bottom };
}

/** Camera centres on one axis that put `p` between `lo` and `hi` of the view. */
function range(p: number, lo: number, hi: number, view: number): [number, number] {
  return [p - hi + view / 2, p - lo + view / 2];
}

/**
 * Where the camera's centre goes (world px) so that `speaker` is seen in the clear, with Joe too when
 * the two fit; null when the camera as it follows Joe already shows him there (or cannot show him
 * better). It may look past the level's top or bottom edge (see beyondEdges), never its sides.
 */
export function speakerFrame(
  joe: Point,
  speaker: Point,
  clear: Clear,
  view: { w: number; h: number },
  level: { w: number; h: number },
): Point | null {
  const [xlo, xhi] = [clear.left + SIDE, clear.right - SIDE];
  const [ylo, yhi] = [clear.top + ABOVE, clear.bottom - BELOW];
  const home = followed(joe, view, level);
  const seen = (c: Point) => {
    const vx = speaker.x - c.x + view.w / 2;
    const vy = speaker.y - c.y + view.h / 2;
    return vx >= xlo && vx <= xhi && vy >= ylo && vy <= yhi;
  };
  if (seen(home)) return null;
  // the pair's midpoint in the middle of the clear, as near as keeps the speaker in it
  const axis = (j: number, s: number, lo: number, hi: number, v: number) => {
    const [min, max] = range(s, lo, hi, v);
    return Math.min(Math.max((j + s) / 2 - (lo + hi) / 2 + v / 2, min), max);
  };
  // a man at the level's top or bottom edge: the camera goes past it, what is there hidden by the HUD or the box
  const past = beyondEdges(clear, view);
  const at = {
    x: Math.round(inside(axis(joe.x, speaker.x, xlo, xhi, view.w), view.w, level.w)),
    y: Math.round(inside(axis(joe.y, speaker.y, ylo, yhi, view.h), view.h, level.h, past.top, past.bottom)),
  };
  // hard by a wall at the level's side the camera may have nowhere to go: then it stays with Joe
  return Math.abs(at.x - home.x) < 1 && Math.abs(at.y - home.y) < 1 ? null : at;
}
