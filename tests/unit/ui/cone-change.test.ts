import { describe, expect, it } from 'vitest';
import { createGuard, type GuardState } from '../../../src/sim/guard';
import { ConeChange } from '../../../src/ui/cone-view';

/** A calm guard at (x, y) pixels, facing right, as the simulation makes him. */
function guard(x: number, y: number): GuardState {
  const data = {
    id: 1,
    name: 'screw',
    x,
    y,
    facing: 'right',
    route: 0,
    visionRange: 5,
    visionAngle: 90,
    speed: 8,
    credibility: 50,
  } as const;
  return createGuard(data, 'test');
}

describe('ConeChange: when the cones must be drawn again', () => {
  it('on the first frame, then only when a shown guard moves a whole pixel, turns or changes alert', () => {
    const change = new ConeChange();
    const a = guard(100, 50);
    const b = guard(300, 80);
    expect(change.changed([a, b], [true, true], [false])).toBe(true);
    expect(change.changed([a, b], [true, true], [false])).toBe(false);
    a.x += 4; // a quarter pixel: his cone is drawn from the whole pixel, so it has not moved
    expect(change.changed([a, b], [true, true], [false])).toBe(false);
    a.x += 12;
    expect(change.changed([a, b], [true, true], [false])).toBe(true);
    b.facing = 'up';
    expect(change.changed([a, b], [true, true], [false])).toBe(true);
    b.alert = 'suspicious';
    expect(change.changed([a, b], [true, true], [false])).toBe(true);
    expect(change.changed([a, b], [true, true], [true])).toBe(true);
  });

  it('a hidden cone (off duty, or out of reach of the view) redraws nothing while its guard walks', () => {
    const change = new ConeChange();
    const a = guard(100, 50);
    const b = guard(900, 80);
    expect(change.changed([a, b], [true, false], [])).toBe(true);
    for (let step = 1; step <= 20; step++) {
      b.x += 16;
      b.facing = step % 2 === 0 ? 'left' : 'right';
      expect(change.changed([a, b], [true, false], [])).toBe(false);
    }
    // coming into reach of the view: drawn again
    expect(change.changed([a, b], [true, true], [])).toBe(true);
    expect(change.changed([a, b], [true, false], [])).toBe(true);
  });

  it('the style: high contrast and colour-blind safe each redraw', () => {
    const change = new ConeChange();
    const a = [guard(10, 10)];
    const style = { highContrastCones: false, colourBlindSafe: false };
    change.changed(a, [true], [], style);
    expect(change.changed(a, [true], [], { ...style, highContrastCones: true })).toBe(true);
    expect(change.changed(a, [true], [], { highContrastCones: true, colourBlindSafe: true })).toBe(true);
    expect(change.changed(a, [true], [], { highContrastCones: true, colourBlindSafe: true })).toBe(false);
  });
});
