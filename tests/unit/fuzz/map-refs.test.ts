/**
 * Fuzz: broken copies of the files each level's map references: tileset, templates, project file.
 * See map-case.ts for what each case must do.
 */
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../../src/speedrun/levels';
import { fuzzMap } from './map-case';

/** Cases over all levels, split between them, never fewer than MIN_CASES a level; a wall-clock cap. */
const TOTAL_CASES = 1200;
const MIN_CASES = 400;
const CAP_MS = 7_000;
const perLevel = Math.max(MIN_CASES, Math.round(TOTAL_CASES / LEVELS.length));

describe('fuzz: broken tilesets, templates and project files', () => {
  for (const entry of LEVELS) {
    it(`${entry.file}: ${perLevel} cases`, async () => {
      expect(await fuzzMap(entry, 'refs', perLevel, CAP_MS / LEVELS.length)).toEqual([]);
    }, 60_000);
  }
});
