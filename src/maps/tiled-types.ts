/**
 * The Tiled JSON that src/maps hands to the Phaser shell, resolved: tilesets embedded, tile data decoded,
 * templates merged, class defaults filled. Extends tiled-types (written for Tiled 1.4) with what Tiled
 * 1.8-1.11 writes: `class`, string `version`, parallax, templates, `class`-typed properties.
 *
 * Naming: objects and tiles carry their class in `type` (what Tiled 1.10+ writes and Phaser reads);
 * maps, layers and tilesets in `class`.
 */
import type {
  Point,
  TiledFrame,
  TiledGrid,
  TiledText,
  TiledLayerImagelayer,
  TiledMapOrthogonal,
} from 'tiled-types';

export type TiledPropertyType = 'string' | 'int' | 'float' | 'bool' | 'color' | 'file' | 'object' | 'class';

/** A property value; `class` properties hold their members as nested values. */
export type PropertyValue = string | number | boolean | PropertyRecord;
export interface PropertyRecord {
  [member: string]: PropertyValue;
}

export interface TiledPropertyEx {
  name: string;
  type: TiledPropertyType;
  value: PropertyValue;
  /** name of the custom enum or class from the project file */
  propertytype?: string;
}

interface LayerCommon {
  id?: number;
  name: string;
  class: string;
  x: number;
  y: number;
  opacity: number;
  visible: boolean;
  offsetx?: number;
  offsety?: number;
  parallaxx?: number;
  parallaxy?: number;
  tintcolor?: string;
  properties: TiledPropertyEx[];
}

export interface ResolvedTileLayer extends LayerCommon {
  type: 'tilelayer';
  width: number;
  height: number;
  /** width*height GIDs, row-major, flip flags kept (Phaser reads them) */
  data: number[];
}

export interface ResolvedObject {
  id: number;
  name: string;
  /** the object's class, '' for none */
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
  visible: boolean;
  gid?: number;
  point?: boolean;
  ellipse?: boolean;
  polygon?: Point[];
  polyline?: Point[];
  text?: TiledText;
  /** repo path of the template the object was made from */
  template?: string;
  properties: TiledPropertyEx[];
}

export interface ResolvedObjectLayer extends LayerCommon {
  type: 'objectgroup';
  draworder: 'topdown' | 'index';
  objects: ResolvedObject[];
}

export interface ResolvedImageLayer extends LayerCommon, Pick<TiledLayerImagelayer, 'transparentcolor'> {
  type: 'imagelayer';
  /** repo-relative image path, e.g. "assets/sky.png" */
  image: string;
}

export interface ResolvedGroupLayer extends LayerCommon {
  type: 'group';
  layers: ResolvedLayer[];
}

export type ResolvedLayer = ResolvedTileLayer | ResolvedObjectLayer | ResolvedImageLayer | ResolvedGroupLayer;

export interface ResolvedTile {
  id: number;
  /** the tile's class, '' for none */
  type: string;
  probability?: number;
  animation?: TiledFrame[];
  /** collision shapes, passed through as Tiled wrote them */
  objectgroup?: unknown;
  properties: TiledPropertyEx[];
}

export interface ResolvedTileset {
  firstgid: number;
  name: string;
  class: string;
  /** repo-relative image path, e.g. "assets/tiles.png" */
  image: string;
  imagewidth: number;
  imageheight: number;
  tilewidth: number;
  tileheight: number;
  tilecount: number;
  columns: number;
  margin: number;
  spacing: number;
  grid?: TiledGrid;
  tileoffset?: Point;
  transparentcolor?: string;
  /** terrain sets, passed through as Tiled wrote them */
  wangsets?: unknown[];
  tiles: ResolvedTile[];
  properties: TiledPropertyEx[];
  /** repo path of the .tsj it was read from, '' when it was embedded in the map */
  sourceFile: string;
}

export interface ResolvedTiledMap extends Pick<
  TiledMapOrthogonal,
  'width' | 'height' | 'tilewidth' | 'tileheight' | 'renderorder'
> {
  type: 'map';
  orientation: 'orthogonal';
  infinite: false;
  /** format version, e.g. "1.10" (Tiled < 1.6 wrote a number) */
  version: string;
  tiledversion: string;
  class: string;
  backgroundcolor?: string;
  nextlayerid?: number;
  nextobjectid: number;
  layers: ResolvedLayer[];
  tilesets: ResolvedTileset[];
  properties: TiledPropertyEx[];
}
