/**
 * Mutations that know the shape of a Tiled map: bad GIDs (flip bits included), sizes, missing or
 * re-typed layers, encoded tile data, object edits, template and tileset references. They stand in
 * for what a designer's slip, a Tiled version change or a hostile file could produce.
 */
import { deflateSync, gzipSync } from 'node:zlib';
import { HOSTILE_NUMBERS, HOSTILE_STRINGS, mutateTree, pickPath, type Json } from './mutate';
import type { Prng } from './prng';

type Obj = { [key: string]: Json };

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);

function layers(map: Obj): Obj[] {
  return arr(map['layers']).filter(isObj);
}
const tileLayers = (map: Obj) => layers(map).filter((l) => Array.isArray(l['data']));
const objects = (map: Obj) => layers(map).flatMap((l) => arr(l['objects']).filter(isObj));

/** A random item, or undefined when an earlier mutation left none. */
const pickOr = <T>(rng: Prng, items: readonly T[]): T | undefined =>
  items.length === 0 ? undefined : rng.pick(items);

const FLIP_BITS = [0x80000000, 0x40000000, 0x20000000, 0x10000000, 0xe0000000];

function badGids(rng: Prng, map: Obj): string {
  const layer = pickOr(rng, tileLayers(map));
  if (!layer) return 'no tile layer left for bad GIDs';
  const data = arr(layer['data']);
  const n = 1 + rng.int(5);
  for (let k = 0; k < n; k++) {
    const i = rng.int(data.length);
    const gid = typeof data[i] === 'number' ? (data[i] as number) : 1;
    data[i] = rng.pick<Json>([
      (gid | rng.pick(FLIP_BITS)) >>> 0,
      0xffffffff,
      33,
      1000,
      -1,
      1.5,
      '5',
      null,
      2 ** 31,
      2 ** 32 + gid,
    ]);
  }
  return `${n} bad GIDs in layer ${String(layer['name'])}`;
}

/** Sizes: one field hostile, or the whole map re-cut consistently to a new size (up to the limit). */
function size(rng: Prng, map: Obj): string {
  if (rng.chance(0.7)) {
    const target = (rng.chance(0.5) ? undefined : pickOr(rng, tileLayers(map))) ?? map;
    const key = rng.pick(['width', 'height']);
    const value = rng.pick<Json>([0, -1, 47, 49, 511, 513, 1e6, 2 ** 31, 1e20, 1.5, '48', null]);
    target[key] = value;
    return `${key} ${JSON.stringify(value)} on ${target === map ? 'the map' : String(target['name'])}`;
  }
  const [w0, h0] = [Number(map['width']), Number(map['height'])];
  const w = rng.pick([1, 2, 49, 130, 512]);
  const h = rng.pick([1, 3, 29, 130, 512]);
  for (const layer of tileLayers(map)) {
    const old = arr(layer['data']);
    layer['data'] = Array.from({ length: w * h }, (_v, i) => {
      const [x, y] = [i % w, Math.floor(i / w)];
      return x < w0 && y < h0 ? (old[y * w0 + x] ?? 0) : 0;
    });
    layer['width'] = w;
    layer['height'] = h;
  }
  map['width'] = w;
  map['height'] = h;
  return `map re-cut to ${w}x${h}`;
}

function layerEdit(rng: Prng, map: Obj): string {
  const list = arr(map['layers']);
  const i = rng.int(list.length);
  const layer = list[i];
  if (!isObj(layer)) return 'no layer';
  switch (rng.int(5)) {
    case 0:
      list.splice(i, 1);
      return `deleted layer ${String(layer['name'])}`;
    case 1:
      layer['name'] = rng.pick(HOSTILE_STRINGS);
      return `renamed layer ${i}`;
    case 2:
      layer['type'] = rng.pick<Json>(['group', 'imagelayer', 'tilelayer', 'objectgroup', 'nope', 3]);
      return `layer ${i} re-typed ${JSON.stringify(layer['type'])}`;
    case 3:
      list.push(structuredClone(layer));
      return `layer ${i} duplicated`;
    default:
      map['layers'] = [
        { type: 'group', name: 'g', id: 99, layers: list, visible: true, opacity: 1, x: 0, y: 0 },
      ];
      return 'layers moved into a group';
  }
}

/** Tile data as Tiled writes it compressed: valid (same meaning) or with garbage bytes. */
function encoding(rng: Prng, map: Obj): string {
  const layer = pickOr(rng, tileLayers(map));
  if (!layer) return 'no tile layer left to encode';
  const gids = arr(layer['data']).map((v) => (typeof v === 'number' ? v >>> 0 : 0));
  const bytes = Buffer.alloc(gids.length * 4);
  gids.forEach((g, i) => bytes.writeUInt32LE(g, i * 4));
  const compression = rng.pick(['', 'zlib', 'gzip', 'zstd']);
  let payload =
    compression === 'zlib' ? deflateSync(bytes) : compression === 'gzip' ? gzipSync(bytes) : bytes;
  const garbage = rng.chance(0.5);
  if (garbage) payload = payload.subarray(0, rng.int(payload.length + 1));
  layer['encoding'] = 'base64';
  layer['compression'] = compression;
  layer['data'] = garbage && rng.chance(0.3) ? '%%%not base64%%%' : payload.toString('base64');
  return `layer ${String(layer['name'])} base64 ${compression || 'uncompressed'}${garbage ? ' (cut)' : ''}`;
}

function objectEdit(rng: Prng, map: Obj): string {
  const o = pickOr(rng, objects(map));
  if (!o) return 'no object left to edit';
  const r = mutateTree(rng, o, pickPath(rng, o, 0.4));
  return `object ${String(o['id'])}: ${r.what}`;
}

const TEMPLATES = [
  'dialogue',
  'door',
  'exit',
  'guard',
  'locked-door',
  'npc',
  'patrol',
  'spawn',
  'trigger',
  'zone',
];

function useTemplate(rng: Prng, map: Obj): string {
  const o = pickOr(rng, objects(map));
  if (!o) return 'no object left for a template';
  const ref = rng.chance(0.8)
    ? `../templates/${rng.pick(TEMPLATES)}.tj`.replace('../', rng.chance(0.5) ? '' : '../maps/')
    : rng.pick(HOSTILE_STRINGS);
  o['template'] = ref;
  if (rng.chance(0.5)) delete o['type'];
  if (rng.chance(0.3)) delete o['properties'];
  return `object ${String(o['id'])} uses template ${JSON.stringify(ref.slice(0, 40))}`;
}

function tilesetRef(rng: Prng, map: Obj, tileset: Json): string {
  const list = arr(map['tilesets']);
  const ref = list[0];
  if (!isObj(ref)) return 'no tileset';
  switch (rng.int(4)) {
    case 0:
      ref['source'] = rng.pick(HOSTILE_STRINGS);
      return 'tileset source hostile';
    case 1:
      ref['firstgid'] = rng.pick<Json>([...HOSTILE_NUMBERS, '1', null]);
      return `firstgid ${JSON.stringify(ref['firstgid'])}`;
    case 2:
      list.push({ firstgid: rng.pick([1, 16, 33, 1000]), source: 'tilesets/prison.tsj' });
      return 'tileset listed twice';
    default:
      // embedded instead of external: what Tiled writes when "Embed tileset" is used
      list[0] = { ...(isObj(tileset) ? tileset : {}), firstgid: 1 };
      return 'tileset embedded';
  }
}

/**
 * Points some objects at the template of their own class (as a designer placing them from templates
 * would), so the templates are read and their mutations matter. Mostly the same map in meaning.
 */
export function adoptTemplates(rng: Prng, map: Json): string {
  if (!isObj(map)) return 'not an object';
  const fit = objects(map).filter((o) => TEMPLATES.includes(String(o['type'])));
  let n = 0;
  for (const o of fit) {
    if (!rng.chance(0.3)) continue;
    o['template'] = `templates/${String(o['type'])}.tj`;
    n++;
  }
  return `${n} objects from their templates`;
}

/** One map-aware mutation of the map tree (in place). */
export function mutateMap(rng: Prng, map: Json, tileset: Json): string {
  if (!isObj(map)) return 'not an object';
  const ops = [badGids, size, layerEdit, encoding, objectEdit, objectEdit, useTemplate];
  const k = rng.int(ops.length + 1);
  const op = ops[k];
  return op ? op(rng, map) : tilesetRef(rng, map, tileset);
}
