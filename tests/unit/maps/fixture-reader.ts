/** An in-memory ReadFile over the map fixtures, the real project file and the real templates. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadFile } from '../../../src/maps/index.ts';

const root = join(import.meta.dirname, '../../..');

function walk(dir: string, prefix: string, out: Map<string, string>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`, out);
    else out.set(`${prefix}${entry.name}`, readFileSync(join(dir, entry.name), 'utf8'));
  }
}

/** Fixture files keyed as if they lived in maps/: tests/fixtures/maps/small.tmj -> 'maps/small.tmj'. */
export function fixtureFiles(): Map<string, string> {
  const files = new Map<string, string>();
  walk(join(root, 'tests/fixtures/maps'), 'maps/', files);
  walk(join(root, 'maps/templates'), 'maps/templates/', files);
  files.set('maps/westgate.tiled-project', readFileSync(join(root, 'maps/westgate.tiled-project'), 'utf8'));
  return files;
}

/** The fixture files as loaded once; do not edit. */
export const baseFiles: ReadonlyMap<string, string> = fixtureFiles();

/** A reader over the fixtures with some files replaced or added (a value of undefined removes one). */
export function reader(overrides: Record<string, string | undefined> = {}): ReadFile & { reads: string[] } {
  const files = new Map(baseFiles);
  for (const [path, text] of Object.entries(overrides)) {
    if (text === undefined) files.delete(path);
    else files.set(path, text);
  }
  const reads: string[] = [];
  const read = (path: string) => {
    reads.push(path);
    const text = files.get(path);
    return text === undefined ? Promise.reject(new Error(`ENOENT ${path}`)) : Promise.resolve(text);
  };
  return Object.assign(read, { reads });
}

/** The small fixture map as an object, to edit in a test. */
export function smallMap(): Record<string, unknown> & { layers: Record<string, unknown>[] } {
  return JSON.parse(baseFiles.get('maps/small.tmj') ?? '{}') as Record<string, unknown> & {
    layers: Record<string, unknown>[];
  };
}
