/**
 * src/maps: Tiled in, LevelData out. Reads a .tmj map with its external tilesets (.tsj), object templates
 * (.tj) and the project file's class defaults through an injected reader, checks it against the game's
 * rules and returns the LevelData the simulation runs plus the resolved map the Phaser shell draws.
 */
import { FileSource } from './files.ts';
import type { ReadFile } from './files.ts';
import { GidTable } from './gids.ts';
import { hashFiles } from './hash.ts';
import { resolveLayers } from './layers.ts';
import type { FlatLayers } from './layers.ts';
import { buildLevel } from './level.ts';
import type { LevelData } from './level-data.ts';
import { resolveObjects } from './objects.ts';
import { ProblemList } from './problems.ts';
import type { MapProblem } from './problems.ts';
import { loadProject } from './project.ts';
import { resolveProperties } from './properties.ts';
import { check, mapSchema } from './schema.ts';
import { TemplateCache } from './templates.ts';
import { loadTilesets, TILE_SIZE } from './tilesets.ts';
import type { ResolvedTiledMap } from './tiled-types.ts';

export { formatProblem } from './problems.ts';
export type { MapProblem } from './problems.ts';
export type { ReadFile } from './files.ts';
export type * from './tiled-types.ts';

/** Largest map accepted, in tiles per side. */
export const MAX_MAP_TILES = 512;

export interface LoadedMap {
  level: LevelData;
  /** the map with tilesets embedded, tile data decoded, templates merged and class defaults filled */
  tiled: ResolvedTiledMap;
  /** 16 hex digits over the map and every file it references (tilesets, templates, project file) */
  hash: string;
}

export type LoadResult = { ok: true; map: LoadedMap } | { ok: false; problems: MapProblem[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks that stop loading early: what the rest of the loader cannot work with. */
function precheck(json: unknown, path: string, problems: ProblemList): boolean {
  if (!isRecord(json)) {
    problems.add(path, 'format', 'file is not a Tiled map (expected a JSON object)');
    return false;
  }
  if (json['infinite'] === true) {
    const message = 'infinite maps are not supported: untick Map > Map Properties > Infinite and save';
    problems.add(path, 'infinite-map', message);
    return false;
  }
  const { width, height } = json;
  if (
    typeof width === 'number' &&
    typeof height === 'number' &&
    (width > MAX_MAP_TILES || height > MAX_MAP_TILES)
  ) {
    problems.add(
      path,
      'huge-map',
      `map is ${width}x${height} tiles; maps over ${MAX_MAP_TILES}x${MAX_MAP_TILES} are refused`,
    );
    return false;
  }
  return true;
}

async function load(path: string, files: FileSource, projectPath: string, problems: ProblemList) {
  const json = await files.readJson(path, problems);
  if (json === undefined || !precheck(json, path, problems)) return undefined;
  const raw = check(mapSchema, json, (m) => problems.add(path, 'format', m));
  if (!raw) return undefined;
  // on the wrong grid every position-based rule would only repeat the same mistake: check, but build no level
  let gridOk = true;
  if (raw.orientation !== 'orthogonal') {
    problems.add(path, 'orientation', `orientation must be orthogonal, got "${raw.orientation}"`);
    gridOk = false;
  }
  if (raw.tilewidth !== TILE_SIZE || raw.tileheight !== TILE_SIZE) {
    problems.add(path, 'tile-size', `tiles must be 16x16, got ${raw.tilewidth}x${raw.tileheight}`);
    gridOk = false;
  }
  const registry = await loadProject(files, projectPath, problems);
  const tilesets = await loadTilesets(raw.tilesets, { files, problems, registry, mapPath: path });
  const gids = new GidTable(tilesets);
  const templates = new TemplateCache(files, problems, path, tilesets);
  const tilesetsLoaded = tilesets.length === raw.tilesets.length;
  const objectContext = { mapPath: path, problems, registry, gids, templates, tilesetsLoaded };
  const flat: FlatLayers = { tile: [], object: [] };
  const layerContext = {
    mapPath: path,
    tilesetsLoaded,
    width: raw.width,
    height: raw.height,
    problems,
    registry,
    gids,
    resolveObjects: (objects: readonly unknown[], layer: string) =>
      resolveObjects(objects, layer, objectContext),
  };
  const layers = await resolveLayers(raw.layers, layerContext, flat);
  const mapClass = raw.class ?? '';
  if (mapClass !== '' && mapClass !== 'level') {
    problems.add(path, 'unknown-class', `map class "${mapClass}" is not a Westgate type (valid: level)`);
  }
  const scope = { file: path, place: {}, problems, registry };
  const tiled: ResolvedTiledMap = {
    type: 'map',
    version: String(raw.version ?? ''),
    tiledversion: raw.tiledversion,
    class: mapClass,
    orientation: 'orthogonal',
    renderorder: raw.renderorder,
    infinite: false,
    width: raw.width,
    height: raw.height,
    tilewidth: raw.tilewidth,
    tileheight: raw.tileheight,
    ...(raw.backgroundcolor !== undefined ? { backgroundcolor: raw.backgroundcolor } : {}),
    ...(raw.nextlayerid !== undefined ? { nextlayerid: raw.nextlayerid } : {}),
    nextobjectid: raw.nextobjectid,
    layers,
    tilesets,
    properties: resolveProperties(raw.properties, scope, 'level', 'level'),
  };
  if (!gridOk) return undefined;
  const level = buildLevel({ mapPath: path, map: tiled, flat, gids, registry, problems });
  return { level, tiled };
}

/**
 * Loads, resolves and checks one map. Never throws for bad input: unreadable files, JSON errors, wrong
 * types and broken game rules all come back as problems (all of them, up to MAX_PROBLEMS).
 * @param path repo-relative map path, e.g. "maps/cell.tmj"
 * @param read reads a repo-relative path; references inside files are resolved against their folder
 * @param projectPath the Tiled project file that declares the game's classes and their defaults
 */
export async function loadMap(
  path: string,
  read: ReadFile,
  projectPath = 'maps/westgate.tiled-project',
): Promise<LoadResult> {
  const problems = new ProblemList();
  const files = new FileSource(read);
  let loaded: Awaited<ReturnType<typeof load>>;
  try {
    loaded = await load(path, files, projectPath, problems);
  } catch (error) {
    // a bug in the loader, not in the map: still a message, never a blank canvas
    problems.add(
      path,
      'internal',
      `the map loader failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    loaded = undefined;
  }
  if (!loaded || problems.count > 0) return { ok: false, problems: problems.result(path) };
  return { ok: true, map: { ...loaded, hash: hashFiles(files.texts) } };
}
