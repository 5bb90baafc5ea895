import { describe, expect, it } from 'vitest';
import { categoryFor, seedFromUrl } from '../../../src/scenes/run-context';

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

  it('keeps set- and random-seed records apart from the official ones', () => {
    expect(categoryFor('il-cell', 'official')).toBe('il-cell');
    expect(categoryFor('il-cell', 'set')).toBe('il-cell.set-seed');
    expect(categoryFor('campaign', 'random')).toBe('campaign.random-seed');
  });
});
