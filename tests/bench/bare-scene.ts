/** What the bare Phaser page draws, computed in Node from the level's real map and baked into its build. */
import type { LevelData } from '../../src/maps/level-data';
import type { ResolvedTiledMap } from '../../src/maps';

export interface BareSprite {
  x: number;
  y: number;
  /** 'actors' or 'tiles' frame */
  sheet: 'actors' | 'tiles';
  frame: number;
}

export interface BareScene {
  map: ResolvedTiledMap;
  sprites: BareSprite[];
  /** where the camera follows, pixels: Joe's spawn */
  follow: { x: number; y: number };
}

/**
 * As many sprites as the level scene makes for this level — Joe, his ghost, the prompt, each guard
 * and his alert mark, each person, each door — all shown and moving every frame, which is more than
 * the game draws most of the time: the bare page is the generous side of the comparison.
 */
export function bareScene(level: LevelData, map: ResolvedTiledMap): BareScene {
  const actor = (x: number, y: number, row: number): BareSprite => ({
    x,
    y,
    sheet: 'actors',
    frame: row * 8,
  });
  const sprites: BareSprite[] = [
    actor(level.spawn.x, level.spawn.y, 0),
    actor(level.spawn.x + 8, level.spawn.y, 0),
    actor(level.spawn.x, level.spawn.y - 20, 0),
    ...level.guards.flatMap((g) => [actor(g.x, g.y, 1), actor(g.x, g.y - 18, 1)]),
    ...level.npcs.map((n) => actor(n.x, n.y, 2)),
    ...level.doors.map((d) => ({ x: d.tx * 16 + 8, y: d.ty * 16 + 8, sheet: 'tiles' as const, frame: 25 })),
  ];
  return { map, sprites, follow: { x: level.spawn.x, y: level.spawn.y } };
}
