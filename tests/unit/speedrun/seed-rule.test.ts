import { describe, expect, it } from 'vitest';
import { categoryFor, seedFromUrl, seedProblem } from '../../../src/scenes/run-context';

describe('the seed rule', () => {
  it('is the official seed unless ?seed= sets one or asks for a random one', () => {
    expect(seedFromUrl(null)).toEqual({ mode: 'official', value: 1947 });
    expect(seedFromUrl('42')).toEqual({ mode: 'set', value: 42 });
    expect(seedFromUrl('4294967295')).toEqual({ mode: 'set', value: 4294967295 });
    expect(seedFromUrl('4294967296')).toEqual({ mode: 'official', value: 1947 });
    expect(seedFromUrl('-1')).toEqual({ mode: 'official', value: 1947 });
    expect(seedFromUrl('1e3')).toEqual({ mode: 'official', value: 1947 });
    const r = seedFromUrl('random');
    expect(r.mode).toBe('random');
    expect(Number.isInteger(r.value) && r.value >= 0 && r.value <= 0xffffffff).toBe(true);
  });

  it('tells a player whose ?seed= is not a seed which seed he is playing instead', () => {
    expect([null, '42', 'random', '0'].map(seedProblem)).toEqual([null, null, null, null]);
    expect(seedProblem('abc')).toBe(
      '"?seed=abc" is not a seed (a whole number up to 4294967295, or "random"): this is the official seed, 1947.',
    );
    expect(seedProblem('x'.repeat(40))).toContain(`"?seed=${'x'.repeat(24)}..."`);
    expect(seedProblem('')).not.toBeNull();
  });

  it('keeps set- and random-seed records apart from the official ones', () => {
    expect(categoryFor('il-cell', 'official')).toBe('il-cell');
    expect(categoryFor('il-cell', 'set')).toBe('il-cell.set-seed');
    expect(categoryFor('campaign', 'random')).toBe('campaign.random-seed');
  });
});
