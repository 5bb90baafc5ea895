import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { plainWitness, witnessSchema } from '../../../src/state/schema';

const good = { id: 'guard-7', kind: 'guard', credibility: 60, drinking: false };

describe('a witness checked without the schema', () => {
  it('passes only what the schema passes, and gives back what it gives back', () => {
    const cases: unknown[] = [
      good,
      { ...good, kind: 'doctor', credibility: 0, drinking: true },
      { ...good, credibility: 100 },
      { ...good, credibility: -0 },
      { ...good, id: 'x'.repeat(64) },
      { ...good, id: 'x'.repeat(65) },
      { ...good, id: '' },
      { ...good, kind: 'warden' },
      { ...good, credibility: 101 },
      { ...good, credibility: 50.5 },
      { ...good, credibility: Number.NaN },
      { ...good, credibility: '60' },
      { ...good, drinking: 0 },
      { ...good, extra: 1 },
      { id: 'a', kind: 'guard', credibility: 1 },
      { id: 'a', kind: 'guard', credibility: 1, sober: true },
      null,
      'guard-7',
      [good],
      Object.assign(Object.create({ inherited: 1 }) as object, good),
    ];
    for (const c of cases) {
      const fast = plainWitness(c);
      const schema = v.safeParse(witnessSchema, c);
      // never passes what the schema rejects; where it passes, the same object
      if (!schema.success) expect(fast).toBeNull();
      if (fast) expect(fast).toEqual(schema.output);
    }
    expect(plainWitness(good)).toEqual(good);
  });
});
