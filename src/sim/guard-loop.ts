import type { LevelData, PatrolData } from '../maps/level-data';
import { calmTick, canSee, isCalm, routeTargets, stepGuard, type GuardState, type GuardView } from './guard';
import type { LevelSim } from './level-sim';
import type { SimEvent } from './sim-events';
import { SUB, TILE_SUB } from './units';

/** Suspicion a guard's '!' costs when he catches Joe somewhere restricted, and every SEEN_EVERY ticks after. */
const ALERT_RAISE = 10;
const SEEN_EVERY = 30;
/** An alerted guard within this many pixels of Joe in a restricted zone grabs him. */
const GRAB_PX = 12;

/**
 * The guards' part of a level's tick: every guard on duty looks and acts, in map order, and what
 * follows from it (alerts, suspicion, a grab) goes to the level. The LevelSim runs it once a tick.
 */
export class GuardLoop {
  /** each guard's patrol route, looked up once */
  private readonly routes: (PatrolData | undefined)[];
  /** and its points as patrol walks to them (routeTargets) */
  private readonly at: Float64Array[];
  /** how far each guard's sight reaches, sub-pixels, as canSee first tests it: most guards are
   * beyond it on an axis, and canSee is too big to be drawn into the loop, so it is a call saved */
  private readonly reach: Float64Array;
  /** what the guards look at this tick: one object for the level, refilled each tick */
  private readonly view: GuardView = { joeX: 0, joeY: 0, suspect: 'none' };
  /** guards whose last look found Joe, and their indexes: only they can see him now (nothing else
   * sets seesJoe), so witnesses are sought among them, not among every guard */
  readonly lookers: GuardState[] = [];
  readonly lookerIndex: number[] = [];

  constructor(
    level: LevelData,
    private readonly emit: (e: SimEvent) => void,
  ) {
    // by id, the first of an id as find() would: a search per guard cost a busy level's every start
    const byId = new Map<number, PatrolData>();
    for (const p of level.patrols) if (!byId.has(p.id)) byId.set(p.id, p);
    this.routes = level.guards.map((g) => byId.get(g.route));
    this.at = this.routes.map(routeTargets);
    this.reach = Float64Array.from(level.guards, (g) => g.visionRange * TILE_SUB + SUB);
  }

  step(sim: LevelSim): void {
    const zoneRestricted = sim.restrictedHere();
    const { world, familiarity, hazards, joe, tower, state, guards: states } = sim;
    // lost in a crowd, Joe looks like nobody in particular
    const hidden = hazards?.hidden === true;
    // where Joe may be, he looks the same to every guard
    const allowed = hidden ? 'none' : joe.running ? 'odd' : 'none';
    const { routes, at, reach, view, lookers, lookerIndex } = this;
    const guards = sim.level.guards;
    // sim.guardActive's two lists, read once a tick rather than once a guard
    const present = hazards?.present;
    const downed = tower.downed;
    view.joeX = joe.x;
    view.joeY = joe.y;
    // (setting an array's length calls into the engine: only when there is something to clear)
    if (lookers.length > 0) lookers.length = lookerIndex.length = 0;
    for (let i = 0; i < guards.length; i++) {
      const data = guards[i];
      const g = states[i];
      if (!data || !g || present?.[i] === false || downed[i] === true) continue;
      const r = reach[i] as number;
      const far = Math.abs(view.joeX - g.x) >= r || Math.abs(view.joeY - g.y) >= r;
      const sees = !far && canSee(world, g, data, view.joeX, view.joeY);
      // a calm guard who does not see Joe: no alert, and an armed one has nobody in his sights
      if (!sees && isCalm(g)) {
        calmTick(g, data, routes[i], at[i] as Float64Array);
        if (data.warning !== undefined) hazards?.afterGuard(sim, i, g, data, false);
        continue;
      }
      const suspect =
        hidden || !zoneRestricted
          ? allowed
          : familiarity.suspectFor(i, data, sim.zone, zoneRestricted, joe.running);
      const restricted = suspect === 'restricted';
      view.suspect = suspect;
      const from = stepGuard(world, g, data, routes[i], view, sees, at[i]);
      if (g.seesJoe) {
        lookers.push(g);
        lookerIndex.push(i);
      }
      // hidden in a crowd is not going about his business: it teaches no guard his face
      if (!hidden && g.seesJoe) familiarity.note(i, data, true, suspect);
      if (g.alert !== from) this.emit({ type: 'guard-alert', id: g.id, from, to: g.alert });
      if (data.warning !== undefined) hazards?.afterGuard(sim, i, g, data, restricted);
      if (g.alert !== 'alerted' || !g.seesJoe || !restricted) continue;
      if (from !== 'alerted') state.raise('seen-restricted', ALERT_RAISE);
      else if (sim.tick % SEEN_EVERY === 0) state.raise('seen-restricted');
      const near = Math.max(Math.abs(g.x - joe.x), Math.abs(g.y - joe.y)) <= GRAB_PX * SUB;
      if (near && tower.grab(i, joe, data.name, this.emit, g)) continue;
      if (near && sim.outcome === 'playing') {
        sim.outcome = 'caught';
        this.emit({ type: 'caught', reason: 'grabbed', by: data.name, where: sim.zone?.label ?? '' });
      }
    }
  }
}
