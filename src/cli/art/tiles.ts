/** tiles.png: 8 x 4 tiles of 16 px, local ids 0..31 in row-major order (see tileset.ts for properties). */
import { Canvas, mix } from './canvas.ts';
import { g } from './palette.ts';
import { Rng } from './rng.ts';
import * as floor from './tiles-floor.ts';
import * as wall from './tiles-wall.ts';
import * as cell from './tiles-cell.ts';
import * as room from './tiles-rooms.ts';

export const TILE = 16;
export const TILE_COLUMNS = 8;
export const TILE_ROWS = 4;

type Draw = (c: Canvas, rng: Rng) => void;

/** Doorway floor: a steel sill across worn stone. */
function threshold(c: Canvas, rng: Rng): void {
  floor.floorCorridor(c, rng);
  c.fill(0, 6, 16, 4, g(7));
  c.hline(0, 15, 6, g(10));
  c.hline(0, 15, 7, g(8));
  c.hline(0, 15, 9, g(3));
  for (const x of [2, 7, 12]) c.set(x, 8, g(11));
  c.set(5, 7, g(11));
  c.set(10, 8, g(5));
}

/** Stairs going down: each tread darker than the one above it, a lit nosing on every step. */
function stairs(c: Canvas, rng: Rng): void {
  for (let step = 0; step < 4; step++) {
    const y = step * 4;
    const tread = g(7 - step * 1.5);
    c.fill(0, y, 16, 4, tread);
    c.hline(0, 15, y, g(10 - step * 1.7));
    c.hline(0, 15, y + 3, g(2 - step * 0.6));
    for (let x = 0; x < 16; x++) if (rng.chance(0.12)) c.set(x, y + 1 + rng.int(2), mix(tread, g(1), 0.4));
  }
}

const DRAW: readonly Draw[] = [
  floor.floorVoid,
  floor.floorStone,
  floor.floorCorridor,
  floor.floorWet,
  floor.floorWood,
  floor.floorMetal,
  floor.floorTile,
  floor.floorMud,
  wall.wallTop,
  wall.wallFace,
  wall.wallWindow,
  cell.bars,
  cell.barsDoor,
  cell.bunk,
  (c, r) => cell.table(c, r, floor.floorWood),
  (c, r) => cell.chair(c, r, floor.floorWood),
  room.desk,
  cell.toiletSink,
  room.glassPartition,
  room.cabinet,
  threshold,
  (c, r) => room.drain(c, r, floor.floorWet),
  room.fence,
  room.crate,
  room.rug,
  wall.doorClosed,
  wall.doorOpen,
  wall.wallPipes,
  wall.wallAlarm,
  room.bench,
  stairs,
  floor.floorStoneDark,
];

/** Draw one tile by id on its own 16 x 16 canvas (each tile has its own seed, so edits stay local). */
export function drawTile(id: number): Canvas {
  const c = new Canvas(TILE, TILE);
  const draw = DRAW[id];
  if (!draw) throw new Error(`no tile ${id}`);
  draw(c, new Rng(0x7e57 + id * 7919));
  return c;
}

export function drawTileSheet(): Canvas {
  const sheet = new Canvas(TILE * TILE_COLUMNS, TILE * TILE_ROWS);
  for (let id = 0; id < TILE_COLUMNS * TILE_ROWS; id++) {
    const tile = drawTile(id);
    sheet.blit(tile, 0, 0, TILE, TILE, (id % TILE_COLUMNS) * TILE, Math.floor(id / TILE_COLUMNS) * TILE);
  }
  return sheet;
}
