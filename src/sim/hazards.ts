/**
 * The yard's dangers, read from the map and usable by any level: searchlights, riot crowds, armed
 * guards who warn before they fire, guards who turn out only at a higher alert (or stay away once a
 * story flag is set), and gates that lock as the alert rises. The LevelSim calls in at fixed points
 * of its tick; everything here is plain data so it snapshots and hashes.
 */
import type { DoorData, GuardData, LevelData } from '../maps/level-data';
import { meetsAll } from '../state/informer';
import { blocked } from './collide';
import { createCrowds, hiddenInCrowd, stepCrowds, type CrowdState } from './crowd';
import { hearNoise, type GuardState } from './guard';
import type { LevelSim } from './level-sim';
import { createSearchlights, stepSearchlights, type SearchlightState } from './searchlight';
import type { SimEvent } from './sim-events';
import { SUB, TILE_SUB } from './units';
import { outdoorsAt } from './places';

/** Suspicion a beam costs when it first finds Joe where he must not be, then every LIT_EVERY ticks. */
export const LIT_RAISE = 5;
export const LIT_EVERY = 30;
/** Guards within this many tiles of a lit Joe hear the alarm and come to look. */
export const LIT_CALL_TILES = 10;
/** Ticks an armed guard holds Joe in his sights after the warning before he fires. */
export const AIM_TICKS = 90;
/** An armed guard does not repeat his warning within this many ticks. */
export const WARN_AGAIN_TICKS = 600;

/** Whether a level uses any of these (else the LevelSim runs without them, hashing as before). */
export function hasHazards(level: LevelData): boolean {
  return (
    (level.searchlights?.length ?? 0) > 0 ||
    (level.crowds?.length ?? 0) > 0 ||
    level.guards.some(
      (g) =>
        g.minAlert !== undefined ||
        g.unless !== undefined ||
        g.onlyIf !== undefined ||
        g.warning !== undefined,
    ) ||
    level.doors.some((d) => d.lockAt !== undefined)
  );
}

export class Hazards {
  lights: SearchlightState;
  crowds: CrowdState;
  /** which guards are on duty now */
  present: boolean[];
  /** ticks each armed guard has held Joe in his sights; tick of his last warning (-1 never) */
  aim: number[];
  warnedAt: number[];
  /** ticks a beam has lit Joe without a break */
  litTicks = 0;
  /** Joe is lost in a crowd this tick: guards and beams cannot pick him out */
  hidden = false;

  /** guards whose duty hangs on the alert or flags (the rest are always on): indexes */
  private readonly rostered: number[] = [];
  /** the alert level and count of flags the roster was last drawn up for */
  private rosterFor = -1;

  /** set by step(): whether a crowd is out (one closure for the level, not one a tick) */
  private crowdOut: (c: { requires: string[] }) => boolean = () => false;

  constructor(
    private readonly level: LevelData,
    private readonly emit: (e: SimEvent) => void,
  ) {
    this.lights = createSearchlights(level.searchlights ?? []);
    this.crowds = createCrowds(level.crowds ?? []);
    this.present = level.guards.map(() => true);
    this.aim = level.guards.map(() => 0);
    this.warnedAt = level.guards.map(() => -1);
    level.guards.forEach((g, i) => {
      if (g.minAlert !== undefined || g.unless !== undefined || g.onlyIf !== undefined) this.rostered.push(i);
    });
  }

  /** Whether the door is locked by the alert (its `lockAt`). */
  doorLocked(sim: LevelSim, door: DoorData): boolean {
    return door.lockAt !== undefined && sim.state.alertLevel >= door.lockAt;
  }

  /** Sets who is on duty without stepping (the level's first frame). */
  init(sim: LevelSim): void {
    this.level.guards.forEach((data, i) => (this.present[i] = this.onDuty(sim, data)));
    this.crowdOut = (c) => meetsAll(sim.state, c.requires);
  }

  private onDuty(sim: LevelSim, data: GuardData): boolean {
    if (data.minAlert !== undefined && sim.state.alertLevel < data.minAlert) return false;
    if (data.unless !== undefined) for (const f of data.unless) if (sim.state.hasFlag(f)) return false;
    if (data.onlyIf !== undefined) for (const f of data.onlyIf) if (!sim.state.hasFlag(f)) return false;
    return true;
  }

  /** Before the guards move: duty rosters, gates, crowds, beams. */
  step(sim: LevelSim): void {
    this.roster(sim);
    this.gates(sim);
    const crowds = this.level.crowds ?? [];
    stepCrowds(this.crowds, crowds, sim.tick, this.crowdOut);
    this.hidden = hiddenInCrowd(this.crowds, crowds, sim.joe.x, sim.joe.y);
    this.beams(sim);
  }

  private roster(sim: LevelSim): void {
    // duty follows the alert level and the story flags, which are only ever added
    const key = sim.state.alertLevel * 100_000 + sim.state.flags.length;
    if (key === this.rosterFor) return;
    this.rosterFor = key;
    const guards = this.level.guards;
    for (const i of this.rostered) {
      const data = guards[i];
      const g = sim.guards[i];
      if (!data || !g) continue;
      const now = this.onDuty(sim, data);
      if (now === this.present[i]) continue;
      this.present[i] = now;
      // he comes on duty at his post, or goes off it and forgets
      g.x = data.x * SUB;
      g.y = data.y * SUB;
      g.facing = data.facing;
      g.mode = 'patrol';
      g.alert = 'unaware';
      g.awareness = 0;
      g.seesJoe = false;
      g.routeIndex = 0;
      g.routeDir = 1;
      g.waitLeft = 0;
      g.path.length = 0;
    }
  }

  private gates(sim: LevelSim): void {
    const doors = this.level.doors;
    for (let i = 0; i < doors.length; i++) {
      const door = doors[i];
      if (!door || !sim.doorsOpen[i] || !this.doorLocked(sim, door)) continue;
      sim.world.setDoorShut(door.tx, door.ty, true);
      // never on Joe: it shuts when he is through
      if (blocked(sim.world, sim.joe.x, sim.joe.y)) {
        sim.world.setDoorShut(door.tx, door.ty, false);
        continue;
      }
      sim.doorsOpen[i] = false;
      this.emit({ type: 'door', index: i, open: false });
      this.emit({
        type: 'caption',
        speaker: '',
        text: `The ${door.name} clangs shut and the bolt goes home.`,
      });
    }
  }

  private outdoors(sim: LevelSim): boolean {
    return outdoorsAt(sim.level, sim.joe.x, sim.joe.y);
  }

  /** Joe somewhere a beam makes trouble: out of bounds, or anywhere once the riot is on. */
  private exposed(sim: LevelSim): boolean {
    return sim.restrictedHere() || sim.state.hasFlag('riot');
  }

  private beams(sim: LevelSim): void {
    const lights = this.level.searchlights ?? [];
    if (lights.length === 0) return;
    const visible = !this.hidden && this.outdoors(sim);
    const lit =
      stepSearchlights(
        this.lights,
        lights,
        sim.world,
        sim.state.alertLevel,
        Math.floor(sim.joe.x / SUB),
        Math.floor(sim.joe.y / SUB),
        visible,
      ) > 0;
    if (!lit) {
      if (this.litTicks > 0) this.emit({ type: 'searchlight', lit: false });
      this.litTicks = 0;
      return;
    }
    this.litTicks++;
    const exposed = this.exposed(sim);
    if (this.litTicks === 1) {
      this.emit({ type: 'searchlight', lit: true });
      if (exposed) {
        sim.state.raise('seen-restricted', LIT_RAISE);
        this.callGuards(sim);
      }
    } else if (exposed && this.litTicks % LIT_EVERY === 0) sim.state.raise('seen-restricted');
  }

  /** The alarm: guards on duty near a lit Joe turn toward him, as if they heard him. */
  private callGuards(sim: LevelSim): void {
    const r = LIT_CALL_TILES * TILE_SUB;
    sim.guards.forEach((g, i) => {
      if (!sim.guardActive(i)) return;
      if (Math.abs(g.x - sim.joe.x) > r || Math.abs(g.y - sim.joe.y) > r) return;
      const from = g.alert;
      hearNoise(g, sim.joe.x, sim.joe.y);
      if (g.alert !== from) this.emit({ type: 'guard-alert', id: g.id, from, to: g.alert });
    });
  }

  /**
   * After a guard's tick. An armed guard (with a `warning`) who holds an out-of-bounds Joe in his
   * sights calls his warning, then fires if Joe is still there AIM_TICKS later: the level is lost.
   */
  afterGuard(sim: LevelSim, i: number, g: GuardState, data: GuardData, restricted: boolean): void {
    if (data.warning === undefined) return;
    const aiming = g.alert === 'alerted' && g.seesJoe && restricted && !this.hidden;
    if (!aiming) {
      this.aim[i] = 0;
      return;
    }
    const aim = (this.aim[i] ?? 0) + 1;
    this.aim[i] = aim;
    const warned = this.warnedAt[i] ?? -1;
    if (aim === 1 && (warned < 0 || sim.tick - warned >= WARN_AGAIN_TICKS)) {
      this.warnedAt[i] = sim.tick;
      this.emit({ type: 'caption', speaker: data.name.toUpperCase(), text: data.warning });
    }
    if (aim >= AIM_TICKS && sim.outcome === 'playing') {
      sim.outcome = 'caught';
      this.emit({ type: 'caught', reason: 'shot', by: data.name, where: sim.zone?.label ?? '' });
    }
  }

  /** Plain data for the level's hash. */
  snapshot() {
    return {
      lights: this.lights,
      crowds: this.crowds,
      present: this.present,
      aim: this.aim,
      warnedAt: this.warnedAt,
      litTicks: this.litTicks,
      hidden: this.hidden,
    };
  }
}
