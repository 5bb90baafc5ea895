import type { ExitData, LevelData, Surface, TriggerData, ZoneData } from '../maps/level-data';
import type { GameState } from '../state/game-state';
import { stableHash } from '../state/hash';
import { useDoor } from './doors';
import { applyDialogueEnd, currentLine, resolveDialogue, type DialogueState } from './dialogue';
import { createGuard, type GuardState } from './guard';
import { GuardLoop } from './guard-loop';
import { Hazards, hasHazards } from './hazards';
import { meetsAll, setStoryFlag } from '../state/informer';
import { IN_INTERACT, IN_SKIP, type InputFrame } from './input';
import { createJoe, stepJoe, type JoeState } from './joe';
import { findInteraction, type Interaction } from './interact';
import type { SimEvent } from './sim-events';
import { SUB, TILE } from './units';
import { TileWorld } from './world';
import { TowerRules } from './tower';
import { observeJoe, registerWitnesses } from './witnesses';
import { Familiarity, isRestricted } from './familiar';
import { IncidentRules, type IncidentHost } from './incident';
import { useProp } from './props';
import { makeNoise, NOISE_TILES } from './noise';
import { contains, exitAt, zoneAt } from './places';
import { uniformGuards } from './guard-data';

/**
 * How an attempt stands: still playing, complete (an exit, or the bridge down), caught (by a guard,
 * a marksman or Munsey's patience: solitary), or missed (the incident's moment passed without the
 * set-up: the attempt is lost, but nobody caught Joe).
 */
export type Outcome = 'playing' | 'complete' | 'caught' | 'missed';

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
  /** handed to the rules every tick: made once, not a closure a tick */
  private readonly emitter = (e: SimEvent): void => this.emit(e);
  private readonly isActive = (i: number): boolean => this.guardActive(i);
  /** the guards' part of the tick; its lookers (the guards who saw Joe) are the witnesses sought */
  private readonly guardLoop: GuardLoop;
  private readonly lookerActive = (k: number): boolean =>
    this.guardActive(this.guardLoop.lookerIndex[k] ?? -1);
  private readonly surfaceAt = (tx: number, ty: number): Surface =>
    this.level.surfaces[this.level.surfaceAt[ty * this.level.width + tx] ?? 0] ?? 'stone';

  constructor(
    map: LevelData,
    readonly state: GameState,
  ) {
    // an incident adds its inquiry to this attempt's dialogues: a copy, so the map's data stays as loaded
    const dialogues = map.incident ? { ...map.dialogues } : map.dialogues;
    const level = { ...map, guards: uniformGuards(map.guards), dialogues };
    this.level = level;
    this.propsSpent = (level.props ?? []).map(() => false);
    this.familiarity = new Familiarity(level.guards);
    this.world = new TileWorld(level);
    this.joe = createJoe(level);
    this.guards = level.guards.map((g) => createGuard(g, level.id));
    this.guardLoop = new GuardLoop(level, this.emitter);
    this.doorsOpen = level.doors.map(() => false);
    level.doors.forEach((d) => this.world.setDoorShut(d.tx, d.ty, true));
    for (const n of level.npcs) this.world.blockTile(Math.floor(n.x / TILE), Math.floor(n.y / TILE));
    this.tower = new TowerRules(level, state, this.world);
    registerWitnesses(level, state);
    state.setClock(level.startMinute);
    state.setSchedule(level.schedule);
    this.zone = this.joeZone();
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
    // it follows the story flags alone, which are only ever added: look again when there are more
    const flags = this.state.flags.length;
    if (flags !== this.objectiveFor) {
      this.objectiveFor = flags;
      this.objectiveText = this.level.objectives.find((o) => !this.state.hasFlag(o.flag))?.text ?? '';
    }
    return this.objectiveText;
  }
  private objectiveFor = -1;
  private objectiveText = '';

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
    return (this.host ??= {
      level: this.level,
      state: this.state,
      emit: (e) => this.emit(e),
      lose: (text) => this.lose(text),
      talking: () => this.dialogue !== null,
      play: (d) => {
        this.level.dialogues[d.id] = d;
        this.startDialogue(d.id);
      },
    });
  }
  private host: IncidentHost | null = null;

  private lose(text: string): void {
    if (this.outcome !== 'playing') return;
    this.outcome = 'missed';
    this.emit({ type: 'caught', reason: 'missed', by: '', where: this.zone?.label ?? '', text });
  }

  private stepWorld(input: InputFrame): void {
    const { joe, emitter, isActive } = this;
    const step = stepJoe(this.world, joe, input, this.surfaceAt);
    if (step) {
      this.emit({ type: 'footstep', surface: step, running: joe.running });
      if (joe.running) makeNoise(this.guards, joe, NOISE_TILES[step], isActive, emitter);
    }
    if (this.tower.stairs(joe, emitter)) this.exitInside = -1;
    if (input & IN_INTERACT) this.interact();
    if (this.dialogue) return;
    this.tower.use(input, joe, emitter);
    this.updateZone();
    this.fireTriggers();
    if (this.dialogue) return;
    this.hazards?.step(this);
    this.guardLoop.step(this);
    this.tower.stepAllies(this.tick, this.guards, emitter, isActive);
    this.observeWitnesses();
    if (this.outcome === 'playing' && this.tower.bridgeDown()) this.complete('bridge', '');
    if (this.outcome === 'playing') this.checkExits();
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

  private joeZone(): ZoneData | null {
    return zoneAt(this.level.zones, this.joe.x / SUB, this.joe.y / SUB);
  }

  private updateZone(): void {
    const z = this.joeZone();
    if (z?.id !== this.zone?.id) {
      this.zone = z;
      this.emit({ type: 'zone', label: z?.label ?? '' });
    }
  }

  private fireTriggers(): void {
    const px = this.joe.x / SUB;
    const py = this.joe.y / SUB;
    const triggers = this.level.triggers;
    for (let i = 0; i < triggers.length; i++) {
      const t = triggers[i] as TriggerData;
      if (!contains(t.rect, px, py) || this.state.hasFlag(t.beat)) continue;
      if (!meetsAll(this.state, t.requires)) continue;
      setStoryFlag(this.state, t.beat);
      if (t.caption) this.emit({ type: 'caption', speaker: t.speaker, text: t.caption });
      if (t.dialogue) {
        this.startDialogue(t.dialogue);
        return;
      }
    }
  }

  /** Everyone who can testify and sees Joe this tick adds to the alibi ledger. */
  private observeWitnesses(): void {
    const zone = this.zone?.name ?? 'open';
    const lookers = this.guardLoop.lookers;
    observeJoe(this.level, this.world, this.state, lookers, this.joe, zone, this.lookerActive);
  }

  private checkExits(): void {
    const px = this.joe.x / SUB;
    const py = this.joe.y / SUB;
    const i = exitAt(this.level.exits, px, py);
    // (exits[-1] would be a property lookup up the prototype chain: slow, and every tick)
    const exit: ExitData | undefined = i >= 0 ? this.level.exits[i] : undefined;
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
      // a missed moment hashes as "caught", the name it had before it had its own: replays recorded
      // then keep their hashes. The hash loses nothing a verifier needs: it re-simulates the inputs
      // and names the outcome from the simulation itself.
      outcome: this.outcome === 'missed' ? 'caught' : this.outcome,
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
