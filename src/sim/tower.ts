/**
 * The tower's rules beside the level simulation: who is on duty, stairs and ladders between floors,
 * the bridge lever, guards who grab Joe at it, and allies with their own part of the plan.
 * Inert on a level without stairs, levers or allies (its snapshot is then left out of the hash).
 */
import type { AllyData, LevelData, LeverData, PatrolData, StairsData } from '../maps/level-data';
import { ENDING_FLAGS, chooseEnding } from '../state/ending';
import type { GameState } from '../state/game-state';
import { ALERTED_AT, type GuardState } from './guard';
import { IN_USE, type InputFrame } from './input';
import type { JoeState } from './joe';
import { FACING_VEC } from './sight';
import type { SimEvent } from './sim-events';
import { SUB, TILE, TILE_SUB } from './units';
import type { TileWorld } from './world';

/** Ticks of holding between the ratchet's clacks. */
export const LEVER_NOTCH = 20;

/** An ally's walking speed, sub-pixels per tick (a shade under Joe's walk). */
export const ALLY_SPEED = 14;

export interface AllyState {
  key: string;
  /** sub-pixels */
  x: number;
  y: number;
  facing: AllyData['facing'];
  /** index of the route point he walks to; = points.length once there */
  routeIndex: number;
  moving: boolean;
}

type Emit = (e: SimEvent) => void;

const inside = (r: { x: number; y: number; w: number; h: number }, px: number, py: number): boolean =>
  px >= r.x && py >= r.y && px < r.x + r.w && py < r.y + r.h;

/** The first stairs under (px, py) pixels, or null (a loop: this runs every tick). */
function stairsAt(stairs: readonly StairsData[], px: number, py: number): StairsData | null {
  for (let i = 0; i < stairs.length; i++) {
    const s = stairs[i] as StairsData;
    if (inside(s.rect, px, py)) return s;
  }
  return null;
}

export class TowerRules {
  readonly active: boolean;
  readonly allies: AllyState[];
  /** per guard of the level (on duty): true once he has been thrown off at the lever */
  readonly downed: boolean[];
  /** true while Joe held the lever this tick */
  holding = false;
  /** each ally's route, looked up once (a busy level has many) */
  private readonly allyRoutes: (PatrolData | undefined)[];

  constructor(
    private readonly level: LevelData,
    private readonly state: GameState,
    world: TileWorld,
  ) {
    this.active = level.levers.length + level.stairs.length + level.allies.length > 0;
    this.allies = level.allies.map((a) => ({
      key: a.key,
      x: a.x * SUB,
      y: a.y * SUB,
      facing: a.facing,
      routeIndex: 0,
      moving: false,
    }));
    this.downed = level.guards.map(() => false);
    this.allyRoutes = level.allies.map((a) => level.patrols.find((p) => p.id === a.route));
    for (const l of level.levers) world.blockTile(l.tx, l.ty);
  }

  /** After Joe moves: stairs or a ladder under his feet take him to their target. */
  stairs(joe: JoeState, emit: Emit): StairsData | null {
    const s = stairsAt(this.level.stairs, joe.x / SUB, joe.y / SUB);
    if (!s) return null;
    joe.x = s.to.x * SUB;
    joe.y = s.to.y * SUB;
    joe.facing = s.facing;
    joe.moving = false;
    emit({ type: 'stairs', name: s.name, caption: s.caption });
    return s;
  }

  /** The lever in front of Joe, if its story flags are set. */
  leverInReach(joe: JoeState): LeverData | null {
    const f = FACING_VEC[joe.facing];
    const tx = Math.floor((Math.floor(joe.x / SUB) + f.x * TILE) / TILE);
    const ty = Math.floor((Math.floor(joe.y / SUB) + f.y * TILE) / TILE);
    const lever = this.level.levers.find((l) => l.tx === tx && l.ty === ty);
    return lever && lever.requires.every((flag) => this.state.hasFlag(flag)) ? lever : null;
  }

  /** Joe within a tile of the lever (he holds it from the next tile). */
  private atLever(joe: JoeState): boolean {
    const jx = Math.floor(joe.x / TILE_SUB);
    const jy = Math.floor(joe.y / TILE_SUB);
    return this.level.levers.some((l) => Math.abs(l.tx - jx) <= 1 && Math.abs(l.ty - jy) <= 1);
  }

  /** Interact held facing the lever: it goes down one tick's worth (the state counts once per tick). */
  use(input: InputFrame, joe: JoeState, emit: Emit): void {
    this.holding = (input & IN_USE) !== 0 && this.leverInReach(joe) !== null;
    if (!this.holding) return;
    joe.moving = false;
    this.state.holdLever();
    const { progress, position } = this.state.lever;
    if (position === 'lowering' && progress % LEVER_NOTCH === 0) emit({ type: 'lever-ratchet', progress });
  }

  /**
   * A guard reaches Joe. At the lever, while Joe holds it, he grabs him: the lever loses ground, Joe
   * throws him off and the guard is out of the fight (true). Anywhere else, or with Joe's hands off
   * the lever, he is caught (false: the caller decides).
   */
  grab(index: number, joe: JoeState, by: string, emit: Emit, guard?: GuardState): boolean {
    // only while he works it: standing idle beside the lever is no shield
    if (!this.holding || !this.atLever(joe)) return false;
    this.downed[index] = true;
    // down and out: he sees nothing more, and testifies to nothing
    if (guard) guard.seesJoe = false;
    this.state.interruptLever();
    emit({ type: 'lever-grab', by });
    return true;
  }

  /** Allies walk their routes from their start tick; at the end each makes a racket now and then. */
  stepAllies(tick: number, guards: GuardState[], emit: Emit, active: (i: number) => boolean): void {
    const allies = this.level.allies;
    for (let i = 0; i < allies.length; i++) {
      const data = allies[i] as AllyData;
      const a = this.allies[i];
      if (!a || tick < data.startTick) continue;
      const points = this.allyRoutes[i]?.points ?? [];
      const target = points[a.routeIndex];
      a.moving = target !== undefined;
      if (target) {
        const dx = target.x * SUB - a.x;
        const dy = target.y * SUB - a.y;
        if (dx !== 0 || dy !== 0)
          a.facing = Math.abs(dx) >= Math.abs(dy) ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'down' : 'up';
        a.x += Math.sign(dx) * Math.min(ALLY_SPEED, Math.abs(dx));
        a.y += Math.sign(dy) * Math.min(ALLY_SPEED, Math.abs(dy));
        if (a.x === target.x * SUB && a.y === target.y * SUB) a.routeIndex++;
        continue;
      }
      if (data.drawEvery > 0 && (tick - data.startTick) % data.drawEvery === 0)
        this.racket(data, a, guards, emit, active);
    }
  }

  /** The zone (floor, room) the point stands in, sub-pixels; a racket carries only through its own. */
  private zoneAt(x: number, y: number): number {
    return this.level.zones.find((z) => inside(z.rect, x / SUB, y / SUB))?.id ?? 0;
  }

  /**
   * Every guard on his feet within range, in the ally's zone (the floor he is on: walls and stairs
   * between floors stop it), goes for the noise: alerted, to where the ally stands.
   */
  private racket(
    data: AllyData,
    a: AllyState,
    guards: GuardState[],
    emit: Emit,
    active: (i: number) => boolean,
  ): void {
    const r = data.drawRange * TILE_SUB;
    const zone = this.zoneAt(a.x, a.y);
    emit({ type: 'noise', x: a.x / SUB, y: a.y / SUB, radius: data.drawRange * TILE });
    guards.forEach((g, i) => {
      if (!active(i) || Math.max(Math.abs(g.x - a.x), Math.abs(g.y - a.y)) > r) return;
      if (this.zoneAt(g.x, g.y) !== zone) return;
      const from = g.alert;
      g.awareness = ALERTED_AT;
      g.alert = 'alerted';
      g.lastX = a.x;
      g.lastY = a.y;
      // a fresh chase: the guard plans his path to the noise on his next step
      g.mode = 'search';
      if (from !== 'alerted') emit({ type: 'guard-alert', id: g.id, from, to: 'alerted' });
    });
  }

  /** The bridge is down: the level is over, and the run's ending is written into the state. */
  bridgeDown(): boolean {
    if (this.level.levers.length === 0 || this.state.lever.position !== 'lowered') return false;
    this.state.setFlag(ENDING_FLAGS[chooseEnding('complete', this.state) === 'dawn' ? 'dawn' : 'source']);
    return true;
  }

  snapshot() {
    return { allies: this.allies, downed: this.downed, holding: this.holding };
  }
}
