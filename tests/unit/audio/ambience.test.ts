import { describe, expect, it } from 'vitest';
import {
  CROWD_DISTANT,
  beamDistancePx,
  crowdLevel,
  ease,
  humAt,
  humLevel,
  rainLevel,
} from '../../../src/audio/ambience';
import type { CrowdData, SearchlightData } from '../../../src/maps/level-data';
import { createCrowds, SURGE_TICKS } from '../../../src/sim/crowd';
import type { SearchlightState } from '../../../src/sim/searchlight';
import { SUB } from '../../../src/sim/units';

/** A light at (100, 100) px reaching 10 tiles (160 px). */
const LIGHT: SearchlightData = {
  id: 1,
  name: 'tower light',
  x: 100,
  y: 100,
  range: 10,
  from: 0,
  to: 90,
  period: 600,
  phase: 0,
  width: 20,
};

function beams(bearing: number[], lit: boolean[]): SearchlightState {
  return { quarters: bearing.map(() => 0), bearing, lit };
}

describe('the searchlight hum', () => {
  it("measures Joe's distance to the beam's axis, light to the end of its reach", () => {
    // pointing east (0 degrees): the axis runs from (100, 100) to (260, 100)
    expect(beamDistancePx(LIGHT, 0, 180, 100)).toBe(0);
    expect(beamDistancePx(LIGHT, 0, 180, 164)).toBe(64);
    // behind the lamp and past the end of the beam: distance to the nearer end
    expect(beamDistancePx(LIGHT, 0, 36, 100)).toBe(64);
    expect(beamDistancePx(LIGHT, 0, 320, 100)).toBe(60);
    // pointing south (90): the axis runs down from the lamp
    expect(beamDistancePx(LIGHT, 90, 132, 200)).toBe(32);
  });

  it('is 0.6 on the axis, falling linearly to nothing 8 tiles off; a beam on Joe is full', () => {
    const at = [0, 32, 64, 96, 128, 200].map((d) => Math.round(humAt(d, false) * 1e9) / 1e9);
    expect(at).toEqual([0.6, 0.45, 0.3, 0.15, 0, 0]);
    expect(humAt(500, true)).toBe(1);
  });

  it('follows the nearest beam, lit or not; walls halve it', () => {
    const two = [LIGHT, { ...LIGHT, id: 2, x: 400 }];
    // Joe at (180, 164): 64 px off the first beam (east), the second (pointing south from x=400) is far
    expect(humLevel(two, beams([0, 90], [false, false]), 180, 164, true)).toBe(0.3);
    expect(humLevel(two, beams([0, 90], [false, false]), 180, 164, false)).toBe(0.15);
    // the second beam has him
    expect(humLevel(two, beams([0, 90], [false, true]), 180, 164, true)).toBe(1);
    // no lights, no hum
    expect(humLevel([], beams([], []), 180, 164, true)).toBe(0);
  });
});

describe("the riot's crowd", () => {
  const CROWD: CrowdData = {
    id: 7,
    name: 'riot',
    rect: { x: 0, y: 0, w: 64, h: 64 },
    count: 3,
    requires: ['riot'],
    speed: 6,
  };
  const level = { crowds: [CROWD] };
  /** three men at (32, 32) px, out or not */
  function men(active: boolean) {
    const s = createCrowds([CROWD]);
    s.active[0] = active;
    s.x.fill(32 * SUB);
    s.y.fill(32 * SUB);
    return s;
  }
  const on = { riot: true, playing: true };
  const lull = SURGE_TICKS / 2; // past the surge's first third
  const surge = 0;

  it('is silent until a crowd is out, and once the level is over', () => {
    expect(crowdLevel(level, men(false), { riot: false, playing: true }, surge, 32, 32)).toBe(0);
    expect(crowdLevel(level, men(true), { riot: true, playing: false }, surge, 32, 32)).toBe(0);
  });

  it('roars in full among the men in a surge, draws breath between, and fades to 0.35 twenty tiles off', () => {
    expect(crowdLevel(level, men(true), on, surge, 32, 32)).toBe(1);
    expect(crowdLevel(level, men(true), on, lull, 32, 32)).toBe(0.8);
    // 2 tiles (32 px) from the nearest man is still full
    expect(crowdLevel(level, men(true), on, surge, 64, 32)).toBe(1);
    // 20 tiles (320 px) and beyond: the far roar
    expect(crowdLevel(level, men(true), on, surge, 352, 32)).toBe(0.35);
    expect(crowdLevel(level, men(true), on, surge, 32, 800)).toBe(0.35);
    // halfway between 32 px and 320 px (176 px off): halfway between 0.35 and 1
    expect(crowdLevel(level, men(true), on, surge, 208, 32)).toBeCloseTo(0.675, 10);
  });

  it('is heard far off in a level with no crowd of its own while the riot is on', () => {
    expect(crowdLevel({}, null, on, surge, 0, 0)).toBe(CROWD_DISTANT);
    expect(CROWD_DISTANT).toBe(0.2);
    expect(crowdLevel({}, null, { riot: false, playing: true }, surge, 0, 0)).toBe(0);
    expect(crowdLevel({}, null, { riot: true, playing: false }, surge, 0, 0)).toBe(0);
  });
});

describe('rain and easing', () => {
  it('rain: full outdoors, 0.35 under a roof, none on a dry level', () => {
    expect([rainLevel(true, true), rainLevel(true, false), rainLevel(false, true)]).toEqual([1, 0.35, 0]);
  });

  it('a bed moves toward its target exponentially, and lands on it', () => {
    expect(ease(0, 1, 100, 100)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(ease(1, 0, 200, 100)).toBeCloseTo(Math.exp(-2), 12);
    expect(ease(0.9995, 1, 16, 100)).toBe(1);
    expect(ease(0.4, 1, 0, 100)).toBe(0.4);
    expect(ease(0.4, 1, 16, 0)).toBe(1);
  });
});
