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

/** The camera's centre on one axis, held inside the level (a level smaller than the view is centred). */
function inside(c: number, view: number, size: number): number {
  return size <= view ? size / 2 : Math.min(Math.max(c, view / 2), size - view / 2);
}

/** Camera centres on one axis that put `p` between `lo` and `hi` of the view. */
function range(p: number, lo: number, hi: number, view: number): [number, number] {
  return [p - hi + view / 2, p - lo + view / 2];
}

/**
 * Where the camera's centre goes (world px) so that `speaker` is seen in the clear, with Joe too when
 * the two fit; null when the camera as it follows Joe already shows him there (or, at the level's
 * edge, cannot show him better).
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
  const followed = { x: inside(joe.x, view.w, level.w), y: inside(joe.y, view.h, level.h) };
  const seen = (c: Point) => {
    const vx = speaker.x - c.x + view.w / 2;
    const vy = speaker.y - c.y + view.h / 2;
    return vx >= xlo && vx <= xhi && vy >= ylo && vy <= yhi;
  };
  if (seen(followed)) return null;
  // the pair's midpoint in the middle of the clear, as near as keeps the speaker in it
  const axis = (j: number, s: number, lo: number, hi: number, v: number, size: number) => {
    const [min, max] = range(s, lo, hi, v);
    const mid = (j + s) / 2 - (lo + hi) / 2 + v / 2;
    return inside(Math.min(Math.max(mid, min), max), v, size);
  };
  const at = {
    x: Math.round(axis(joe.x, speaker.x, xlo, xhi, view.w, level.w)),
    y: Math.round(axis(joe.y, speaker.y, ylo, yhi, view.h, level.h)),
  };
  // at the level's edge the camera may have nowhere to go: then it stays with Joe
  return Math.abs(at.x - followed.x) < 1 && Math.abs(at.y - followed.y) < 1 ? null : at;
}
