import type { Surface } from '../maps/level-data';
import { hearNoise, type GuardState } from './guard';
import type { SimEvent } from './sim-events';
import { SUB, TILE_SUB } from './units';

/** Noise radius of a running footstep by surface, tiles. */
export const NOISE_TILES: Record<Surface, number> = { metal: 7, stone: 4, wood: 5, wet: 4, mud: 2 };

/**
 * Joe makes a noise `radiusTiles` around him: every guard in the fight (`active`) within that circle
 * hears it and turns to look.
 */
export function makeNoise(
  guards: readonly GuardState[],
  joe: { x: number; y: number },
  radiusTiles: number,
  active: (index: number) => boolean,
  emit: (e: SimEvent) => void,
): void {
  const r = radiusTiles * TILE_SUB;
  emit({ type: 'noise', x: joe.x / SUB, y: joe.y / SUB, radius: radiusTiles * 16 });
  for (let i = 0; i < guards.length; i++) {
    const g = guards[i];
    if (!g || !active(i)) continue;
    const dx = g.x - joe.x;
    const dy = g.y - joe.y;
    if (dx * dx + dy * dy > r * r) continue;
    const from = g.alert;
    hearNoise(g, joe.x, joe.y);
    if (g.alert !== from) emit({ type: 'guard-alert', id: g.id, from, to: g.alert });
  }
}
