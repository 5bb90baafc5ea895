import { CELL_OPAQUE, CELL_SOLID, type LevelData } from '../maps/level-data';

/**
 * The tile grid as the simulation sees it: static cells from the map plus closed doors,
 * which block both feet and sight. Out of bounds is solid and opaque.
 */
export class TileWorld {
  readonly width: number;
  readonly height: number;
  /** each tile's CELL_* bits, row by row (doors and people included): read it, never write it */
  readonly cells: Uint8Array;
  private readonly doorCells = new Map<number, number>();
  /** counts changes to the grid (doors, people standing): a path found before a change may not hold */
  version = 0;

  constructor(level: LevelData) {
    this.width = level.width;
    this.height = level.height;
    this.cells = new Uint8Array(level.cells);
    level.doors.forEach((d, i) => this.doorCells.set(d.ty * this.width + d.tx, i));
  }

  private bits(tx: number, ty: number): number {
    if (tx < 0 || ty < 0 || tx >= this.width || ty >= this.height) return CELL_SOLID | CELL_OPAQUE;
    return this.cells[ty * this.width + tx] ?? 0;
  }

  /** Sets whether the door at a tile is shut (solid and opaque) or open. */
  setDoorShut(tx: number, ty: number, shut: boolean): void {
    const i = ty * this.width + tx;
    if (!this.doorCells.has(i)) return;
    const base = (this.cells[i] ?? 0) & ~(CELL_SOLID | CELL_OPAQUE);
    this.cells[i] = shut ? base | CELL_SOLID | CELL_OPAQUE : base;
    this.version++;
  }

  solid(tx: number, ty: number): boolean {
    return (this.bits(tx, ty) & CELL_SOLID) !== 0;
  }

  opaque(tx: number, ty: number): boolean {
    return (this.bits(tx, ty) & CELL_OPAQUE) !== 0;
  }

  /** Makes a tile solid to feet but not to sight: someone stands there. */
  blockTile(tx: number, ty: number): void {
    if (tx < 0 || ty < 0 || tx >= this.width || ty >= this.height) return;
    const i = ty * this.width + tx;
    this.cells[i] = (this.cells[i] ?? 0) | CELL_SOLID;
    this.version++;
  }

  /** door index at a tile, or -1 */
  doorAt(tx: number, ty: number): number {
    return this.doorCells.get(ty * this.width + tx) ?? -1;
  }
}
