import { GameState } from '../../../src/state/game-state';
import type { AlibiEntry, GameEvent, Witness, WitnessKind } from '../../../src/state/types';

export function witness(id: string, kind: WitnessKind, credibility: number, drinking = false): Witness {
  return { id, kind, credibility, drinking };
}

export function entry(who: string, zone: string, from: number, to: number): AlibiEntry {
  return { witness: who, zone, from, to };
}

/** Advances `state` until its tick is `tick`. */
export function advanceTo(state: GameState, tick: number): void {
  while (state.tick < tick) state.advance();
}

/** Advances to `tick`, collecting every event with the tick it was drained at. */
export function eventsUntil(state: GameState, tick: number): { tick: number; event: GameEvent }[] {
  const out: { tick: number; event: GameEvent }[] = [];
  while (state.tick < tick) {
    state.advance();
    for (const event of state.drainEvents()) out.push({ tick: state.tick, event });
  }
  return out;
}

/** A run exercising every part of the state, for pinned hashes and round trips. */
export function scriptedRun(): GameState {
  const s = GameState.create({
    seed: 1234,
    startMinute: 7 * 60 + 58,
    schedule: [{ minute: 480, kind: 'count', label: 'Eight o’clock count' }],
  });
  s.registerWitness(witness('doctor', 'doctor', 60));
  s.registerWitness(witness('guard-3', 'guard', 80));
  s.registerWitness(witness(s.informer, 'inmate', 30));
  for (let t = 0; t < 400; t++) {
    if (t >= 100 && t < 250) s.observe('doctor', 'infirmary');
    if (t >= 240 && t < 300) s.observe('guard-3', 'yard');
    if (t >= 290) s.holdLever();
    if (t === 50) s.raise('seen-restricted');
    s.advance();
  }
  s.setDrinking('doctor', true);
  s.judge({ who: 'wilson', zone: 'shop', from: 120, to: 260 });
  s.joinCrew('soldier');
  s.addClue('letter');
  s.setFlag('met-doctor');
  s.completeLevel('cell-block');
  s.random();
  s.randomInt(10);
  s.drainEvents();
  return s;
}
