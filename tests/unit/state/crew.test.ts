import { describe, expect, it } from 'vitest';
import { R17 } from '../../../src/state/crew';
import { GameState } from '../../../src/state/game-state';
import { randomInt, seedRng } from '../../../src/state/rng';

describe('informer', () => {
  it('is pinned for seeds 1, 2 and 3', () => {
    expect([1, 2, 3].map((seed) => GameState.create({ seed }).informer)).toEqual([
      'louie',
      'spencer',
      'louie',
    ]);
  });

  it('is stable for a seed', () => {
    for (let seed = 0; seed < 20; seed++) {
      expect(GameState.create({ seed }).informer).toBe(GameState.create({ seed }).informer);
    }
  });

  it('varies over seeds: at least 3 different men over 20 seeds', () => {
    const drawn = new Set(Array.from({ length: 20 }, (_, seed) => GameState.create({ seed }).informer));
    expect(drawn.size).toBeGreaterThanOrEqual(3);
  });

  it('is the first draw after seeding, from the R17 roster', () => {
    for (const seed of [1, 2, 3, 77, 4000000000]) {
      const s = GameState.create({ seed });
      expect(s.informer).toBe(R17[randomInt(seedRng(seed), R17.length)]);
      expect(R17).toContain(s.informer);
    }
  });

  it('R17 is the five cellmates, without Joe', () => {
    expect(R17).toEqual(['soldier', 'spencer', 'lister', 'coy', 'louie']);
    expect(GameState.create({ seed: 1 }).r17).toEqual(R17);
  });
});

describe('crew and clues', () => {
  it('joins in order without duplicates, emitting once per man', () => {
    const s = GameState.create({ seed: 1 });
    expect(s.joinCrew('spencer')).toBe(true);
    expect(s.joinCrew('coy')).toBe(true);
    expect(s.joinCrew('spencer')).toBe(false);
    expect(s.crew).toEqual(['spencer', 'coy']);
    expect(s.drainEvents()).toEqual([
      { type: 'crew-joined', who: 'spencer' },
      { type: 'crew-joined', who: 'coy' },
    ]);
  });

  it('keeps clues sorted and unique', () => {
    const s = GameState.create({ seed: 1 });
    expect(s.addClue('tattoo')).toBe(true);
    expect(s.addClue('letter')).toBe(true);
    expect(s.addClue('tattoo')).toBe(false);
    expect(s.addClue('Zippo')).toBe(true);
    expect(s.clues).toEqual(['Zippo', 'letter', 'tattoo']);
    expect(s.drainEvents()).toEqual([
      { type: 'clue-found', clue: 'tattoo' },
      { type: 'clue-found', clue: 'letter' },
      { type: 'clue-found', clue: 'Zippo' },
    ]);
  });

  it('rejects empty or overlong names', () => {
    const s = GameState.create({ seed: 1 });
    expect(() => s.joinCrew('')).toThrow('joinCrew(who): must be 1-64 characters (got 0)');
    expect(() => s.addClue('x'.repeat(65))).toThrow('addClue(clue): must be 1-64 characters (got 65)');
  });
});
