import { describe, expect, it } from 'vitest';
import { StateError } from '../../../src/state/errors';
import { GameState } from '../../../src/state/game-state';
import { nextU32, randomInt, seedRng } from '../../../src/state/rng';
import type { GameEvent } from '../../../src/state/types';
import { advanceTo, scriptedRun, witness } from './helpers';

const SCRIPTED_HASH = '3f57315a3da01a1f';

describe('create', () => {
  it('makes a fresh run with exact data', () => {
    const s = GameState.create({ seed: 7 });
    expect(s.toJSON()).toEqual({
      version: 1,
      seed: 7,
      rng: [2698661580, 4112393087, 604881056, 1648156500],
      tick: 0,
      clockBaseMinute: 360,
      clockBaseTick: 0,
      schedule: [],
      suspicion: 0,
      lastRaiseTick: -1,
      decayTicks: 0,
      crossed: [],
      alertFloor: 0,
      witnesses: [],
      ledger: [],
      judgements: [],
      lever: { position: 'raised', progress: 0, loweredAt: -1, heldAt: -1 },
      r17: ['soldier', 'spencer', 'lister', 'coy', 'louie'],
      informer: 'louie',
      crew: [],
      clues: [],
      flags: [],
      levelsDone: [],
    });
    expect(s.hash()).toBe('1cb8c7fa9af9cd00');
    expect(s.drainEvents()).toEqual([]);
  });

  it('rejects a seed that is not uint32', () => {
    expect(() => GameState.create({ seed: -5 })).toThrow(StateError);
    expect(() => GameState.create({ seed: 2 ** 32 })).toThrow('seed');
  });
});

describe('hash and JSON', () => {
  it('pins the hash of a scripted run', () => {
    expect(scriptedRun().hash()).toBe(SCRIPTED_HASH);
  });

  it('two runs of the same script agree', () => {
    expect(scriptedRun().toJSON()).toEqual(scriptedRun().toJSON());
  });

  it('keeps the hash through toJSON -> fromJSON and through a JSON string', () => {
    const s = scriptedRun();
    expect(GameState.fromJSON(s.toJSON()).hash()).toBe(SCRIPTED_HASH);
    const text = JSON.stringify(s);
    expect(GameState.fromJSON(JSON.parse(text)).hash()).toBe(SCRIPTED_HASH);
    expect(GameState.fromJSON(JSON.parse(text)).toJSON()).toEqual(s.toJSON());
  });

  it('hashes the data only: handlers and the event queue are not part of it', () => {
    const s = scriptedRun();
    s.on('flag-set', () => undefined);
    s.setFlag('x');
    const withQueue = s.hash();
    s.drainEvents();
    expect(s.hash()).toBe(withQueue);
  });

  it('toJSON is a deep copy', () => {
    const s = scriptedRun();
    const copy = s.toJSON();
    copy.ledger[0]!.to = 9999;
    copy.flags.push('zzz');
    copy.lever.progress = 0;
    copy.rng[0] = 0;
    expect(s.hash()).toBe(SCRIPTED_HASH);
  });

  it('fromJSON copies its input', () => {
    const json = scriptedRun().toJSON();
    const s = GameState.fromJSON(json);
    json.witnesses[0]!.credibility = 0;
    json.judgements[0]!.gaps.push({ from: 1, to: 2 });
    expect(s.hash()).toBe(SCRIPTED_HASH);
  });

  it('a restored state continues exactly as the original', () => {
    const a = scriptedRun();
    const b = GameState.fromJSON(a.toJSON());
    for (const s of [a, b]) {
      for (let i = 0; i < 2000; i++) {
        if (i < 100) s.holdLever();
        s.observe('guard-3', i % 300 < 150 ? 'yard' : 'shop');
        s.advance();
      }
      s.judge({ who: 'haines', zone: 'shop', from: 500, to: 900 });
    }
    expect(b.random()).toBe(a.random());
    expect(b.hash()).toBe(a.hash());
    expect(b.drainEvents()).toEqual(a.drainEvents());
  });

  it('every kind of change moves the hash', () => {
    const base = scriptedRun().hash();
    const changes: ((s: GameState) => void)[] = [
      (s) => s.advance(),
      (s) => s.random(),
      (s) => s.raise('seen-restricted'),
      (s) => s.raiseAlertFloor(1),
      (s) => s.setClock(0),
      (s) => s.setSchedule([]),
      (s) => s.registerWitness(witness('new', 'guard', 1)),
      (s) => s.setDrinking('doctor', false),
      (s) => s.observe('doctor', 'infirmary'),
      (s) => s.judge({ who: 'a', zone: 'b', from: 0, to: 1 }),
      (s) => s.holdLever(),
      (s) => s.interruptLever(),
      (s) => s.joinCrew('coy'),
      (s) => s.addClue('zippo'),
      (s) => s.setFlag('b'),
      (s) => s.completeLevel('yard'),
    ];
    const hashes = changes.map((change) => {
      const s = scriptedRun();
      change(s);
      return s.hash();
    });
    for (const h of hashes) expect(h).not.toBe(base);
    expect(new Set(hashes).size).toBe(changes.length);
  });
});

describe('random', () => {
  it('draws from the generator kept in the state, after the informer draw', () => {
    const s = GameState.create({ seed: 9 });
    const ref = seedRng(9);
    randomInt(ref, 5);
    expect([s.random(), s.random(), s.randomInt(1000)]).toEqual([
      nextU32(ref),
      nextU32(ref),
      randomInt(ref, 1000),
    ]);
    expect(s.toJSON().rng).toEqual(ref);
  });
});

describe('advance', () => {
  it('runs decay, then lever spring-back, then schedule, in one tick', () => {
    // Suspicion raised at tick 0 first decays at 900; a schedule entry at minute 15 fires at tick 900.
    const s = GameState.create({
      seed: 1,
      startMinute: 0,
      schedule: [{ minute: 15, kind: 'count', label: 'c' }],
    });
    s.raise('contraband');
    advanceTo(s, 898);
    s.holdLever(); // progress 1 at 898; unheld 899 -> spring-back to raised at 900
    s.advance();
    s.drainEvents();
    s.advance();
    expect(s.tick).toBe(900);
    expect(s.drainEvents().map((e) => e.type)).toEqual([
      'suspicion-changed',
      'alert-changed',
      'lever-moved',
      'schedule',
    ]);
  });

  it('counts ticks', () => {
    const s = GameState.create({ seed: 1 });
    advanceTo(s, 12345);
    expect(s.tick).toBe(12345);
  });
});

describe('events', () => {
  it('on() delivers typed events at once; drainEvents() returns everything since the last drain', () => {
    const s = GameState.create({ seed: 1 });
    const flags: string[] = [];
    const off = s.on('flag-set', (e) => flags.push(e.flag));
    s.setFlag('a');
    s.raise('contraband');
    expect(flags).toEqual(['a']);
    expect(s.drainEvents().map((e) => e.type)).toEqual(['flag-set', 'suspicion-changed', 'alert-changed']);
    expect(s.drainEvents()).toEqual([]);
    off();
    s.setFlag('b');
    expect(flags).toEqual(['a']);
    expect(s.drainEvents()).toEqual([{ type: 'flag-set', flag: 'b' }]);
  });

  it('handlers see the state already updated', () => {
    const s = GameState.create({ seed: 1 });
    const seen: [number, number][] = [];
    s.on('suspicion-changed', () => seen.push([s.suspicion, s.alertLevel]));
    s.on('threshold-crossed', () => seen.push([s.suspicion, s.alertLevel]));
    s.raise('contraband', 45);
    expect(seen).toEqual([
      [45, 1],
      [45, 1],
    ]);
  });

  it('a throwing handler leaves the state whole and the queue complete', () => {
    const s = GameState.create({ seed: 1 });
    s.on('suspicion-changed', () => {
      throw new Error('hud broke');
    });
    expect(() => s.raise('caught-in-act')).toThrow('hud broke');
    expect(s.suspicion).toBe(100);
    expect(s.drainEvents()).toHaveLength(5);
  });

  it('handlers are not carried by toJSON/fromJSON', () => {
    const s = GameState.create({ seed: 1 });
    const got: GameEvent[] = [];
    s.on('flag-set', (e) => got.push(e));
    GameState.fromJSON(s.toJSON()).setFlag('a');
    expect(got).toEqual([]);
  });
});
