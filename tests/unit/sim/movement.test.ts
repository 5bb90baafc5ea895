import { describe, expect, it } from 'vitest';
import { IN_DOWN, IN_LEFT, IN_RIGHT, IN_RUN, IN_UP } from '../../../src/sim/input';
import { LevelSim } from '../../../src/sim/level-sim';
import { GameState } from '../../../src/state/game-state';
import { levelFrom } from './fixture';

const room = ['#######', '#.....#', '#.....#', '#.....#', '#######'];
const sim = () => new LevelSim(levelFrom(room), GameState.create({ seed: 7 }));

function hold(s: LevelSim, frame: number, ticks: number) {
  for (let i = 0; i < ticks; i++) s.step(frame);
}

describe('Joe on the tile grid (sub-pixels: 16 per pixel)', () => {
  it('walks 16 sub-pixels a tick and runs 28', () => {
    const s = sim();
    hold(s, IN_RIGHT, 10);
    expect(s.joe.x).toBe(24 * 16 + 160);
    hold(s, IN_RIGHT | IN_RUN, 2);
    expect(s.joe.x).toBe(24 * 16 + 160 + 56);
    expect(s.joe.running).toBe(true);
  });

  it('moves 11 sub-pixels on each axis diagonally, not 16', () => {
    const s = sim();
    hold(s, IN_DOWN | IN_RIGHT, 3);
    expect([s.joe.x, s.joe.y]).toEqual([24 * 16 + 33, 24 * 16 + 33]);
  });

  it('stops flush against a wall: feet box 10 px wide, wall ends at x = 16 px', () => {
    const s = sim();
    hold(s, IN_LEFT, 20);
    expect(s.joe.x).toBe(21 * 16);
    expect(s.joe.facing).toBe('left');
  });

  it('slides along a wall when pushing into it diagonally', () => {
    const s = sim();
    hold(s, IN_LEFT, 20);
    const y = s.joe.y;
    hold(s, IN_LEFT | IN_DOWN, 2);
    expect(s.joe.x).toBe(21 * 16);
    expect(s.joe.y).toBe(y + 22);
  });

  it('cancels opposite keys and keeps facing', () => {
    const s = sim();
    hold(s, IN_UP | IN_DOWN, 5);
    expect([s.joe.x, s.joe.y, s.joe.facing, s.joe.moving]).toEqual([384, 384, 'down', false]);
  });

  it('gives the same hash for the same inputs, and a different one for different inputs', () => {
    const a = sim();
    const b = sim();
    const c = sim();
    for (const s of [a, b]) hold(s, IN_RIGHT | IN_DOWN, 30);
    hold(c, IN_RIGHT | IN_DOWN, 29);
    hold(c, IN_RIGHT, 1);
    expect(a.hash()).toBe(b.hash());
    expect(c.hash()).not.toBe(a.hash());
    expect(a.hash()).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('corner assist', () => {
  // a wall with a one-tile doorway at x = 3 (48..64 px)
  const doorway = ['#######', '#.....#', '###.###', '#.....#', '#######'];

  it('guides Joe into a doorway he is 5 px off, then through it', () => {
    const s = new LevelSim(
      levelFrom(doorway, { spawn: { x: 61, y: 24, facing: 'down' } }),
      GameState.create({ seed: 7 }),
    );
    // feet box 10 px: at x = 61 its right edge (66) overlaps the wall at 64; he must slide left to 59
    hold(s, IN_DOWN, 12);
    expect(s.joe.x).toBe(59 * 16);
    hold(s, IN_DOWN, 20);
    expect(s.joe.y).toBeGreaterThan(48 * 16);
  });

  it('does not pull Joe along a wall with no opening near', () => {
    const s = new LevelSim(
      levelFrom(doorway, { spawn: { x: 24, y: 24, facing: 'down' } }),
      GameState.create({ seed: 7 }),
    );
    hold(s, IN_DOWN, 20);
    expect([s.joe.x, s.joe.y]).toEqual([24 * 16, 28 * 16]);
  });
});
