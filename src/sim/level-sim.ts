import type { ExitData, LevelData, Rect, Surface, ZoneData } from '../maps/level-data';
import type { GameState } from '../state/game-state';
import { stableHash } from '../state/hash';
import { useDoor } from './doors';
import { applyDialogueEnd, currentLine, resolveDialogue, type DialogueState } from './dialogue';
import { createGuard, hearNoise, stepGuard, type GuardState } from './guard';
import { Hazards, hasHazards } from './hazards';
import { meetsAll, setStoryFlag } from '../state/informer';
import { IN_INTERACT, IN_SKIP, type InputFrame } from './input';
import { createJoe, stepJoe, type JoeState } from './joe';
import { findInteraction, type Interaction } from './interact';
import type { SimEvent } from './sim-events';
import { SUB, TILE, TILE_SUB } from './units';
import { TileWorld } from './world';
import { TowerRules } from './tower';
import { observeJoe, registerWitnesses } from './witnesses';
import { Familiarity, isRestricted } from './familiar';
import { IncidentRules, type IncidentHost } from './incident';
import { useProp } from './props';

export type Outcome = 'playing' | 'complete' | 'caught';

/** Suspicion a guard's '!' costs when he catches Joe somewhere restricted, and every SEEN_EVERY ticks after. */
const ALERT_RAISE = 10;
const SEEN_EVERY = 30;
/** An alerted guard within this many pixels of Joe in a restricted zone grabs him. */
const GRAB_PX = 12;
/** Noise radius of a running footstep by surface, tiles. */
const NOISE_TILES: Record<Surface, number> = { metal: 7, stone: 4, wood: 5, wet: 4, mud: 2 };

const contains = (r: Rect, x: number, y: number): boolean =>
  x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;

/**
 * One level being played: the tile world, Joe, the guards and the people, over the shared game state.
 * `step` advances exactly one tick from one InputFrame; nothing else moves it.
 */
export class LevelSim {
  readonly world: TileWorld;
  tick = 0;
  outcome: Outcome = 'playing';
  joe: JoeState;
  guards: GuardState[];
  doorsOpen: boolean[];
  dialogue: DialogueState | null = null;
  zone: ZoneData | null = null;
  /** the level id the exit that completed the level leads to ('' until then, or when none) */
  exitTo = '';
  private exitInside = -1;
  private objectiveShown = '';
  private events: SimEvent[] = [];
  readonly level: LevelData;
  /** the level's incident (machine shop), null in levels without one */
  readonly incident: IncidentRules | null;
  /** props used up, by index of level.props */
  propsSpent: boolean[];
  readonly familiarity: Familiarity;
  /** searchlights, crowds, armed guards, alert rosters and gates: only in levels that have them */
  readonly hazards: Hazards | null;
  readonly tower: TowerRules;

  constructor(
    level: LevelData,
    readonly state: GameState,
  ) {
    // an incident adds its inquiry to this attempt's dialogues: a copy, so the map's data stays as loaded
    this.level = level.incident ? { ...level, dialogues: { ...level.dialogues } } : level;
    this.propsSpent = (level.props ?? []).map(() => false);
    this.familiarity = new Familiarity(level.guards);
    this.world = new TileWorld(level);
    this.joe = createJoe(level);
    this.guards = level.guards.map((g) => createGuard(g, level.id));
    this.doorsOpen = level.doors.map(() => false);
    level.doors.forEach((d) => this.world.setDoorShut(d.tx, d.ty, true));
    for (const n of level.npcs) this.world.blockTile(Math.floor(n.x / TILE), Math.floor(n.y / TILE));
    this.tower = new TowerRules(level, state, this.world);
    registerWitnesses(level, state);
    state.setClock(level.startMinute);
    state.setSchedule(level.schedule);
    this.zone = this.zoneAt(this.joe.x, this.joe.y);
    this.hazards = hasHazards(level) ? new Hazards(level, (e) => this.emit(e)) : null;
    this.hazards?.init(this);
    this.objectiveShown = this.objective();
    this.incident = level.incident ? new IncidentRules(level.incident, level, state.tick) : null;
    state.drainEvents();
  }

  /** A guard in the fight: on duty (the alert roster) and not thrown off at the lever. */
  guardActive(i: number): boolean {
    return this.hazards?.present[i] !== false && this.tower.downed[i] !== true;
  }

  /** The objective on the HUD: the first whose flag is not yet set. */
  objective(): string {
    return this.level.objectives.find((o) => !this.state.hasFlag(o.flag))?.text ?? '';
  }

  /** What Interact would act on now (for the on-screen prompt). */
  interaction(): Interaction | null {
    if (this.dialogue || this.outcome !== 'playing') return null;
    return findInteraction(this.level, this.world, this.joe, this.propsSpent);
  }

  /** Whether Joe stands where he must not be (a restricted zone he holds no pass for). */
  restrictedHere(): boolean {
    return isRestricted(this.zone, this.state);
  }

  /** Advances one tick. Returns what happened, in order. */
  step(input: InputFrame): SimEvent[] {
    this.events = [];
    if (this.outcome !== 'playing') return this.events;
    this.tick++;
    this.state.advance();
    const talking = this.dialogue !== null;
    if (talking) this.stepDialogue(input);
    else this.stepWorld(input);
    // talk freezes the world, not the clock: where there is an incident to judge, witnesses still
    // see Joe while he talks (the doctor's alibi is a conversation), from its first tick to its last
    if (this.incident && (talking || this.dialogue)) this.observeWitnesses();
    this.incident?.step(this.incidentHost);
    this.afterStep();
    return this.events;
  }

  private emit(e: SimEvent): void {
    this.events.push(e);
  }

  /** What the incident may do to this level: caption, lose the attempt, play the inquiry. */
  private get incidentHost(): IncidentHost {
    return {
      level: this.level,
      state: this.state,
      emit: (e) => this.emit(e),
      lose: (text) => this.lose(text),
      talking: () => this.dialogue !== null,
      play: (d) => {
        this.level.dialogues[d.id] = d;
        this.startDialogue(d.id);
      },
    };
  }

  private lose(text: string): void {
    if (this.outcome !== 'playing') return;
    this.outcome = 'caught';
    this.emit({ type: 'caught', reason: 'missed', by: '', where: this.zone?.label ?? '', text });
  }

  private stepWorld(input: InputFrame): void {
    const { joe, level } = this;
    const step = stepJoe(
      this.world,
      joe,
      input,
      (tx, ty) => level.surfaces[level.surfaceAt[ty * level.width + tx] ?? 0] ?? 'stone',
    );
    if (step) {
      this.emit({ type: 'footstep', surface: step, running: joe.running });
      if (joe.running) this.makeNoise(NOISE_TILES[step]);
    }
    if (this.tower.stairs(joe, (e) => this.emit(e))) this.exitInside = -1;
    if (input & IN_INTERACT) this.interact();
    if (this.dialogue) return;
    this.tower.use(input, joe, (e) => this.emit(e));
    this.updateZone();
    this.fireTriggers();
    if (this.dialogue) return;
    this.hazards?.step(this);
    this.stepGuards();
    this.tower.stepAllies(
      this.tick,
      this.guards,
      (e) => this.emit(e),
      (i) => this.guardActive(i),
    );
    this.observeWitnesses();
    if (this.outcome === 'playing' && this.tower.bridgeDown()) this.complete('bridge', '');
    if (this.outcome === 'playing') this.checkExits();
  }

  private makeNoise(radiusTiles: number): void {
    const r = radiusTiles * TILE_SUB;
    this.emit({ type: 'noise', x: this.joe.x / SUB, y: this.joe.y / SUB, radius: radiusTiles * 16 });
    for (const [i, g] of this.guards.entries()) {
      if (!this.guardActive(i)) continue;
      const dx = g.x - this.joe.x;
      const dy = g.y - this.joe.y;
      if (dx * dx + dy * dy <= r * r) this.noteAlert(g, () => hearNoise(g, this.joe.x, this.joe.y));
    }
  }

  private noteAlert(g: GuardState, change: () => void): void {
    const from = g.alert;
    change();
    if (g.alert !== from) this.emit({ type: 'guard-alert', id: g.id, from, to: g.alert });
  }

  private interact(): void {
    const target = findInteraction(this.level, this.world, this.joe, this.propsSpent);
    if (!target) return;
    if (target.kind === 'npc') {
      const npc = this.level.npcs[target.index];
      if (npc?.dialogue) this.startDialogue(npc.dialogue);
      return;
    }
    if (target.kind === 'prop') {
      const prop = this.level.props?.[target.index];
      if (!prop) return;
      const { used, text } = useProp(prop, this.state);
      if (used) this.propsSpent[target.index] = true;
      if (text) this.emit(used ? { type: 'caption', speaker: '', text } : { type: 'locked', text });
      return;
    }
    const door = this.level.doors[target.index];
    if (!door) return;
    const byAlert = this.hazards?.doorLocked(this, door) ?? false;
    const e = useDoor(this.world, this.joe, this.state, door, target.index, this.doorsOpen, byAlert);
    if (e) this.emit(e);
  }

  private startDialogue(id: string): void {
    const d = resolveDialogue(this.level, this.state, id);
    if (!d || d.lines.length === 0) return;
    this.dialogue = { id: d.id, line: 0 };
    this.joe.moving = false;
    this.emit({ type: 'dialogue-start', id: d.id, flashback: d.flashback });
    this.emitLine();
  }

  private emitLine(): void {
    const ds = this.dialogue;
    const line = ds && currentLine(this.level, ds);
    if (ds && line)
      this.emit({ type: 'dialogue-line', id: ds.id, index: ds.line, speaker: line.speaker, text: line.text });
  }

  /** Dialogue freezes the world; Interact shows the next line, Skip ends it with the same effect. */
  private stepDialogue(input: InputFrame): void {
    const ds = this.dialogue;
    const d = ds && this.level.dialogues[ds.id];
    if (!ds || !d) {
      this.dialogue = null;
      return;
    }
    const skip = (input & IN_SKIP) !== 0;
    if (!skip && !(input & IN_INTERACT)) return;
    if (!skip && ds.line + 1 < d.lines.length) {
      ds.line++;
      this.emitLine();
      return;
    }
    this.dialogue = null;
    applyDialogueEnd(d, this.state);
    this.emit({ type: 'dialogue-end', id: d.id, skipped: skip });
  }

  private zoneAt(x: number, y: number): ZoneData | null {
    const px = x / SUB;
    const py = y / SUB;
    const inside = this.level.zones.filter((z) => contains(z.rect, px, py));
    return inside.find((z) => z.kind === 'restricted') ?? inside[0] ?? null;
  }

  private updateZone(): void {
    const z = this.zoneAt(this.joe.x, this.joe.y);
    if (z?.id !== this.zone?.id) {
      this.zone = z;
      this.emit({ type: 'zone', label: z?.label ?? '' });
    }
  }

  private fireTriggers(): void {
    const px = this.joe.x / SUB;
    const py = this.joe.y / SUB;
    for (const t of this.level.triggers) {
      if (this.state.hasFlag(t.beat) || !contains(t.rect, px, py)) continue;
      if (!meetsAll(this.state, t.requires)) continue;
      setStoryFlag(this.state, t.beat);
      if (t.caption) this.emit({ type: 'caption', speaker: t.speaker, text: t.caption });
      if (t.dialogue) {
        this.startDialogue(t.dialogue);
        return;
      }
    }
  }

  private stepGuards(): void {
    const zoneRestricted = this.restrictedHere();
    // lost in a crowd, Joe looks like nobody in particular
    const hidden = this.hazards?.hidden === true;
    this.level.guards.forEach((data, i) => {
      const g = this.guards[i];
      if (!g || !this.guardActive(i)) return;
      const suspect = hidden
        ? 'none'
        : this.familiarity.suspectFor(i, data, this.zone, zoneRestricted, this.joe.running);
      const restricted = suspect === 'restricted';
      const view = { joeX: this.joe.x, joeY: this.joe.y, suspect };
      const route = this.level.patrols.find((p) => p.id === data.route);
      const from = stepGuard(this.world, g, data, route, view);
      // hidden in a crowd is not going about his business: it teaches no guard his face
      if (!hidden) this.familiarity.note(i, data, g.seesJoe, suspect);
      if (g.alert !== from) this.emit({ type: 'guard-alert', id: g.id, from, to: g.alert });
      this.hazards?.afterGuard(this, i, g, data, restricted);
      if (g.alert !== 'alerted' || !g.seesJoe || !restricted) return;
      if (from !== 'alerted') this.state.raise('seen-restricted', ALERT_RAISE);
      else if (this.tick % SEEN_EVERY === 0) this.state.raise('seen-restricted');
      const near = Math.max(Math.abs(g.x - this.joe.x), Math.abs(g.y - this.joe.y)) <= GRAB_PX * SUB;
      if (near && this.tower.grab(i, this.joe, data.name, (e) => this.emit(e), g)) return;
      if (near && this.outcome === 'playing') {
        this.outcome = 'caught';
        this.emit({ type: 'caught', reason: 'grabbed', by: data.name, where: this.zone?.label ?? '' });
      }
    });
  }

  /** Everyone who can testify and sees Joe this tick adds to the alibi ledger. */
  private observeWitnesses(): void {
    observeJoe(this.level, this.world, this.state, this.guards, this.joe, this.zone?.name ?? 'open', (i) =>
      this.guardActive(i),
    );
  }

  private checkExits(): void {
    const px = this.joe.x / SUB;
    const py = this.joe.y / SUB;
    const i = this.level.exits.findIndex((e) => contains(e.rect, px, py));
    const exit: ExitData | undefined = this.level.exits[i];
    if (exit && exit.requires.every((f) => this.state.hasFlag(f))) {
      this.complete(exit.name, exit.to);
    } else if (exit && i !== this.exitInside) {
      this.emit({ type: 'locked', text: exit.lockedText || 'Not yet.' });
    }
    this.exitInside = i;
  }

  private complete(exit: string, to: string): void {
    this.outcome = 'complete';
    this.exitTo = to;
    this.state.completeLevel(this.level.id);
    this.emit({ type: 'complete', exit, to });
  }

  private afterStep(): void {
    for (const event of this.state.drainEvents()) {
      this.emit({ type: 'state', event });
      if (
        event.type === 'threshold-crossed' &&
        event.threshold === 'solitary' &&
        this.outcome === 'playing'
      ) {
        this.outcome = 'caught';
        this.emit({ type: 'caught', reason: 'solitary', by: '', where: this.zone?.label ?? '' });
      }
    }
    const objective = this.objective();
    if (objective !== this.objectiveShown) {
      this.objectiveShown = objective;
      this.emit({ type: 'objective', text: objective });
    }
  }

  /** Everything that decides the future of this level, as plain data. */
  snapshot() {
    return {
      level: this.level.id,
      tick: this.tick,
      outcome: this.outcome,
      joe: this.joe,
      guards: this.guards,
      doorsOpen: this.doorsOpen,
      dialogue: this.dialogue,
      zone: this.zone?.id ?? 0,
      exitInside: this.exitInside,
      // only in levels that use them, so earlier levels' replay hashes stand
      ...(this.incident ? { incident: this.incident.snapshot() } : {}),
      ...(this.propsSpent.length > 0 ? { propsSpent: this.propsSpent } : {}),
      ...(this.level.guards.some((g) => g.familiarAfter) ? { familiar: this.familiarity.seen } : {}),
      ...(this.hazards ? { hazards: this.hazards.snapshot() } : {}),
      // only levels with stairs, a lever or allies have tower state: older replays keep their hashes
      ...(this.tower.active ? { tower: this.tower.snapshot() } : {}),
    };
  }

  /** Hash of the level and the game state together: what replays pin. */
  hash(): string {
    return stableHash({ sim: this.snapshot(), state: this.state.toJSON() });
  }
}
