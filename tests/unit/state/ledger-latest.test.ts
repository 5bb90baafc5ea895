import { describe, expect, it } from 'vitest';
import { latestEntries, observe } from '../../../src/state/alibi';
import { randomInt, seedRng } from '../../../src/state/rng';
import type { AlibiEntry } from '../../../src/state/types';

describe("the ledger with each witness's latest entry at hand", () => {
  it('grows exactly as the ledger walked back entry by entry, drops included', () => {
    const rng = seedRng(2024);
    for (let run = 0; run < 200; run++) {
      const max = 5 + randomInt(rng, 40);
      const plain: AlibiEntry[] = [];
      const fast: AlibiEntry[] = [];
      const latest = latestEntries(fast);
      let tick = randomInt(rng, 10);
      for (let n = 0; n < 300; n++) {
        // a few witnesses and zones, several looks in one tick, now and then a gap
        const witness = `w${randomInt(rng, 6)}`;
        const zone = `z${randomInt(rng, 3)}`;
        observe(plain, witness, zone, tick, max);
        observe(fast, witness, zone, tick, max, latest);
        expect(fast).toEqual(plain);
        const step = randomInt(rng, 4);
        tick += step === 3 ? 2 + randomInt(rng, 5) : step === 0 ? 0 : 1;
      }
      expect(latest).toEqual(latestEntries(fast));
    }
  });
});
