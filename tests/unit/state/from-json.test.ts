import { describe, expect, it } from 'vitest';
import { StateError } from '../../../src/state/errors';
import { GameState } from '../../../src/state/game-state';
import { randomInt, seedRng } from '../../../src/state/rng';
import type { GameStateData } from '../../../src/state/types';
import { scriptedRun } from './helpers';

const valid = (): GameStateData => scriptedRun().toJSON();
/** A valid state with `edit` applied; typed loosely because the point is to break it. */
const broken = (edit: (d: Record<string, unknown> & GameStateData) => void): unknown => {
  const d = valid() as Record<string, unknown> & GameStateData;
  edit(d);
  return d;
};

function rejection(json: unknown): StateError {
  try {
    GameState.fromJSON(json);
  } catch (e) {
    if (e instanceof StateError) return e;
    throw new Error(`expected a StateError, got ${String(e)}`);
  }
  throw new Error('expected fromJSON to throw');
}

describe('fromJSON rejects', () => {
  it.each<[string, unknown, string, string]>([
    ['null', null, '(root)', 'must be an object'],
    ['a string', '{"version":1}', '(root)', 'must be an object'],
    ['another version', broken((d) => (d.version = 2 as 1)), 'version', 'must be 1'],
    ['a missing field', broken((d) => Reflect.deleteProperty(d, 'tick')), 'tick', 'is missing'],
    ['an unknown field', broken((d) => (d.cheats = true)), 'cheats', 'is not a known field'],
    ['suspicion over 100', broken((d) => (d.suspicion = 101)), 'suspicion', 'must be <= 100 (got 101)'],
    ['fractional suspicion', broken((d) => (d.suspicion = 1.5)), 'suspicion', 'must be an integer'],
    ['a string tick', broken((d) => (d.tick = '400' as unknown as number)), 'tick', 'must be a number'],
    ['a NaN tick', broken((d) => (d.tick = Number.NaN)), 'tick', 'must be a number'],
    ['a negative rng word', broken((d) => (d.rng[2] = -1)), 'rng[2]', 'must be >= 0'],
    ['an rng word of 2^32', broken((d) => (d.rng[0] = 2 ** 32)), 'rng[0]', 'must be <= 4294967295'],
    [
      'three rng words',
      broken((d) => (d.rng = [1, 2, 3] as unknown as [number, number, number, number])),
      'rng[3]',
      'must be a number',
    ],
    [
      'a lever position',
      broken((d) => (d.lever.position = 'up' as 'raised')),
      'lever.position',
      'must be raised, lowering or lowered',
    ],
    ['lever progress past 300', broken((d) => (d.lever.progress = 301)), 'lever.progress', 'must be <= 300'],
    [
      'lever progress at odds with position',
      broken((d) => (d.lever.position = 'raised')),
      'lever.progress',
      'must be 0 while raised',
    ],
    [
      'a ledger entry ending before it starts',
      broken((d) => (d.ledger[1]!.to = 10)),
      'ledger[1].to',
      'must be >= from',
    ],
    [
      'a ledger entry in the future',
      broken((d) => (d.ledger[1]!.to = 401)),
      'ledger[1].to',
      'must be <= tick',
    ],
    [
      'a ledger out of order',
      broken((d) => d.ledger.reverse()),
      'ledger[1]',
      'must be ordered by from, then witness',
    ],
    [
      'a ledger witness not registered',
      broken((d) => (d.ledger[0]!.witness = 'ghost')),
      'ledger[0].witness',
      'not a registered witness',
    ],
    [
      'a ledger of 100001 entries',
      broken((d) => (d.ledger = Array.from({ length: 100001 }, () => d.ledger[0]!))),
      'ledger',
      'must have at most 100000 items',
    ],
    [
      'a flag of 65 characters',
      broken((d) => (d.flags = ['f'.repeat(65)])),
      'flags[0]',
      'must be at most 64 characters',
    ],
    [
      'a non-string flag',
      broken((d) => (d.flags = [7 as unknown as string])),
      'flags[0]',
      'must be a string',
    ],
    ['unsorted flags', broken((d) => (d.flags = ['b', 'a'])), 'flags', 'must be sorted, unique'],
    ['duplicate crew', broken((d) => (d.crew = ['coy', 'coy'])), 'crew[1]', 'duplicate "coy"'],
    ['an informer outside R17', broken((d) => (d.informer = 'joe')), 'informer', '"joe" is not in r17'],
    [
      'a witness credibility of 101',
      broken((d) => (d.witnesses[0]!.credibility = 101)),
      'witnesses[0].credibility',
      'must be <= 100',
    ],
    [
      'a bad judgement verdict',
      broken((d) => (d.judgements[0]!.verdict = 'fine' as 'solid')),
      'judgements[0].verdict',
      'must be solid, shaky or broken',
    ],
    [
      'crossed at odds with suspicion',
      broken((d) => (d.crossed = ['follow'])),
      'crossed',
      'must hold "follow" exactly when suspicion >= 40',
    ],
    ['an alert floor of 4', broken((d) => (d.alertFloor = 4 as 3)), 'alertFloor', 'must be 0, 1, 2 or 3'],
    ['decay ticks of 300', broken((d) => (d.decayTicks = 300)), 'decayTicks', 'must be <= 299'],
    [
      'a clock base after the tick',
      broken((d) => (d.clockBaseTick = 401)),
      'clockBaseTick',
      'must be <= tick',
    ],
    [
      'a schedule minute of 1440',
      broken((d) => (d.schedule[0]!.minute = 1440)),
      'schedule[0].minute',
      'must be <= 1439',
    ],
    ['a seed over uint32', broken((d) => (d.seed = 2 ** 32)), 'seed', 'must be <= 4294967295'],
  ])('%s', (_name, json, path, rule) => {
    const e = rejection(json);
    expect(e.path).toBe(path);
    expect(e.rule).toContain(rule);
    expect(e.message).toBe(`${path}: ${e.rule}`);
  });

  it('says what it found, shortened', () => {
    expect(rejection(broken((d) => (d.informer = 'x'.repeat(100)))).rule).toBe(
      'must be at most 64 characters (got 100)',
    );
    expect(rejection(broken((d) => (d.version = 'x'.repeat(100) as unknown as 1))).rule).toMatch(
      /^must be 1 \(got "x{39}\.\.\.\)$/,
    );
  });

  it('never throws anything but a StateError on random damage', () => {
    const rng = seedRng(2024);
    const junk: unknown[] = [
      null,
      undefined,
      -1,
      0.5,
      1e300,
      '',
      'x',
      [],
      {},
      true,
      Number.NaN,
      2 ** 32,
      [1, 2],
    ];
    for (let round = 0; round < 400; round++) {
      const d = valid() as unknown as Record<string, unknown>;
      // Walk to a random node and replace it (or a field in it) with junk.
      let node: unknown = d;
      let parent: Record<string, unknown> | unknown[] = d;
      let key: string | number = 'version';
      for (let depth = 0; depth < 4 && node !== null && typeof node === 'object'; depth++) {
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        parent = node as Record<string, unknown>;
        key = keys[randomInt(rng, keys.length)]!;
        node = (node as Record<string, unknown>)[key];
      }
      (parent as Record<string, unknown>)[key] = junk[randomInt(rng, junk.length)];
      try {
        GameState.fromJSON(d);
      } catch (e) {
        expect(e).toBeInstanceOf(StateError);
      }
    }
  });
});

describe('fromJSON accepts', () => {
  it('a fresh state and a scripted one', () => {
    expect(() => GameState.fromJSON(GameState.create({ seed: 0 }).toJSON())).not.toThrow();
    expect(() => GameState.fromJSON(valid())).not.toThrow();
  });

  it('a lowered lever and a full crossed list', () => {
    const s = GameState.create({ seed: 3 });
    for (let i = 0; i < 300; i++) {
      s.holdLever();
      s.advance();
    }
    s.raise('caught-in-act');
    s.raiseAlertFloor(3);
    const back = GameState.fromJSON(s.toJSON());
    expect(back.lever).toEqual({ position: 'lowered', progress: 300, loweredAt: 299, heldAt: 299 });
    expect(back.hash()).toBe(s.hash());
  });
});
