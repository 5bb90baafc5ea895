/**
 * The game-state service's data and events. Plain JSON-safe data: saves, replays and hashes read it.
 * Ticks are simulation ticks at 60 per second, counted from the start of the campaign run.
 */

export type WitnessKind = 'guard' | 'inmate' | 'doctor' | 'informer' | 'officer';

export interface Witness {
  id: string;
  kind: WitnessKind;
  /** 0-100: how much Munsey's inquiry believes this witness */
  credibility: number;
  /** the doctor's word counts for less after a drink */
  drinking: boolean;
}

/** One unbroken stretch of a witness seeing Joe in one zone; ticks inclusive. */
export interface AlibiEntry {
  witness: string;
  zone: string;
  from: number;
  to: number;
}

export interface Incident {
  who: string;
  zone: string;
  /** window of ticks, inclusive */
  from: number;
  to: number;
}

export type AlibiVerdict = 'solid' | 'shaky' | 'broken';

export interface AlibiJudgement {
  incident: Incident;
  verdict: AlibiVerdict;
  /** witnesses that place Joe away from the incident zone during the window, by id, in order of first tick */
  witnesses: { id: string; credibility: number; ticks: number }[];
  /** stretches of the window no credible witness covers, inclusive */
  gaps: { from: number; to: number }[];
  /** ticks of the window covered by a credible witness */
  covered: number;
}

export type SuspicionCause =
  | 'seen-restricted'
  | 'late-for-count'
  | 'incident-no-alibi'
  | 'informer-report'
  | 'contraband'
  | 'caught-in-act';

/** Responses Munsey makes as suspicion crosses them (upward). */
export type SuspicionThreshold = 'follow' | 'search' | 'solitary';

/** 0 calm, 1 watchful, 2 alert, 3 lockdown */
export type AlertLevel = 0 | 1 | 2 | 3;

export type LeverPosition = 'raised' | 'lowering' | 'lowered';

export interface LeverState {
  position: LeverPosition;
  /** ticks of holding accumulated, 0..LEVER_TICKS */
  progress: number;
  /** tick the bridge came fully down, -1 until then */
  loweredAt: number;
  /**
   * tick of the last holdLever, -1 if never. advance() springs the lever back when the tick that
   * just ended was not held; keeping this in the data (not a hidden flag) keeps saves and hashes exact.
   */
  heldAt: number;
}

export interface ScheduleEvent {
  /** minutes after midnight */
  minute: number;
  kind: string;
  label: string;
}

export interface GameStateData {
  version: 1;
  seed: number;
  /** PRNG state words (uint32) */
  rng: [number, number, number, number];
  tick: number;
  /** prison clock: minutes after midnight at `clockBaseTick`, one prison minute per TICKS_PER_MINUTE ticks */
  clockBaseMinute: number;
  clockBaseTick: number;
  schedule: ScheduleEvent[];
  suspicion: number;
  /** tick of the last suspicion raise, -1 if none */
  lastRaiseTick: number;
  /** decay progress in ticks since the last decay step */
  decayTicks: number;
  /** thresholds already crossed (cleared when suspicion falls below them) */
  crossed: SuspicionThreshold[];
  alertFloor: AlertLevel;
  witnesses: Witness[];
  ledger: AlibiEntry[];
  judgements: AlibiJudgement[];
  lever: LeverState;
  r17: string[];
  informer: string;
  crew: string[];
  clues: string[];
  /** story flags, kept sorted */
  flags: string[];
  /** level ids completed, in order */
  levelsDone: string[];
}

export type GameEvent =
  | { type: 'suspicion-changed'; from: number; to: number; cause: SuspicionCause | 'decay' }
  | { type: 'threshold-crossed'; threshold: SuspicionThreshold; suspicion: number }
  | { type: 'alert-changed'; from: AlertLevel; to: AlertLevel }
  | { type: 'alibi-judged'; judgement: AlibiJudgement }
  | { type: 'lever-moved'; from: LeverPosition; to: LeverPosition; tick: number }
  | { type: 'flag-set'; flag: string }
  | { type: 'crew-joined'; who: string }
  | { type: 'clue-found'; clue: string }
  | { type: 'schedule'; event: ScheduleEvent };

export type GameEventType = GameEvent['type'];
export type GameEventOf<T extends GameEventType> = Extract<GameEvent, { type: T }>;
