import { describe, expect, it } from 'vitest';
import { GameState } from '../../../src/state/game-state';
import { LEVER_TICKS } from '../../../src/state/lever';
import type { GameEvent } from '../../../src/state/types';

const fresh = () => GameState.create({ seed: 1 });

/** Holds the lever during ticks from..to inclusive (advancing between), leaving the state at `to`. */
function holdThrough(s: GameState, from: number, to: number): GameEvent[] {
  const events: GameEvent[] = [];
  while (s.tick < from) s.advance();
  for (;;) {
    s.holdLever();
    events.push(...s.drainEvents());
    if (s.tick >= to) return events;
    s.advance();
    events.push(...s.drainEvents());
  }
}

describe('lever', () => {
  it('is 300 ticks', () => {
    expect(LEVER_TICKS).toBe(300);
  });

  it('the first hold starts it lowering', () => {
    const s = fresh();
    s.holdLever();
    expect(s.lever).toEqual({ position: 'lowering', progress: 1, loweredAt: -1, heldAt: 0 });
    expect(s.drainEvents()).toEqual([{ type: 'lever-moved', from: 'raised', to: 'lowering', tick: 0 }]);
  });

  it('held every tick from tick 10, comes down at tick 309 exactly', () => {
    const s = fresh();
    const early = holdThrough(s, 10, 308);
    expect(early).toEqual([{ type: 'lever-moved', from: 'raised', to: 'lowering', tick: 10 }]);
    expect(s.lever.progress).toBe(299);
    s.advance();
    s.holdLever();
    expect(s.tick).toBe(309);
    expect(s.lever).toEqual({ position: 'lowered', progress: 300, loweredAt: 309, heldAt: 309 });
    expect(s.drainEvents()).toEqual([{ type: 'lever-moved', from: 'lowering', to: 'lowered', tick: 309 }]);
  });

  it('counts one hold per tick', () => {
    const s = fresh();
    s.holdLever();
    s.holdLever();
    s.holdLever();
    expect(s.lever.progress).toBe(1);
  });

  it('springs back 2 per unheld tick and is raised again at 0', () => {
    const s = fresh();
    holdThrough(s, 0, 9); // progress 10 at tick 9
    s.drainEvents();
    s.advance(); // tick 10: tick 9 was held, no spring-back
    expect(s.lever.progress).toBe(10);
    const trail: number[] = [];
    for (let t = 11; t <= 15; t++) {
      s.advance();
      trail.push(s.lever.progress);
    }
    expect(trail).toEqual([8, 6, 4, 2, 0]);
    expect(s.lever.position).toBe('raised');
    expect(s.drainEvents()).toEqual([{ type: 'lever-moved', from: 'lowering', to: 'raised', tick: 15 }]);
  });

  it('springs back to 0, not below, from an odd progress', () => {
    const s = fresh();
    holdThrough(s, 0, 2); // progress 3
    s.advance();
    s.advance();
    expect(s.lever.progress).toBe(1);
    s.advance();
    expect(s.lever).toMatchObject({ position: 'raised', progress: 0 });
  });

  it('resumes from where the spring-back left it', () => {
    const s = fresh();
    holdThrough(s, 0, 99); // 100
    s.advance(); // tick 100, not held: no change yet
    s.advance(); // tick 101: tick 100 unheld -> 98
    s.advance(); // tick 102 -> 96
    s.holdLever(); // 97 at tick 102
    s.advance(); // tick 103: tick 102 held -> no spring-back
    expect(s.lever.progress).toBe(97);
  });

  it('an interruption drops 100 at once', () => {
    const s = fresh();
    holdThrough(s, 0, 149); // 150
    s.drainEvents();
    s.interruptLever();
    expect(s.lever).toMatchObject({ position: 'lowering', progress: 50 });
    expect(s.drainEvents()).toEqual([]);
    s.interruptLever();
    expect(s.lever).toMatchObject({ position: 'raised', progress: 0 });
    expect(s.drainEvents()).toEqual([{ type: 'lever-moved', from: 'lowering', to: 'raised', tick: 149 }]);
  });

  it('an interruption of a raised lever does nothing', () => {
    const s = fresh();
    s.interruptLever();
    expect(s.lever).toEqual({ position: 'raised', progress: 0, loweredAt: -1, heldAt: -1 });
    expect(s.drainEvents()).toEqual([]);
  });

  it('lowered is final', () => {
    const s = fresh();
    holdThrough(s, 0, 299);
    expect(s.lever).toEqual({ position: 'lowered', progress: 300, loweredAt: 299, heldAt: 299 });
    s.drainEvents();
    s.interruptLever();
    for (let i = 0; i < 50; i++) s.advance();
    s.holdLever();
    expect(s.lever).toEqual({ position: 'lowered', progress: 300, loweredAt: 299, heldAt: 299 });
    expect(s.drainEvents()).toEqual([]);
  });
});
