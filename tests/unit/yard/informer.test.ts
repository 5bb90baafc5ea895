import { describe, expect, it } from 'vitest';
import { GameState } from '../../../src/state/game-state';
import {
  accuse,
  caseAgainst,
  decoyOf,
  meets,
  meetsAll,
  planFixed,
  setStoryFlag,
  suspects,
} from '../../../src/state/informer';

const run = (seed: number) => GameState.create({ seed });

describe('the informer and the red herring are drawn per seed', () => {
  it('gives these exact men for these seeds', () => {
    const drawn = [1947, 1, 2, 3, 42, 100].map((seed) => {
      const s = run(seed);
      return [seed, s.informer, decoyOf(seed, s.informer, s.r17)];
    });
    expect(drawn).toEqual([
      [1947, 'lister', 'louie'],
      [1, 'louie', 'spencer'],
      [2, 'spencer', 'coy'],
      [3, 'louie', 'coy'],
      [42, 'louie', 'lister'],
      [100, 'spencer', 'soldier'],
    ]);
  });

  it('is stable for a seed, and the red herring is never the informer', () => {
    for (let seed = 0; seed < 200; seed++) {
      const a = run(seed);
      const b = run(seed);
      expect(b.informer).toBe(a.informer);
      expect(decoyOf(seed, a.informer, a.r17)).not.toBe(a.informer);
    }
  });
});

describe('the clues make the case', () => {
  it('counts the clues named after a man', () => {
    expect(caseAgainst(['coy-pass', 'coy-slip', 'lister-munsey', 'coyote'], 'coy')).toBe(2);
    expect(caseAgainst(['coy-pass'], 'lister')).toBe(0);
  });

  it('names a suspect only with two clues against him', () => {
    const s = run(1947);
    s.addClue('lister-seen');
    expect(suspects(s)).toEqual([]);
    s.addClue('lister-slip');
    s.addClue('louie-ears');
    expect(suspects(s)).toEqual(['lister']);
  });

  it('with the cell block flashbacks, a slip alone makes a case: the informer and the red herring both', () => {
    const s = run(1947); // lister informs, louie is the red herring
    for (const c of ['spencer-letters', 'lister-munsey', 'coy-pass', 'louie-ears']) s.addClue(c);
    expect(suspects(s)).toEqual([]);
    s.addClue('lister-slip');
    s.addClue('louie-slip');
    // a sharp player tells them apart by what each said, or by who slipped out of Munsey's hut
    expect(suspects(s)).toEqual(['lister', 'louie']);
    s.addClue('lister-seen');
    expect([caseAgainst(s.clues, 'lister'), caseAgainst(s.clues, 'louie')]).toEqual([3, 2]);
  });

  it('reads every kind of requires item, and negation', () => {
    const s = run(1947); // lister informs, louie is the red herring
    s.setFlag('parole-cancelled');
    s.addClue('louie-ears');
    expect(
      [
        'parole-cancelled',
        '!parole-cancelled',
        'riot',
        '!riot',
        'clue:louie-ears',
        'clue:lister-seen',
        'informer:lister',
        'informer:louie',
        '!informer:lister',
        'decoy:louie',
        'decoy:lister',
        'case:louie',
        'nonsense:x',
      ].map((item) => meets(s, item)),
    ).toEqual([true, false, false, true, true, false, true, false, false, true, false, false, false]);
    s.addClue('louie-slip');
    expect(meetsAll(s, ['case:louie', '!accused'])).toBe(true);
  });
});

describe('naming the informer', () => {
  it('the right man: unmasked, no cost', () => {
    const s = run(1947);
    expect(accuse(s, 'lister')).toBe(true);
    expect(s.flags).toEqual(['accused', 'informer-unmasked']);
    expect(s.suspicion).toBe(0);
  });

  it('the wrong man: an informer report (20) and the chance is spent', () => {
    const s = run(1947);
    expect(accuse(s, 'louie')).toBe(false);
    expect(s.flags).toEqual(['accused', 'accused-wrong']);
    expect(s.suspicion).toBe(20);
    expect(accuse(s, 'lister')).toBeNull();
    expect(s.hasFlag('informer-unmasked')).toBe(false);
    expect(s.suspicion).toBe(20);
  });
});

describe('the plan and the riot move the alert', () => {
  it('an unnoticed informer carries the plan: report and alert 2', () => {
    const s = run(1947);
    setStoryFlag(s, 'plan-fixed');
    expect(s.suspicion).toBe(20);
    expect(s.alertFloor).toBe(2);
    expect(s.alertLevel).toBe(2);
  });

  it('an unmasked one does not: alert 1, no report', () => {
    const s = run(1947);
    accuse(s, 'lister');
    planFixed(s);
    expect(s.suspicion).toBe(0);
    expect(s.alertLevel).toBe(1);
  });

  it('the riot makes the prison watchful; suspicion takes it higher', () => {
    const s = run(7);
    setStoryFlag(s, 'riot');
    expect(s.alertLevel).toBe(1);
    s.raise('contraband', 55);
    expect(s.alertLevel).toBe(2);
    s.raise('contraband', 25);
    expect(s.alertLevel).toBe(3);
    // setting a flag twice does its work once
    expect(setStoryFlag(s, 'riot')).toBe(false);
  });
});
