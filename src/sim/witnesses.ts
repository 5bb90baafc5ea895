import type { LevelData, NpcData } from '../maps/level-data';
import type { GameState } from '../state/game-state';
import type { WitnessKind } from '../state/types';
import { guardWitnessId, type GuardState } from './guard';
import type { JoeState } from './joe';
import { lineOfSight } from './sight';
import { TILE, TILE_SUB } from './units';
import type { TileWorld } from './world';

/** How far inmates and the doctor notice Joe (for the alibi ledger), tiles. */
const NPC_SIGHT_TILES = 5;

function witnessKind(npc: NpcData, informer: string): WitnessKind {
  if (npc.key === informer) return 'informer';
  return npc.role === 'doctor' ? 'doctor' : npc.role === 'officer' ? 'officer' : 'inmate';
}

/** Everyone in the level who can testify: every guard, and each person with a credibility above 0. */
export function registerWitnesses(level: LevelData, state: GameState): void {
  for (const g of level.guards) {
    state.registerWitness({
      id: guardWitnessId(level.id, g.id),
      kind: 'guard',
      credibility: g.credibility,
      drinking: false,
    });
  }
  for (const n of level.npcs) {
    if (n.credibility <= 0) continue;
    state.registerWitness({
      id: n.key,
      kind: witnessKind(n, state.informer),
      credibility: n.credibility,
      drinking: false,
    });
  }
}

/**
 * Everyone who can testify and sees Joe this tick adds to the alibi ledger: guards by their cones
 * (already worked out this tick), people within a few tiles with nothing opaque between.
 */
export function observeJoe(
  level: LevelData,
  world: TileWorld,
  state: GameState,
  guards: readonly GuardState[],
  joe: JoeState,
  zone: string,
  /** which guards are in the fight (on duty, not thrown off): only they testify */
  active: (index: number) => boolean = () => true,
): void {
  for (let i = 0; i < guards.length; i++) {
    const g = guards[i] as GuardState;
    if (g.seesJoe && active(i)) state.observe(g.key, zone);
  }
  const jx = Math.floor(joe.x / TILE_SUB);
  const jy = Math.floor(joe.y / TILE_SUB);
  for (const n of level.npcs) {
    if (n.credibility <= 0) continue;
    const nx = Math.floor(n.x / TILE);
    const ny = Math.floor(n.y / TILE);
    if (Math.max(Math.abs(nx - jx), Math.abs(ny - jy)) > NPC_SIGHT_TILES) continue;
    if (lineOfSight(world, nx, ny, jx, jy)) state.observe(n.key, zone);
  }
}
