/**
 * maps/tilesets/prison.tsj: the Tiled (1.10) external tileset for tiles.png, giving every tile the plain
 * custom properties the map loader reads: solid (blocks movement), opaque (blocks sight), surface
 * (footstep sound and noise).
 */
import type { Surface } from '../../maps/level-data.ts';
import { TILE, TILE_COLUMNS, TILE_ROWS } from './tiles.ts';

export interface TileInfo {
  name: string;
  solid: boolean;
  opaque: boolean;
  surface: Surface;
}

const t = (name: string, solid: boolean, opaque: boolean, surface: Surface): TileInfo => ({
  name,
  solid,
  opaque,
  surface,
});

/** Local tile ids 0..31, in the order they sit in tiles.png. */
export const TILES: readonly TileInfo[] = [
  t('void', true, true, 'stone'),
  t('floor-stone', false, false, 'stone'),
  t('floor-corridor', false, false, 'stone'),
  t('floor-wet', false, false, 'wet'),
  t('floor-wood', false, false, 'wood'),
  t('floor-metal', false, false, 'metal'),
  t('floor-tile', false, false, 'stone'),
  t('mud', false, false, 'mud'),
  t('wall-top', true, true, 'stone'),
  t('wall-face', true, true, 'stone'),
  t('wall-window', true, true, 'stone'),
  t('bars', true, false, 'metal'),
  t('bars-door', true, false, 'metal'),
  t('bunk', true, false, 'metal'),
  t('table', true, false, 'wood'),
  t('chair', true, false, 'wood'),
  t('desk', true, false, 'wood'),
  t('toilet-sink', true, false, 'metal'),
  t('glass-partition', true, false, 'wood'),
  t('cabinet', true, true, 'wood'),
  t('threshold', false, false, 'stone'),
  t('drain', false, false, 'wet'),
  t('fence', true, false, 'mud'),
  t('crate', true, true, 'wood'),
  t('rug', false, false, 'wood'),
  // doors are game objects: the game decides whether they block, so the tiles themselves never do
  t('door-closed', false, false, 'metal'),
  t('door-open', false, false, 'metal'),
  t('pipe-wall', true, true, 'stone'),
  t('alarm-lamp', true, true, 'stone'),
  t('bench', true, false, 'wood'),
  t('stairs', false, false, 'stone'),
  t('floor-stone-dark', false, false, 'stone'),
];

/** The tileset as Tiled writes it: keys and properties in alphabetical order. */
export function tilesetJson(): string {
  if (TILES.length !== TILE_COLUMNS * TILE_ROWS) throw new Error('tile table and sheet disagree');
  const tileset = {
    columns: TILE_COLUMNS,
    image: '../../assets/tiles.png',
    imageheight: TILE * TILE_ROWS,
    imagewidth: TILE * TILE_COLUMNS,
    margin: 0,
    name: 'prison',
    spacing: 0,
    tilecount: TILES.length,
    tiledversion: '1.10.2',
    tileheight: TILE,
    // "type" is how Tiled 1.10 saves a tile's class: the project's "tile" class (solid, opaque, surface)
    tiles: TILES.map((info, id) => ({
      id,
      properties: [
        { name: 'opaque', type: 'bool', value: info.opaque },
        { name: 'solid', type: 'bool', value: info.solid },
        { name: 'surface', propertytype: 'Surface', type: 'string', value: info.surface },
      ],
      type: 'tile',
    })),
    tilewidth: TILE,
    type: 'tileset',
    version: '1.10',
  };
  return `${JSON.stringify(tileset, null, 2)}\n`;
}
