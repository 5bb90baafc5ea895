import { describe, expect, it } from 'vitest';
import { coneCos2, facingToward, inCone, lineOfSight } from '../../../src/sim/sight';
import { TileWorld } from '../../../src/sim/world';
import { levelFrom } from './fixture';

describe('vision cones in integer geometry', () => {
  const c70 = coneCos2(70); // half-angle 35 degrees

  it('reads cos^2 of the half-angle from the table', () => {
    expect(c70).toBe(687);
    expect(coneCos2(90)).toBe(512);
    expect(coneCos2(180)).toBe(0);
    expect(coneCos2(0)).toBe(1024);
  });

  it('sees straight ahead within range, not beyond it', () => {
    expect(inCone(0, 96, 'down', 96, c70)).toBe(true);
    expect(inCone(0, 97, 'down', 96, c70)).toBe(false);
  });

  it('sees to 35 degrees either side of a 70-degree cone, not 40', () => {
    // tan(34) = 0.6745, tan(40) = 0.839
    expect(inCone(67, 100, 'down', 200, c70)).toBe(true);
    expect(inCone(-67, 100, 'down', 200, c70)).toBe(true);
    expect(inCone(84, 100, 'down', 200, c70)).toBe(false);
  });

  it('never sees behind', () => {
    expect(inCone(0, -10, 'down', 200, c70)).toBe(false);
    expect(inCone(10, 0, 'left', 200, c70)).toBe(false);
  });

  it('faces the dominant axis', () => {
    expect(facingToward(5, -9, 'left')).toBe('up');
    expect(facingToward(-9, 5, 'up')).toBe('left');
    expect(facingToward(0, 0, 'right')).toBe('right');
  });
});

describe('line of sight on the tile grid', () => {
  const world = new TileWorld(levelFrom(['.......', '...#...', '...|...', '.......']));

  it('is blocked by a wall between', () => {
    expect(lineOfSight(world, 0, 1, 6, 1)).toBe(false);
  });

  it('passes bars, which are solid but see-through', () => {
    expect(lineOfSight(world, 0, 2, 6, 2)).toBe(true);
  });

  it('passes open floor, and never blocks at its own end tiles', () => {
    expect(lineOfSight(world, 0, 0, 6, 0)).toBe(true);
    expect(lineOfSight(world, 3, 1, 3, 3)).toBe(true);
  });
});
