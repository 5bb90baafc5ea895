/** The map's tilesets, external (.tsj) or embedded, checked and embedded with repo-relative images. */
import type { FileSource } from './files.ts';
import { TILE_CLASSES } from './game-types.ts';
import { resolvePath } from './paths.ts';
import type { ProblemList } from './problems.ts';
import type { TypeRegistry } from './project.ts';
import { resolveProperties } from './properties.ts';
import { check, tilesetRefSchema, tilesetSchema } from './schema.ts';
import type { RawTileset } from './schema.ts';
import type { ResolvedTile, ResolvedTileset } from './tiled-types.ts';

export const TILE_SIZE = 16;

interface Context {
  files: FileSource;
  problems: ProblemList;
  registry: TypeRegistry;
  mapPath: string;
}

function imageProblem(raw: RawTileset, label: string): string | undefined {
  if (!raw.image) return `${label} has no image (image-collection tilesets are not supported)`;
  const { imagewidth: w, imageheight: h, margin, spacing, tilewidth: tw, tileheight: th } = raw;
  if (w === undefined || h === undefined) return `${label} has no imagewidth/imageheight`;
  const fits = (size: number, tile: number) =>
    size > 0 && (size - 2 * margin + spacing) % (tile + spacing) === 0;
  if (fits(w, tw) && fits(h, th)) return undefined;
  const extra = margin !== 0 || spacing !== 0 ? ` (margin ${margin}, spacing ${spacing})` : '';
  return `${label} image "${raw.image}" is ${w}x${h}, not a whole number of ${tw}x${th} tiles${extra}`;
}

function resolveTiles(raw: RawTileset, file: string, prefix: string, ctx: Context): ResolvedTile[] {
  const tiles: ResolvedTile[] = [];
  const valid = Object.keys(TILE_CLASSES);
  for (const tile of raw.tiles) {
    const label = `${prefix}tile ${tile.id}: `;
    const cls = tile.class ?? tile.type ?? '';
    if (cls !== '' && !valid.includes(cls)) {
      const message = `${label}class "${cls}" is not a Westgate tile type (valid: ${valid.join(', ')})`;
      ctx.problems.add(file, 'unknown-class', message);
    }
    if (tile.id >= raw.tilecount) {
      ctx.problems.add(file, 'format', `${label}id is outside the tileset's ${raw.tilecount} tiles`);
      continue;
    }
    const scope = { file, place: {}, problems: ctx.problems, registry: ctx.registry, prefix: label };
    const properties = resolveProperties(tile.properties, scope, 'tile', cls === 'tile' ? 'tile' : '');
    tiles.push({
      id: tile.id,
      type: cls,
      ...(tile.probability !== undefined ? { probability: tile.probability } : {}),
      ...(tile.animation ? { animation: tile.animation } : {}),
      ...(tile.objectgroup !== undefined ? { objectgroup: tile.objectgroup } : {}),
      properties,
    });
  }
  return tiles;
}

async function loadOne(entry: unknown, index: number, ctx: Context): Promise<ResolvedTileset | undefined> {
  const { problems, mapPath } = ctx;
  const ref = check(tilesetRefSchema, entry, (m) =>
    problems.add(mapPath, 'format', `tilesets[${index}]: ${m}`),
  );
  if (!ref) return undefined;
  let json: unknown = entry;
  let file = mapPath;
  let prefix = '';
  if (ref.source !== undefined) {
    file = resolvePath(mapPath, ref.source);
    if (!ref.source.endsWith('.tsj') && !ref.source.endsWith('.json')) {
      const message = `tileset "${ref.source}" is not a JSON tileset: save it as .tsj (File > Export As... or Save As)`;
      problems.add(mapPath, 'tileset-missing', message);
      return undefined;
    }
    const reference = { file: mapPath, what: 'tileset', rule: 'tileset-missing', reference: ref.source };
    json = await ctx.files.readJson(file, problems, reference);
    if (json === undefined) return undefined;
  }
  const raw = check(tilesetSchema, json, (m) => problems.add(file, 'format', m));
  if (!raw) return undefined;
  const label = ref.source === undefined ? `tileset "${raw.name}"` : 'tileset';
  if (ref.source === undefined) prefix = `${label}: `;
  if (raw.tilewidth !== TILE_SIZE || raw.tileheight !== TILE_SIZE) {
    problems.add(file, 'tile-size', `${prefix}tiles must be 16x16, got ${raw.tilewidth}x${raw.tileheight}`);
  }
  const imageMessage = imageProblem(raw, label);
  if (imageMessage !== undefined) problems.add(file, 'tileset-image', imageMessage);
  const scope = { file, place: {}, problems, registry: ctx.registry, prefix };
  return {
    firstgid: ref.firstgid,
    name: raw.name,
    class: raw.class ?? '',
    image: raw.image ? resolvePath(file, raw.image) : '',
    imagewidth: raw.imagewidth ?? 0,
    imageheight: raw.imageheight ?? 0,
    tilewidth: raw.tilewidth,
    tileheight: raw.tileheight,
    tilecount: raw.tilecount,
    columns: raw.columns,
    margin: raw.margin,
    spacing: raw.spacing,
    ...(raw.grid ? { grid: raw.grid } : {}),
    ...(raw.tileoffset ? { tileoffset: raw.tileoffset } : {}),
    ...(raw.transparentcolor !== undefined ? { transparentcolor: raw.transparentcolor } : {}),
    ...(raw.wangsets ? { wangsets: raw.wangsets } : {}),
    tiles: resolveTiles(raw, file, prefix, ctx),
    properties: resolveProperties(raw.properties, scope, '', ''),
    sourceFile: ref.source === undefined ? '' : file,
  };
}

/** Loads every tileset of the map, in the map's order; ones that cannot be loaded are left out. */
export async function loadTilesets(entries: readonly unknown[], ctx: Context): Promise<ResolvedTileset[]> {
  if (entries.length === 0) ctx.problems.add(ctx.mapPath, 'tileset-missing', 'the map has no tilesets');
  const tilesets: ResolvedTileset[] = [];
  // one after another, so problems come out in the same order whatever the reader's timing
  for (const [index, entry] of entries.entries()) {
    const tileset = await loadOne(entry, index, ctx);
    if (tileset) tilesets.push(tileset);
  }
  return tilesets;
}
