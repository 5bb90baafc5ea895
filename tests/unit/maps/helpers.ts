/** Helpers to load the small fixture with edits and read back formatted problems. */
import { formatProblem, loadMap } from '../../../src/maps/index.ts';
import type { LoadedMap } from '../../../src/maps/index.ts';
import type { ResolvedObjectLayer } from '../../../src/maps/index.ts';
import { CELL_OPAQUE, CELL_SOLID } from '../../../src/maps/level-data.ts';
import { baseFiles, reader, smallMap } from './fixture-reader.ts';

export type Json = Record<string, unknown>;
export type MapJson = ReturnType<typeof smallMap>;

/** A layer of the fixture map by name (searching groups). */
export function layer(map: { layers: Json[] }, name: string): Json {
  for (const l of map.layers) {
    if (l['name'] === name) return l;
    if (Array.isArray(l['layers'])) {
      try {
        return layer({ layers: l['layers'] as Json[] }, name);
      } catch {
        // not in this group
      }
    }
  }
  throw new Error(`no layer ${name}`);
}

/** An object of the fixture map by id. */
export function object(map: MapJson, id: number): Json {
  for (const name of ['objects', 'script']) {
    const found = (layer(map, name)['objects'] as Json[]).find((o) => o['id'] === id);
    if (found) return found;
  }
  throw new Error(`no object ${id}`);
}

/** Sets (or adds) a custom property on a thing. */
export function setProp(thing: Json, name: string, type: string, value: unknown): void {
  const props = (thing['properties'] ??= []) as Json[];
  const found = props.find((p) => p['name'] === name);
  if (found) Object.assign(found, { type, value });
  else props.push({ name, type, value });
}

export function removeObject(map: MapJson, id: number): void {
  for (const name of ['objects', 'script']) {
    const l = layer(map, name);
    l['objects'] = (l['objects'] as Json[]).filter((o) => o['id'] !== id);
  }
}

/** Loads the fixture map after `edit`, with extra files; returns formatted problems ([] when ok). */
export async function problemsAfter(
  edit: (map: MapJson) => void = () => undefined,
  files: Record<string, string | undefined> = {},
): Promise<string[]> {
  const map = smallMap();
  edit(map);
  const result = await loadMap('maps/small.tmj', reader({ 'maps/small.tmj': JSON.stringify(map), ...files }));
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** Loads the fixture map after `edit` and expects it to load. */
export async function loadedAfter(
  edit: (map: MapJson) => void = () => undefined,
  files: Record<string, string | undefined> = {},
): Promise<LoadedMap> {
  const map = smallMap();
  edit(map);
  const result = await loadMap('maps/small.tmj', reader({ 'maps/small.tmj': JSON.stringify(map), ...files }));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.map;
}

/** The fixture tileset as an object, to edit. */
export function tilesetJson(): Json & { tiles: Json[] } {
  return JSON.parse(baseFiles.get('maps/tilesets/test.tsj') ?? '{}') as Json & { tiles: Json[] };
}

export const W = 12;
export const H = 8;
const WALL = CELL_SOLID | CELL_OPAQUE;

/** The fixture's cells, written out from its design: border walls, a wall at x=6 with a gap at y=3, a crate. */
export function expectedCells(): number[] {
  const cells: number[] = [];
  for (let y = 0; y < H; y += 1) {
    for (let x = 0; x < W; x += 1) {
      const wall = y === 0 || y === H - 1 || x === 0 || x === W - 1 || (x === 6 && y !== 3);
      cells.push(wall ? WALL : x === 9 && y === 2 ? CELL_SOLID : 0);
    }
  }
  return cells;
}

export function objectsOf(layers: readonly { type: string }[], name: string): ResolvedObjectLayer {
  const found = layers.find((l) => l.type === 'objectgroup' && (l as ResolvedObjectLayer).name === name);
  if (!found) throw new Error(name);
  return found as ResolvedObjectLayer;
}
