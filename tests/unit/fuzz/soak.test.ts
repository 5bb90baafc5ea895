/**
 * The soak in small (`npm run soak` is the hour): two minutes of simulated play per level by a seeded
 * random walker, every game-state invariant checked after every tick, no exception.
 */
import { describe, expect, it } from 'vitest';
import { loadMap } from '../../../src/maps';
import { soakLevel } from '../../../src/cli/soak';
import { LEVELS } from '../../../src/speedrun/levels';
import { TICK_RATE } from '../../../src/sim/units';
import { mapFiles, memoryReader } from './repo-files';

const TICKS = 2 * 60 * TICK_RATE;

describe('soak, two minutes of random play per level', () => {
  for (const entry of LEVELS) {
    it(`${entry.id}: ${TICKS} ticks, invariants after each`, async () => {
      const loaded = await loadMap(entry.file, memoryReader(mapFiles(entry.file)));
      if (!loaded.ok) throw new Error(`${entry.file} does not load`);
      for (const seed of [1, 1947]) {
        const r = soakLevel(loaded.map, { ticks: TICKS / 2, seed });
        console.log(
          `soak ${entry.id} seed ${seed}: ${r.ticks} ticks in ${Math.round(r.ms)} ms, ${r.attempts} attempts, ledger up to ${r.maxLedger}`,
        );
        expect(r.violations).toEqual([]);
        expect(r.ticks).toBe(TICKS / 2);
      }
    }, 60_000);
  }
});
