import { describe, expect, it } from 'vitest';
import type { SearchlightData } from '../../../src/maps/level-data';
import {
  bearingVec,
  createSearchlights,
  litBy,
  stepSearchlights,
  sweepAngle,
} from '../../../src/sim/searchlight';
import { TileWorld } from '../../../src/sim/world';
import { levelFrom } from '../sim/fixture';

const light = (over: Partial<SearchlightData> = {}): SearchlightData => ({
  id: 1,
  name: 'beam',
  x: 8,
  y: 8,
  range: 10,
  from: 0,
  to: 90,
  period: 400,
  phase: 0,
  width: 30,
  ...over,
});

describe('the sweep', () => {
  it('goes from -> to -> from over a period, in whole degrees', () => {
    const l = light();
    // 4 quarter-ticks per tick at alert 0
    expect([0, 50, 100, 150, 200, 250, 300, 399, 400].map((t) => sweepAngle(l, t * 4))).toEqual([
      0, 22, 45, 67, 90, 67, 45, 0, 0,
    ]);
  });

  it('starts `phase` ticks in, and sweeps either way', () => {
    expect(sweepAngle(light({ phase: 100 }), 0)).toBe(45);
    expect(sweepAngle(light({ from: 200, to: 120 }), 50 * 4)).toBe(180);
  });

  it('runs faster as the alert rises: 1x, 1.25x, 1.5x, 2x', () => {
    const world = new TileWorld(levelFrom(['....']));
    const bearings = ([0, 1, 2, 3] as const).map((alert) => {
      const s = createSearchlights([light()]);
      for (let t = 0; t < 80; t++) stepSearchlights(s, [light()], world, alert, 0, 0, false);
      return s.bearing[0];
    });
    // 80 ticks: 320, 400, 480, 640 quarter-ticks of an 800-quarter half sweep of 90 degrees
    expect(bearings).toEqual([36, 45, 54, 72]);
  });
});

describe('sight in the beam, integer geometry', () => {
  it('turns a bearing into a vector without Math.sin', () => {
    expect([0, 90, 180, 270, 45, 30, -90, 405].map(bearingVec)).toEqual([
      { x: 1024, y: 0 },
      { x: 0, y: 1024 },
      { x: -1024, y: 0 },
      { x: 0, y: -1024 },
      { x: 724, y: 724 },
      { x: 887, y: 512 },
      { x: 0, y: -1024 },
      { x: 724, y: 724 },
    ]);
  });

  const open = new TileWorld(
    levelFrom(['............', '............', '............', '......#.....', '............']),
  );

  it('lights what is inside the cone and range, not beside or beyond', () => {
    const l = light({ x: 8, y: 8, range: 8, width: 30 });
    // straight along bearing 0 (east)
    expect(litBy(open, l, 0, 100, 8)).toBe(true);
    expect(litBy(open, l, 0, 8 + 128, 8)).toBe(true);
    expect(litBy(open, l, 0, 8 + 129, 8)).toBe(false);
    // 15 degrees either side of a 30-degree beam: tan 14 = 0.249, tan 17 = 0.306
    expect(litBy(open, l, 0, 108, 8 + 24)).toBe(true);
    expect(litBy(open, l, 0, 108, 8 + 31)).toBe(false);
    // behind the lamp
    expect(litBy(open, l, 0, 0, 8)).toBe(false);
    // the same point, once the beam swings to it
    expect(litBy(open, l, 45, 8 + 60, 8 + 60)).toBe(true);
    expect(litBy(open, l, 0, 8 + 60, 8 + 60)).toBe(false);
  });

  it('is stopped by walls', () => {
    const l = light({ x: 8, y: 8 + 48, range: 12 });
    expect(litBy(open, l, 0, 5 * 16 + 8, 3 * 16 + 8)).toBe(true);
    expect(litBy(open, l, 0, 9 * 16 + 8, 3 * 16 + 8)).toBe(false);
  });
});
