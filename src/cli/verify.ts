/**
 * npm run verify -- [--map MAP.tmj] FILE...: the referee. Re-simulates a replay (one level, or a whole
 * campaign run) headless on the map files in maps/, or on a custom map given with --map, and prints one
 * JSON line per file; exit 0 when every claim of every replay holds, 1 otherwise.
 */
import { readFile, stat } from 'node:fs/promises';
import { formatProblem, loadMap } from '../maps';
import type { LoadedMap } from '../maps';
import { parseCampaign, replayKind, verifyCampaign, type CampaignVerdict } from '../speedrun/campaign';
import { LEVELS, levelById } from '../speedrun/levels';
import { parseReplay, ReplayError } from '../speedrun/replay';
import { verifyReplay, type Verdict } from '../speedrun/verify';
import { loadDroppedMap, loadMapParam } from '../scenes/custom-map';
import { readRepoFile } from './node-files';

/** Every level of the game, loaded; a level whose map has problems is a verdict of its own. */
async function loadAllLevels(): Promise<Map<string, LoadedMap> | CampaignVerdict> {
  const maps = new Map<string, LoadedMap>();
  for (const entry of LEVELS) {
    const loaded = await loadMap(entry.file, readRepoFile);
    if (!loaded.ok)
      return {
        ok: false,
        error: `map ${entry.file} has problems: ${loaded.problems.map(formatProblem).join('; ')}`,
      };
    maps.set(entry.id, loaded.map);
  }
  return maps;
}

async function verifyCampaignText(text: string): Promise<CampaignVerdict> {
  let replay;
  try {
    replay = parseCampaign(text);
  } catch (e) {
    if (e instanceof ReplayError) return { ok: false, error: e.message };
    throw e;
  }
  const maps = await loadAllLevels();
  if (!(maps instanceof Map)) return maps;
  return verifyCampaign(replay, (id) => maps.get(id));
}

/**
 * A custom map, as the game plays it: a path under maps/ as with ?map=, any other file as if dropped
 * on the page (its tilesets and templates by name from the game's own).
 */
async function loadCustomMap(file: string): Promise<LoadedMap | string> {
  let loaded;
  if (file.startsWith('maps/')) {
    loaded = await loadMapParam(file, readRepoFile, [file]);
  } else {
    let size: number;
    try {
      size = (await stat(file)).size;
    } catch (e) {
      return `cannot read ${file}: ${(e as Error).message}`;
    }
    loaded = await loadDroppedMap(file, size, () => readFile(file, 'utf8'), readRepoFile);
  }
  return loaded.ok ? loaded.map : `${loaded.title}: ${loaded.lines.join('; ')}`;
}

async function verifyFile(file: string, custom: LoadedMap | null): Promise<Verdict | CampaignVerdict> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    return { ok: false, error: `cannot read ${file}: ${(e as Error).message}` };
  }
  if (replayKind(text) === 'campaign') return verifyCampaignText(text);
  let replay;
  try {
    replay = parseReplay(text);
  } catch (e) {
    if (e instanceof ReplayError) return { ok: false, error: e.message };
    throw e;
  }
  if (custom) return verifyReplay(replay, custom);
  const entry = levelById(replay.level);
  if (!entry)
    return { ok: false, error: `replay is for level "${replay.level}", which this game does not have` };
  const loaded = await loadMap(entry.file, readRepoFile);
  if (!loaded.ok)
    return {
      ok: false,
      error: `map ${entry.file} has problems: ${loaded.problems.map(formatProblem).join('; ')}`,
    };
  return verifyReplay(replay, loaded.map);
}

const args = process.argv.slice(2);
const at = args.indexOf('--map');
const mapFile = at >= 0 ? args[at + 1] : undefined;
const files = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
if (files.length === 0 || (at >= 0 && mapFile === undefined)) {
  console.log(
    JSON.stringify({ ok: false, error: 'usage: npm run verify -- [--map MAP.tmj] FILE.replay.json [...]' }),
  );
  process.exit(1);
}
const custom = mapFile === undefined ? null : await loadCustomMap(mapFile);
if (typeof custom === 'string') {
  console.log(JSON.stringify({ ok: false, error: custom }));
  process.exit(1);
}
let failed = false;
for (const f of files) {
  const verdict = await verifyFile(f, custom);
  console.log(JSON.stringify(verdict));
  failed ||= !verdict.ok;
}
process.exit(failed ? 1 : 0);
