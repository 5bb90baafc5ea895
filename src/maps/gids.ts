/** GIDs: flip flags, which tileset a GID is in, and the game's per-tile properties by GID. */
import { CELL_OPAQUE, CELL_SOLID } from './level-data.ts';
import type { Surface } from './level-data.ts';
import { GAME_ENUMS } from './game-types.ts';
import { propertyRecord } from './properties.ts';
import type { ResolvedTileset } from './tiled-types.ts';

/** The four flag bits Tiled keeps in the top of a GID: h-flip, v-flip, d-flip, hex 120° rotation. */
export const GID_FLAGS = 0xf0000000;

/** The GID without flip flags. */
export function cleanGid(gid: number): number {
  return (gid & ~GID_FLAGS) >>> 0;
}

export interface TileInfo {
  /** CELL_SOLID | CELL_OPAQUE */
  bits: number;
  /** the tile's surface, undefined when it does not set one */
  surface: Surface | undefined;
}

const NO_TILE: TileInfo = { bits: 0, surface: undefined };
const SURFACES: readonly string[] = GAME_ENUMS.Surface;

function tileInfo(tileset: ResolvedTileset): TileInfo[] {
  const infos: TileInfo[] = [];
  for (const tile of tileset.tiles) {
    const props = propertyRecord(tile.properties);
    const bits = (props['solid'] === true ? CELL_SOLID : 0) | (props['opaque'] === true ? CELL_OPAQUE : 0);
    const surface = props['surface'];
    infos[tile.id] = {
      bits,
      surface: typeof surface === 'string' && SURFACES.includes(surface) ? (surface as Surface) : undefined,
    };
  }
  return infos;
}

/** Looks GIDs up in the map's tilesets (a GID belongs to the tileset with the largest firstgid <= it). */
export class GidTable {
  private readonly sorted: { tileset: ResolvedTileset; infos: TileInfo[] }[];

  constructor(tilesets: readonly ResolvedTileset[]) {
    this.sorted = [...tilesets]
      .sort((a, b) => a.firstgid - b.firstgid)
      .map((tileset) => ({ tileset, infos: tileInfo(tileset) }));
  }

  private find(gid: number): { tileset: ResolvedTileset; infos: TileInfo[] } | undefined {
    let lo = 0;
    let hi = this.sorted.length - 1;
    let found: { tileset: ResolvedTileset; infos: TileInfo[] } | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const entry = this.sorted[mid];
      if (entry && entry.tileset.firstgid <= gid) {
        found = entry;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (!found || gid - found.tileset.firstgid >= found.tileset.tilecount) return undefined;
    return found;
  }

  /** True when the GID (flags cleared) is 0 or a tile of some tileset. */
  has(gid: number): boolean {
    const clean = cleanGid(gid);
    return clean === 0 || this.find(clean) !== undefined;
  }

  /** The tile's game properties; empty for GID 0 and GIDs outside every tileset. */
  info(gid: number): TileInfo {
    const clean = cleanGid(gid);
    if (clean === 0) return NO_TILE;
    const entry = this.find(clean);
    if (!entry) return NO_TILE;
    return entry.infos[clean - entry.tileset.firstgid] ?? NO_TILE;
  }

  /** The tileset whose tiles the GID is in, for remapping template GIDs. */
  tilesetOf(gid: number): ResolvedTileset | undefined {
    return this.find(cleanGid(gid))?.tileset;
  }
}
