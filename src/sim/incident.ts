import type { DialogueData, IncidentData, LevelData } from '../maps/level-data';
import type { GameState } from '../state/game-state';
import { MINUTES_PER_DAY, TICKS_PER_MINUTE } from '../state/clock';
import type { AlibiJudgement } from '../state/types';
import { guardWitnessId } from './guard';
import { applySets } from './dialogue';
import { inquiryReport, type InquiryReport, type WitnessName } from './inquiry';
import type { SimEvent } from './sim-events';

/** The dialogue the inquiry plays as (it freezes the world like any other). */
export const INQUIRY_DIALOGUE = 'munsey-inquiry';
/** What the judgement sets, besides the verdict flag alibi-<verdict>. */
export const INQUIRY_DONE = 'inquiry-done';

/** before the window; open (the move happened); judged (verdict set, inquiry to come); done (inquiry on or over) */
export type IncidentPhase = 'before' | 'open' | 'judged' | 'done';

/** What the incident needs from the level being played. */
export interface IncidentHost {
  readonly level: LevelData;
  readonly state: GameState;
  emit(e: SimEvent): void;
  /** the attempt is lost: the moment passed without the set-up */
  lose(text: string): void;
  /** plays a dialogue now (the sim's own dialogue machinery) */
  play(d: DialogueData): void;
  /** true while a dialogue is on */
  talking(): boolean;
}

/**
 * The level's incident: at the window's first tick the crew moves if the set-up is done (else the
 * moment passes and the attempt is lost); at its last tick Munsey judges Joe's alibi against the
 * witness ledger and holds his inquiry. Ticks are the game state's (the ledger's), fixed when the
 * level starts: the window opens (from - startMinute) prison minutes after it.
 */
export class IncidentRules {
  readonly fromTick: number;
  readonly toTick: number;
  phase: IncidentPhase = 'before';
  report: InquiryReport | null = null;

  constructor(
    readonly data: IncidentData,
    level: LevelData,
    startTick: number,
  ) {
    const after = (m: number) =>
      ((m - level.startMinute + MINUTES_PER_DAY) % MINUTES_PER_DAY) * TICKS_PER_MINUTE;
    this.fromTick = startTick + after(data.from);
    this.toTick = startTick + after(data.to);
  }

  /** Runs once per tick, after the world or the dialogue moved. */
  step(host: IncidentHost): void {
    const now = host.state.tick;
    if (this.phase === 'before' && now >= this.fromTick) this.open(host);
    else if (this.phase === 'open' && now >= this.toTick) this.judge(host);
    // the inquiry waits for a conversation Joe is in to end
    if (this.phase === 'judged' && this.report && !host.talking()) {
      this.phase = 'done';
      host.play({
        id: INQUIRY_DIALOGUE,
        lines: this.report.lines,
        sets: [INQUIRY_DONE],
        requires: [],
        fallback: '',
        flashback: false,
      });
    }
  }

  private open(host: IncidentHost): void {
    const { state } = host;
    const ready = this.data.setup.every((f) => state.hasFlag(f));
    host.emit({ type: 'incident-window', ready });
    if (!ready) {
      host.lose(this.data.missedText || 'The moment passed.');
      return;
    }
    this.phase = 'open';
    applySets(this.data.sets, state);
    if (this.data.caption) host.emit({ type: 'caption', speaker: '', text: this.data.caption });
  }

  private judge(host: IncidentHost): void {
    const { state, level } = host;
    this.phase = 'judged';
    const j: AlibiJudgement = state.judge({
      who: this.data.who,
      zone: this.data.zone,
      from: this.fromTick,
      // the window's minutes, end exclusive: 10:45-11:00 is 15 x 60 ticks
      to: this.toTick - 1,
    });
    state.setFlag(`alibi-${j.verdict}`);
    const place = level.zones.find((z) => z.name === this.data.zone)?.label.toLowerCase() || this.data.zone;
    this.report = inquiryReport(j, (id) => witnessName(host, id), this.data.from, place);
  }

  /** The HUD's reminder: "WINDOW 10:45-11:00" until it is judged. */
  hudText(clock: (minute: number) => string): string {
    return this.phase === 'judged' || this.phase === 'done'
      ? ''
      : `WINDOW ${clock(this.data.from)}-${clock(this.data.to)}`;
  }

  snapshot() {
    return { phase: this.phase, from: this.fromTick, to: this.toTick };
  }
}

function witnessName(host: IncidentHost, id: string): WitnessName {
  const w = host.state.witnesses.find((x) => x.id === id);
  const npc = host.level.npcs.find((n) => n.key === id);
  const guard = host.level.guards.find((g) => guardWitnessId(host.level.id, g.id) === id);
  const name = npc?.name ?? guard?.name.split(',')[0]?.trim() ?? id;
  return { name, kind: w?.kind ?? 'witness', drinking: w?.drinking ?? false };
}
