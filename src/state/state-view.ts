import { clockText, minuteAt } from './clock';
import { Emitter } from './events';
import { stableHash } from './hash';
import { alertLevel } from './suspicion';
import type * as T from './types';

/**
 * The read side of the game-state service: what scenes, the HUD and audio need. GameState adds
 * the writes. Getters return the live data typed read-only (no copying per frame); use toJSON
 * for a copy that may be kept or changed.
 */
export class GameStateView {
  protected readonly events = new Emitter<T.GameEvent>();

  protected constructor(protected readonly data: T.GameStateData) {}

  /** A deep copy of the state data; JSON.stringify(state) uses it. */
  toJSON(): T.GameStateData {
    return structuredClone(this.data);
  }

  /** 16 hex chars over the canonical JSON of the data; equal states hash equal in any engine. */
  hash(): string {
    return stableHash(this.data);
  }

  /** Calls `handler` for each later event of `type`; returns an unsubscribe function. */
  on<K extends T.GameEventType>(type: K, handler: (event: T.GameEventOf<K>) => void): () => void {
    return this.events.on(type, handler);
  }

  /** Every event emitted since the last drain, oldest first (the sim hands these to the HUD per tick). */
  drainEvents(): T.GameEvent[] {
    return this.events.drain();
  }

  /** Ticks since the run began (60 per second). */
  get tick(): number {
    return this.data.tick;
  }
  /** The run's seed (uint32). */
  get seed(): number {
    return this.data.seed;
  }
  /** Munsey's heat on Joe, 0-100. */
  get suspicion(): number {
    return this.data.suspicion;
  }
  /** 0 calm .. 3 lockdown: the higher of the floor and what suspicion calls for. */
  get alertLevel(): T.AlertLevel {
    return alertLevel(this.data);
  }
  /** The lowest alert level the prison will drop to. */
  get alertFloor(): T.AlertLevel {
    return this.data.alertFloor;
  }
  /** The bridge lever: position, progress in ticks held, tick it came down. */
  get lever(): Readonly<T.LeverState> {
    return this.data.lever;
  }
  /** The R17 man who informs this run. */
  get informer(): string {
    return this.data.informer;
  }
  /** The men of R17. */
  get r17(): readonly string[] {
    return this.data.r17;
  }
  /** Who has joined the break, in join order. */
  get crew(): readonly string[] {
    return this.data.crew;
  }
  /** Clues Joe holds, sorted. */
  get clues(): readonly string[] {
    return this.data.clues;
  }
  /** Story flags set, sorted. */
  get flags(): readonly string[] {
    return this.data.flags;
  }
  /** Level ids completed, in order. */
  get levelsDone(): readonly string[] {
    return this.data.levelsDone;
  }
  /** Who saw Joe where, ordered by from tick, then witness id. */
  get ledger(): readonly Readonly<T.AlibiEntry>[] {
    return this.data.ledger;
  }
  /** Every incident judged, oldest first. */
  get judgements(): readonly Readonly<T.AlibiJudgement>[] {
    return this.data.judgements;
  }
  /** Registered witnesses, sorted by id. */
  get witnesses(): readonly Readonly<T.Witness>[] {
    return this.data.witnesses;
  }
  /** The level's schedule. */
  get schedule(): readonly Readonly<T.ScheduleEvent>[] {
    return this.data.schedule;
  }
  /** Prison minute now, 0..1439 after midnight. */
  get minute(): number {
    return minuteAt(this.data, this.data.tick);
  }
  /** Prison time now as 'HH:MM'. */
  get clockText(): string {
    return clockText(this.minute);
  }
}
