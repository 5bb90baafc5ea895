/** Layers: checked, tile data decoded to plain GIDs, groups walked, objects handed to the object resolver. */
import { decodeLayerData } from './decode.ts';
import type { GidTable } from './gids.ts';
import { cleanGid } from './gids.ts';
import { resolvePath } from './paths.ts';
import type { ProblemList } from './problems.ts';
import type { TypeRegistry } from './project.ts';
import { resolveProperties } from './properties.ts';
import { check, layerSchema } from './schema.ts';
import type { RawLayer } from './schema.ts';
import type { ResolvedLayer, ResolvedObject, ResolvedObjectLayer, ResolvedTileLayer } from './tiled-types.ts';

/** Bad GIDs reported one by one per layer; the rest are counted in one more problem. */
const MAX_GID_REPORTS = 5;

export interface LayerContext {
  mapPath: string;
  /** false when some tileset could not be loaded */
  tilesetsLoaded: boolean;
  width: number;
  height: number;
  problems: ProblemList;
  registry: TypeRegistry;
  gids: GidTable;
  resolveObjects: (objects: readonly unknown[], layer: string) => Promise<ResolvedObject[]>;
}

/** Every layer in draw order (bottom first), groups flattened away. */
export interface FlatLayers {
  tile: ResolvedTileLayer[];
  object: ResolvedObjectLayer[];
}

function common(raw: RawLayer, ctx: LayerContext) {
  const scope = {
    file: ctx.mapPath,
    place: { layer: raw.name },
    problems: ctx.problems,
    registry: ctx.registry,
  };
  return {
    ...(raw.id !== undefined ? { id: raw.id } : {}),
    name: raw.name,
    class: raw.class ?? '',
    x: raw.x,
    y: raw.y,
    opacity: raw.opacity,
    visible: raw.visible,
    ...(raw.offsetx !== undefined ? { offsetx: raw.offsetx } : {}),
    ...(raw.offsety !== undefined ? { offsety: raw.offsety } : {}),
    ...(raw.parallaxx !== undefined ? { parallaxx: raw.parallaxx } : {}),
    ...(raw.parallaxy !== undefined ? { parallaxy: raw.parallaxy } : {}),
    ...(raw.tintcolor !== undefined ? { tintcolor: raw.tintcolor } : {}),
    properties: resolveProperties(raw.properties, scope, '', ''),
  };
}

function tileData(raw: Extract<RawLayer, { type: 'tilelayer' }>, ctx: LayerContext): number[] {
  const { problems, mapPath } = ctx;
  const place = { layer: raw.name };
  const decoded = decodeLayerData(raw.data, raw.encoding, raw.compression);
  if (!decoded.ok) {
    problems.add(mapPath, decoded.rule, decoded.message, place);
    return new Array<number>(ctx.width * ctx.height).fill(0);
  }
  const { gids } = decoded;
  const size = `${ctx.width}x${ctx.height}`;
  if (raw.width !== ctx.width || raw.height !== ctx.height) {
    problems.add(mapPath, 'layer-size', `layer is ${raw.width}x${raw.height} but the map is ${size}`, place);
  }
  if (gids.length !== ctx.width * ctx.height) {
    const message = `data has ${gids.length} tiles, expected ${ctx.width * ctx.height} (${size})`;
    problems.add(mapPath, 'layer-size', message, place);
    return new Array<number>(ctx.width * ctx.height).fill(0).map((_, i) => gids[i] ?? 0);
  }
  // a tileset that failed to load already has its own problem: its tiles would only repeat it
  if (!ctx.tilesetsLoaded) return gids;
  let bad = 0;
  for (let i = 0; i < gids.length; i += 1) {
    const gid = gids[i] ?? 0;
    if (ctx.gids.has(gid)) continue;
    bad += 1;
    if (bad > MAX_GID_REPORTS) continue;
    const tile = `(${i % ctx.width}, ${Math.floor(i / ctx.width)})`;
    problems.add(mapPath, 'gid-range', `tile ${tile}: gid ${cleanGid(gid)} is not in any tileset`, place);
  }
  if (bad > MAX_GID_REPORTS) {
    const message = `${bad - MAX_GID_REPORTS} more tiles have gids that are not in any tileset`;
    problems.add(mapPath, 'gid-range', message, place);
  }
  return gids;
}

async function resolveLayer(
  entry: unknown,
  label: string,
  ctx: LayerContext,
  flat: FlatLayers,
): Promise<ResolvedLayer | undefined> {
  const name = typeof entry === 'object' && entry !== null && 'name' in entry ? entry.name : undefined;
  const place = typeof name === 'string' ? { layer: name } : {};
  const prefix = typeof name === 'string' ? '' : `${label}: `;
  const raw = check(layerSchema, entry, (m) => ctx.problems.add(ctx.mapPath, 'format', prefix + m, place));
  if (!raw) return undefined;
  switch (raw.type) {
    case 'tilelayer': {
      const layer: ResolvedTileLayer = {
        ...common(raw, ctx),
        type: 'tilelayer',
        width: ctx.width,
        height: ctx.height,
        data: tileData(raw, ctx),
      };
      flat.tile.push(layer);
      return layer;
    }
    case 'objectgroup': {
      const objects = await ctx.resolveObjects(raw.objects, raw.name);
      const layer: ResolvedObjectLayer = {
        ...common(raw, ctx),
        type: 'objectgroup',
        draworder: raw.draworder,
        objects,
      };
      flat.object.push(layer);
      return layer;
    }
    case 'imagelayer':
      return {
        ...common(raw, ctx),
        type: 'imagelayer',
        image: raw.image === '' ? '' : resolvePath(ctx.mapPath, raw.image),
        ...(raw.transparentcolor !== undefined ? { transparentcolor: raw.transparentcolor } : {}),
      };
    case 'group':
      return {
        ...common(raw, ctx),
        type: 'group',
        layers: await resolveLayers(raw.layers, ctx, flat, `${label}.layers`),
      };
  }
}

/** Resolves layers in order; group children are walked depth-first, so `flat` is in draw order. */
export async function resolveLayers(
  entries: readonly unknown[],
  ctx: LayerContext,
  flat: FlatLayers,
  label = 'layers',
): Promise<ResolvedLayer[]> {
  const out: ResolvedLayer[] = [];
  for (const [index, entry] of entries.entries()) {
    const layer = await resolveLayer(entry, `${label}[${index}]`, ctx, flat);
    if (layer) out.push(layer);
  }
  return out;
}
