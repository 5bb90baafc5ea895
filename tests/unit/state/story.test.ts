import { describe, expect, it } from 'vitest';
import { StateError } from '../../../src/state/errors';
import { GameState } from '../../../src/state/game-state';
import { advanceTo, witness } from './helpers';

describe('flags and levels', () => {
  it('keeps flags sorted; setFlag is true only when new', () => {
    const s = GameState.create({ seed: 1 });
    expect(s.setFlag('wilson-attacked')).toBe(true);
    expect(s.setFlag('met-doctor')).toBe(true);
    expect(s.setFlag('wilson-attacked')).toBe(false);
    expect(s.flags).toEqual(['met-doctor', 'wilson-attacked']);
    expect(s.hasFlag('met-doctor')).toBe(true);
    expect(s.hasFlag('met')).toBe(false);
    expect(s.drainEvents()).toEqual([
      { type: 'flag-set', flag: 'wilson-attacked' },
      { type: 'flag-set', flag: 'met-doctor' },
    ]);
  });

  it('accepts a flag of 64 characters, rejects 65', () => {
    const s = GameState.create({ seed: 1 });
    expect(s.setFlag('f'.repeat(64))).toBe(true);
    expect(() => s.setFlag('f'.repeat(65))).toThrow('setFlag(flag): must be 1-64 characters (got 65)');
  });

  it('records completed levels once, in order', () => {
    const s = GameState.create({ seed: 1 });
    expect(s.completeLevel('cell-block')).toBe(true);
    expect(s.completeLevel('machine-shop')).toBe(true);
    expect(s.completeLevel('cell-block')).toBe(false);
    expect(s.levelsDone).toEqual(['cell-block', 'machine-shop']);
  });
});

describe('witnesses and judging', () => {
  it('keeps witnesses sorted by id and replaces by id', () => {
    const s = GameState.create({ seed: 1 });
    s.registerWitness(witness('guard-2', 'guard', 80));
    s.registerWitness(witness('doctor', 'doctor', 60));
    s.registerWitness(witness('guard-2', 'officer', 90));
    expect(s.witnesses).toEqual([witness('doctor', 'doctor', 60), witness('guard-2', 'officer', 90)]);
  });

  it('rejects a malformed witness, naming the field', () => {
    const s = GameState.create({ seed: 1 });
    expect(() => s.registerWitness(witness('x', 'guard', 101))).toThrow(
      'registerWitness(witness).credibility: must be <= 100 (got 101)',
    );
    expect(() => s.registerWitness({ ...witness('x', 'guard', 1), kind: 'dog' as 'guard' })).toThrow(
      'registerWitness(witness).kind: must be a witness kind',
    );
  });

  it('observe and setDrinking need a registered witness', () => {
    const s = GameState.create({ seed: 1 });
    expect(() => s.observe('ghost', 'yard')).toThrow('observe(witness): "ghost" is not a registered witness');
    expect(() => s.setDrinking('ghost', true)).toThrow(StateError);
    s.registerWitness(witness('doctor', 'doctor', 60));
    expect(() => s.observe('doctor', '')).toThrow('observe(zone)');
  });

  it('records observations at the current tick', () => {
    const s = GameState.create({ seed: 1 });
    s.registerWitness(witness('doctor', 'doctor', 60));
    advanceTo(s, 10);
    for (let i = 0; i < 5; i++) {
      s.observe('doctor', 'infirmary');
      s.advance();
    }
    expect(s.ledger).toEqual([{ witness: 'doctor', zone: 'infirmary', from: 10, to: 14 }]);
  });

  /** Doctor sees Joe in his office over ticks 100..199. */
  function alibiRun(): GameState {
    const s = GameState.create({ seed: 1 });
    s.registerWitness(witness('doctor', 'doctor', 60));
    advanceTo(s, 100);
    for (let t = 100; t < 200; t++) {
      s.observe('doctor', 'infirmary');
      s.advance();
    }
    s.drainEvents();
    return s;
  }
  const wilson = { who: 'wilson', zone: 'shop', from: 100, to: 199 };

  it('a solid alibi raises nothing', () => {
    const s = alibiRun();
    const j = s.judge(wilson);
    expect(j.verdict).toBe('solid');
    expect(s.suspicion).toBe(0);
    expect(s.judgements).toEqual([j]);
    expect(s.drainEvents()).toEqual([{ type: 'alibi-judged', judgement: j }]);
  });

  it('the drinking doctor makes it shaky: +15', () => {
    const s = alibiRun();
    s.setDrinking('doctor', true);
    const j = s.judge(wilson);
    expect(j.verdict).toBe('shaky');
    expect(s.suspicion).toBe(15);
    expect(s.drainEvents()).toEqual([
      { type: 'alibi-judged', judgement: j },
      { type: 'suspicion-changed', from: 0, to: 15, cause: 'incident-no-alibi' },
    ]);
  });

  it('a broken alibi: +30', () => {
    const s = alibiRun();
    const j = s.judge({ ...wilson, to: 200 });
    expect(j.gaps).toEqual([{ from: 200, to: 200 }]);
    expect(s.suspicion).toBe(30);
    expect(s.drainEvents().map((e) => e.type)).toEqual([
      'alibi-judged',
      'suspicion-changed',
      'alert-changed',
    ]);
  });

  it("the run's informer as a witness counts for nothing", () => {
    const s = GameState.create({ seed: 1 }); // informer: louie
    s.registerWitness(witness('louie', 'inmate', 30));
    for (let t = 0; t < 10; t++) {
      s.observe('louie', 'cell-r17');
      s.advance();
    }
    expect(s.judge({ who: 'wilson', zone: 'shop', from: 0, to: 9 }).verdict).toBe('broken');
  });

  it('returns and emits copies: mutating them does not touch the stored judgement', () => {
    const s = alibiRun();
    const j = s.judge(wilson);
    j.gaps.push({ from: 0, to: 0 });
    const [event] = s.drainEvents();
    if (event?.type === 'alibi-judged') event.judgement.verdict = 'broken';
    expect(s.judgements[0]).toMatchObject({ verdict: 'solid', gaps: [] });
  });
});
