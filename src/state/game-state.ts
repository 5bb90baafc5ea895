import { checkIncident, judge as judgeIncident, latestEntries, observe as observeLedger } from './alibi';
import { scheduleEventsAt, setClock as rebaseClock } from './clock';
import { R17, addClue as addClueTo, drawInformer, joinCrew as joinCrewTo } from './crew';
import { LIMITS, StateError, checkId } from './errors';
import { checkInvariants } from './invariants';
import { holdLever, initialLever, interruptLever, springBack } from './lever';
import { nextU32, randomInt, seedRng } from './rng';
import { parseWith, plainWitness, scheduleSchema, stateSchema, witnessSchema } from './schema';
import { insertSorted, searchSorted } from './sorted';
import { decayStep, raiseAlertFloor, raiseSuspicion } from './suspicion';
import { GameStateView } from './state-view';
import type * as T from './types';

/** Options for a new run. */
export interface CreateOptions {
  /** the run's seed, uint32: draws the informer and every later random number */
  seed: number;
  /** prison minute at tick 0, minutes after midnight (default 06:00) */
  startMinute?: number;
  /** the level's schedule (counts, shifts, lockdowns) */
  schedule?: readonly T.ScheduleEvent[];
}

const byId = (w: T.Witness): string => w.id;

/**
 * The game-state service: one per campaign run, carried from scene to scene. The simulation writes
 * it; scenes read it (see GameStateView). All state is plain data (toJSON); handlers are not.
 * Every write changes the data fully before emitting, so handlers see a consistent state.
 * Invalid arguments throw StateError; every size is bounded by LIMITS.
 */
export class GameState extends GameStateView {
  private constructor(data: T.GameStateData) {
    super(data);
  }

  /** A new run at tick 0. The informer is the seeded generator's first draw. */
  static create({ seed, startMinute = 6 * 60, schedule = [] }: CreateOptions): GameState {
    const rng = seedRng(seed);
    const informer = drawInformer(rng);
    const data: T.GameStateData = {
      version: 1,
      seed,
      rng,
      tick: 0,
      clockBaseMinute: 0,
      clockBaseTick: 0,
      schedule: parseWith(scheduleSchema, schedule, 'create(schedule)'),
      suspicion: 0,
      lastRaiseTick: -1,
      decayTicks: 0,
      crossed: [],
      alertFloor: 0,
      witnesses: [],
      ledger: [],
      judgements: [],
      lever: initialLever(),
      r17: [...R17],
      informer,
      crew: [],
      clues: [],
      flags: [],
      levelsDone: [],
    };
    rebaseClock(data, startMinute, 0);
    return new GameState(data);
  }

  /** Restores a saved state. Validates every field; throws StateError naming the field and rule. */
  static fromJSON(json: unknown): GameState {
    const data: T.GameStateData = parseWith(stateSchema, json, '');
    checkInvariants(data);
    return new GameState(data);
  }

  /**
   * Ends the current tick and begins the next, in this order: (1) tick += 1; (2) suspicion decay
   * for the new tick; (3) lever spring-back if it was not held during the tick that ended;
   * (4) schedule events if a prison minute begins at the new tick. Events are emitted in that order.
   */
  advance(): void {
    const d = this.data;
    d.tick += 1;
    const decay = decayStep(d, d.tick);
    const lever = springBack(d.lever, d.tick);
    const schedule = scheduleEventsAt(d, d.schedule, d.tick);
    // most ticks none of them has anything to say
    if (decay.length + lever.length + schedule.length > 0) this.emit([...decay, ...lever, ...schedule]);
  }

  /** The next uint32 from the run's generator. */
  random(): number {
    return nextU32(this.data.rng);
  }
  /** A uniform integer in 0..n-1 from the run's generator (1 <= n <= 2^32). */
  randomInt(n: number): number {
    return randomInt(this.data.rng, n);
  }

  /** Sets the prison clock to `minute` (0..1439) now; the next minute begins 60 ticks later. */
  setClock(minute: number): void {
    rebaseClock(this.data, minute, this.data.tick);
  }
  /** Replaces the schedule (a new level's map). Entries of one minute fire in list order. */
  setSchedule(list: readonly T.ScheduleEvent[]): void {
    this.data.schedule = parseWith(scheduleSchema, list, 'setSchedule(list)');
  }

  /** Raises suspicion for `cause` by `amount` (default: the cause's amount), clamped at 100. */
  raise(cause: T.SuspicionCause, amount?: number): void {
    this.emit(raiseSuspicion(this.data, cause, amount, this.data.tick));
  }
  /** Raises the alert floor (never lowers it). */
  raiseAlertFloor(level: T.AlertLevel): void {
    this.emit(raiseAlertFloor(this.data, level));
  }

  /** Adds a witness, or replaces the one with the same id. */
  registerWitness(witness: T.Witness): void {
    const w = plainWitness(witness) ?? parseWith(witnessSchema, witness, 'registerWitness(witness)');
    const list = this.data.witnesses;
    const at = searchSorted(list, w.id, byId);
    if (at >= 0) list[at] = w;
    else if (list.length >= LIMITS.witnesses) throw new StateError('registerWitness', 'too many witnesses');
    else list.splice(-at - 1, 0, w);
  }
  /** The doctor takes a drink, or sobers up; read when an incident is judged. */
  setDrinking(id: string, drinking: boolean): void {
    if (typeof drinking !== 'boolean') throw new StateError('setDrinking(drinking)', 'must be a boolean');
    this.witness(id, 'setDrinking(id)').drinking = drinking;
  }
  /** `witness` (registered) sees Joe in `zone` during the current tick. */
  observe(witness: string, zone: string): void {
    // a witness once registered stays so (none is ever removed): look each up once, not every tick
    if (!this.observers.has(witness)) {
      this.witness(witness, 'observe(witness)');
      this.observers.add(witness);
    }
    checkId(zone, 'observe(zone)');
    this.latest ??= latestEntries(this.data.ledger);
    observeLedger(this.data.ledger, witness, zone, this.data.tick, LIMITS.ledger, this.latest);
  }
  /** each witness's last ledger entry (made on the first observation; only observe writes the ledger) */
  private latest: Map<string, T.AlibiEntry> | null = null;
  /** witnesses observe() has found registered */
  private readonly observers = new Set<string>();
  /**
   * Judges an incident against the ledger, stores the judgement and emits alibi-judged; a broken
   * alibi then raises incident-no-alibi by 30, a shaky one by 15. Returns a copy.
   */
  judge(incident: T.Incident): T.AlibiJudgement {
    checkIncident(incident, 'judge(incident)');
    const d = this.data;
    const j = judgeIncident(d.ledger, d.witnesses, incident, d.informer);
    d.judgements.push(j);
    if (d.judgements.length > LIMITS.judgements) d.judgements.shift();
    const amount = j.verdict === 'broken' ? 30 : 15;
    const raised = j.verdict === 'solid' ? [] : raiseSuspicion(d, 'incident-no-alibi', amount, d.tick);
    this.emit([{ type: 'alibi-judged', judgement: structuredClone(j) }, ...raised]);
    return structuredClone(j);
  }

  /** Joe holds the lever during the current tick (counts once per tick). */
  holdLever(): void {
    this.emit(holdLever(this.data.lever, this.data.tick));
  }
  /** Joe is grabbed or struck at the lever: a lowering lever loses 100 ticks of progress. */
  interruptLever(): void {
    this.emit(interruptLever(this.data.lever, this.data.tick));
  }

  /** Adds a man to the crew; true if he was not in it. */
  joinCrew(who: string): boolean {
    checkId(who, 'joinCrew(who)');
    const { crew } = this.data;
    if (crew.length >= LIMITS.crew && !crew.includes(who))
      throw new StateError('joinCrew(who)', 'crew is full');
    return this.emit(joinCrewTo(crew, who));
  }
  /** Joe finds a clue; true if new. */
  addClue(clue: string): boolean {
    checkId(clue, 'addClue(clue)');
    this.checkRoom(this.data.clues, LIMITS.clues, clue, 'addClue(clue)');
    return this.emit(addClueTo(this.data.clues, clue));
  }
  /** Sets a story flag; true if it was not set. */
  setFlag(flag: string): boolean {
    checkId(flag, 'setFlag(flag)');
    this.checkRoom(this.data.flags, LIMITS.flags, flag, 'setFlag(flag)');
    return insertSorted(this.data.flags, flag) && this.emit([{ type: 'flag-set', flag }]);
  }
  /** True if the story flag is set. */
  hasFlag(flag: string): boolean {
    return searchSorted(this.data.flags, flag) >= 0;
  }
  /** Records a level as completed; true if it was not already. */
  completeLevel(id: string): boolean {
    checkId(id, 'completeLevel(id)');
    const done = this.data.levelsDone;
    if (done.includes(id)) return false;
    if (done.length >= LIMITS.levels) throw new StateError('completeLevel(id)', 'too many levels');
    done.push(id);
    return true;
  }

  private emit(events: T.GameEvent[]): boolean {
    if (events.length > 0) this.events.emit(...events);
    return events.length > 0;
  }
  private witness(id: string, where: string): T.Witness {
    checkId(id, where);
    const w = this.data.witnesses[searchSorted(this.data.witnesses, id, byId)];
    if (!w) throw new StateError(where, `"${id}" is not a registered witness`);
    return w;
  }
  private checkRoom(sorted: readonly string[], max: number, item: string, where: string): void {
    if (sorted.length >= max && searchSorted(sorted, item) < 0)
      throw new StateError(where, `at most ${max} items`);
  }
}

export { StateError } from './errors';
