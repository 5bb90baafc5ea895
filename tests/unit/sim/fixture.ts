import { CELL_OPAQUE, CELL_SOLID, type LevelData } from '../../../src/maps/level-data';

/**
 * A LevelData from a picture: '#' wall, '|' bars (solid, see-through), '.' floor. Everything else
 * (spawn, guards, zones...) is given by the test, in pixels, so each test shows what it relies on.
 */
export function levelFrom(rows: string[], extra: Partial<LevelData> = {}): LevelData {
  const height = rows.length;
  const width = rows[0]?.length ?? 0;
  const cells: number[] = [];
  for (const row of rows) {
    for (const c of row) cells.push(c === '#' ? CELL_SOLID | CELL_OPAQUE : c === '|' ? CELL_SOLID : 0);
  }
  return {
    id: 'test',
    title: 'Test',
    file: 'maps/test.tmj',
    width,
    height,
    tileSize: 16,
    cells,
    surfaceAt: cells.map(() => 0),
    surfaces: ['stone'],
    startMinute: 6 * 60,
    rain: false,
    music: 'cell',
    spawn: { x: 24, y: 24, facing: 'down' },
    exits: [],
    guards: [],
    patrols: [],
    npcs: [],
    doors: [],
    zones: [],
    triggers: [],
    lamps: [],
    dialogues: {},
    objectives: [],
    schedule: [],
    startFlags: [],
    startVariants: [],
    levers: [],
    bridges: [],
    stairs: [],
    allies: [],
    ...extra,
  };
}

/** Pixel centre of a tile. */
export const tc = (t: number): number => t * 16 + 8;
