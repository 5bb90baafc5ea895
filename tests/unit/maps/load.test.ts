/** The small fixture loaded end to end: the exact LevelData. */
import { describe, expect, it } from 'vitest';
import { expectedCells, H, loadedAfter, W } from './helpers.ts';

describe('loadMap on the small fixture', () => {
  it('builds the exact LevelData', async () => {
    const { level } = await loadedAfter();
    expect(level.cells).toEqual(expectedCells());
    // stone 0, wood 1 (lower right room), wet 2 (puddle at 3,5), metal 3 (grate at 8,5): first seen, row by row
    expect(level.surfaces).toEqual(['stone', 'wood', 'wet', 'metal']);
    const rows = [0, 1, 2, 3, 4, 5, 6, 7].map((y) => level.surfaceAt.slice(y * W, y * W + W).join(''));
    expect(rows).toEqual([
      '000000000000',
      '000000000000',
      '000000000000',
      '000000000000',
      '000000011110',
      '000200013110',
      '000000011110',
      '000000000000',
    ]);
    expect(level).toMatchObject({
      id: 'test',
      title: 'Test Block',
      file: 'maps/small.tmj',
      width: W,
      height: H,
      tileSize: 16,
    });
    expect(level).toMatchObject({ startMinute: 360, rain: true, music: 'cell' });
    expect(level.spawn).toEqual({ x: 40, y: 40, facing: 'right' });
    expect(level.guards).toEqual([
      {
        id: 2,
        name: 'east guard',
        x: 136,
        y: 24,
        facing: 'down',
        route: 3,
        visionRange: 5,
        visionAngle: 70,
        speed: 10,
        credibility: 90,
      },
    ]);
    expect(level.patrols).toEqual([
      {
        id: 3,
        name: 'east beat',
        points: [
          { x: 136, y: 24 },
          { x: 136, y: 88 },
          { x: 168, y: 88 },
        ],
        loop: false,
        waits: [30, 0, 45],
      },
      {
        id: 4,
        name: 'loop',
        points: [
          { x: 24, y: 24 },
          { x: 72, y: 24 },
          { x: 72, y: 72 },
          { x: 24, y: 72 },
        ],
        loop: true,
        waits: [60, 60, 60, 60],
      },
    ]);
    expect(level.npcs).toEqual([
      {
        id: 5,
        name: 'Doc',
        key: 'doctor',
        role: 'doctor',
        x: 72,
        y: 88,
        facing: 'down',
        dialogue: 'doc-hello',
        r17: false,
        credibility: 60,
      },
    ]);
    expect(level.doors).toEqual([{ id: 6, name: 'office door', tx: 6, ty: 3, locked: true, key: 'pass' }]);
    expect(level.zones).toEqual([
      { id: 7, name: 'office', kind: 'restricted', rect: { x: 112, y: 16, w: 64, h: 48 }, label: 'OFFICE' },
      { id: 11, name: 'count spot', kind: 'rollcall', rect: { x: 32, y: 96, w: 32, h: 16 }, label: '' },
    ]);
    expect(level.triggers).toEqual([
      {
        id: 8,
        name: 'wake',
        rect: { x: 16, y: 16, w: 32, h: 32 },
        beat: 'woke',
        caption: 'Morning.',
        speaker: '',
        dialogue: '',
        requires: ['a', 'b'],
      },
    ]);
    expect(level.exits).toEqual([
      {
        id: 9,
        name: 'to the yard',
        rect: { x: 160, y: 80, w: 16, h: 16 },
        to: 'yard',
        requires: ['pass'],
        lockedText: "It won't open.",
      },
    ]);
    expect(level.dialogues).toEqual({
      'doc-hello': {
        id: 'doc-hello',
        lines: [
          { speaker: 'DOC', text: 'Morning, Collins.' },
          { speaker: '', text: 'You smell the ether.' },
          { speaker: 'JOE', text: 'Morning.' },
        ],
        sets: ['met-doc', 'a', 'b', 'pass'],
        requires: [],
        fallback: 'doc-late',
        flashback: false,
      },
      'doc-late': {
        id: 'doc-late',
        lines: [{ speaker: 'DOC', text: 'Later.' }],
        sets: [],
        requires: [],
        fallback: '',
        flashback: false,
      },
    });
    expect(level.objectives).toEqual([
      { flag: 'a', text: 'Do A' },
      { flag: 'b', text: 'Do B' },
    ]);
    expect(level.schedule).toEqual([
      { minute: 390, kind: 'count', label: 'Morning count' },
      { minute: 420, kind: 'meal', label: 'Breakfast' },
    ]);
  });
});
