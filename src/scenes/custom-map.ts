/**
 * Custom maps: any map under maps/ played with ?map=PATH, or a .tmj file dropped onto the page. They are
 * checked by the same loader as the campaign's; a dropped file is untrusted text: size-limited, parsed
 * as JSON only, and shown (in problems, dialogue) as text. Runs on them are marked and kept apart.
 */
import { formatProblem, loadMap } from '../maps';
import type { LoadedMap, MapProblem, ReadFile } from '../maps';
import { levelById } from '../speedrun/levels';

/** Largest map file accepted from a drop. */
export const MAX_DROPPED_BYTES = 2 * 1024 * 1024;
/** Images a map's tilesets may use: the level draws a tileset from the texture named like its image. */
export const GAME_TILE_IMAGES = ['assets/tiles.png'];

const PROJECT = 'maps/westgate.tiled-project';
/** maps/, sub-folders allowed, no segment starting with a dot (so no "..") */
const MAP_PATH = /^maps\/(?:[\w-][\w.-]*\/)*[\w-][\w.-]*\.tmj$/;

export type CustomLoad = { ok: true; map: LoadedMap } | { ok: false; title: string; lines: string[] };

/** A problem as the error screen shows it: the maps:check line plus the rule id MAPPING.md explains. */
export function problemLine(p: MapProblem): string {
  return `${formatProblem(p)} [${p.rule}]`;
}

/** True for a level that is not one of the campaign's. */
export function isCustomLevel(levelId: string): boolean {
  return levelById(levelId) === undefined;
}

/** The map as a custom level: an id no campaign level has, so its records and replays stay apart. */
export function asCustom(map: LoadedMap): LoadedMap {
  return { ...map, level: { ...map.level, id: `custom-${map.hash.slice(0, 8)}` } };
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A tileset whose image the game has no texture for would draw nothing: say so instead. */
export function imageProblems(map: LoadedMap, images: readonly string[] = GAME_TILE_IMAGES): MapProblem[] {
  const names = images.map(basename);
  return map.tiled.tilesets
    .filter((t) => !names.includes(basename(t.image)))
    .map((t) => ({
      file: t.sourceFile || map.level.file,
      rule: 'tileset-image',
      message: `tileset "${t.name}" image "${t.image}" is not one of the game's (${images.join(', ')}): use the tileset maps/tilesets/prison.tsj`,
    }));
}

async function loadCustom(path: string, read: ReadFile, title: string): Promise<CustomLoad> {
  const result = await loadMap(path, read, PROJECT);
  const problems = result.ok ? imageProblems(result.map) : result.problems;
  if (!result.ok || problems.length > 0) return { ok: false, title, lines: problems.map(problemLine) };
  return { ok: true, map: asCustom(result.map) };
}

/** ?map=PATH: a .tmj file under maps/ that this build has. */
export async function loadMapParam(
  param: string,
  read: ReadFile,
  bundled: readonly string[],
): Promise<CustomLoad> {
  const shown = param.length > 80 ? `${param.slice(0, 80)}...` : param;
  if (!MAP_PATH.test(param)) {
    const line = `?map=${shown}: not a map path: give a .tmj file under maps/, e.g. ?map=maps/cell.tmj`;
    return { ok: false, title: 'Westgate cannot play that map', lines: [line] };
  }
  if (!bundled.includes(param)) {
    const maps = bundled.filter((p) => p.endsWith('.tmj')).join(', ');
    const line = `?map=${shown}: no such map in this build (maps: ${maps})`;
    return { ok: false, title: 'Westgate cannot play that map', lines: [line] };
  }
  return loadCustom(param, read, `The map ${param} has problems`);
}

/** A safe file name for a dropped file, used as its path: "dropped/NAME.tmj". */
export function droppedPath(name: string): string {
  const safe = basename(name.replace(/\\/g, '/'))
    .replace(/[^\w.-]/g, '_')
    .replace(/^\.+/, '_');
  return `dropped/${safe.slice(-64)}`;
}

/**
 * Reads for a dropped map: the map itself, and what it references by name from the game's own files
 * (tilesets from maps/tilesets, templates from maps/templates, the project file), wherever it was saved.
 */
export function droppedReader(path: string, text: string, bundled: ReadFile): ReadFile {
  return (p) => {
    if (p === path) return Promise.resolve(text);
    if (p === PROJECT) return bundled(p);
    if (p.endsWith('.tsj')) return bundled(`maps/tilesets/${basename(p)}`);
    if (p.endsWith('.tj')) return bundled(`maps/templates/${basename(p)}`);
    return Promise.reject(new Error(`${p}: a dropped map can only use the game's tilesets and templates`));
  };
}

/** A dropped file: checked for size and kind, then loaded like any map. */
export async function loadDroppedMap(
  name: string,
  size: number,
  readText: () => Promise<string>,
  bundled: ReadFile,
): Promise<CustomLoad> {
  const path = droppedPath(name);
  const refuse = (line: string): CustomLoad => ({ ok: false, title: `Dropped file ${path}`, lines: [line] });
  if (!path.endsWith('.tmj')) {
    return refuse(
      `${path}: only Tiled JSON maps (.tmj) can be played: in Tiled use File > Save As, JSON map files`,
    );
  }
  if (size > MAX_DROPPED_BYTES) {
    return refuse(`${path}: map: file is ${size} bytes; dropped maps are at most ${MAX_DROPPED_BYTES} bytes`);
  }
  const text = await readText();
  // the size told by the browser and the text read must agree: trust neither alone
  if (text.length > MAX_DROPPED_BYTES) {
    return refuse(`${path}: map: file is over ${MAX_DROPPED_BYTES} characters; dropped maps are smaller`);
  }
  return loadCustom(path, droppedReader(path, text, bundled), `The dropped map ${path} has problems`);
}
