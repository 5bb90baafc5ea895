/** The real map files and golden replays, read once from the repository for the fuzz tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadFile } from '../../../src/maps';

export const ROOT = join(import.meta.dirname, '../../..');

export function repoText(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** A level's map with everything it may reference: tilesets, templates and the project file. */
export function mapFiles(mapPath: string): Map<string, string> {
  const files = new Map<string, string>([[mapPath, repoText(mapPath)]]);
  for (const dir of ['maps/tilesets', 'maps/templates']) {
    for (const name of readdirSync(join(ROOT, dir))) files.set(`${dir}/${name}`, repoText(`${dir}/${name}`));
  }
  files.set('maps/westgate.tiled-project', repoText('maps/westgate.tiled-project'));
  return files;
}

/** An in-memory reader that records every path asked for (problems may only name those). */
export function memoryReader(files: ReadonlyMap<string, string>): ReadFile & { reads: Set<string> } {
  const reads = new Set<string>();
  const read: ReadFile = (path) => {
    reads.add(path);
    const text = files.get(path);
    return text === undefined ? Promise.reject(new Error(`ENOENT ${path}`)) : Promise.resolve(text);
  };
  return Object.assign(read, { reads });
}
