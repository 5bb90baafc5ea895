/**
 * npm run golden [NAME...]: plays every tests/golden/*.route.json with the route bot on the real maps
 * and writes the replay beside it (*.replay.json). A level route plays one level from its start; a
 * campaign route ({"legs": ["cell.walkway", ...]}) plays those level routes one after the other,
 * carrying the game state, into one campaign replay; a leg that does not complete its level is an
 * attempt the run restarts, and the next leg plays that level again from the same start. Run it after changing a map or the simulation
 * on purpose; the tests then verify the new replays like any runner's.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { formatProblem, loadMap, type LoadedMap } from '../maps';
import { LevelSim } from '../sim/level-sim';
import { playRoute, type Route } from '../speedrun/bot';
import { CampaignLog, stringifyCampaign } from '../speedrun/campaign';
import { levelById } from '../speedrun/levels';
import { stringifyReplay, type Replay } from '../speedrun/replay';
import { encodeInputs } from '../speedrun/rle';
import { levelStartState, variantStartState } from '../speedrun/run-level';
import { OFFICIAL_SEED } from '../speedrun/session';
import { formatTime } from '../speedrun/time';
import { GameState } from '../state/game-state';
import type { GameStateData } from '../state/types';
import { GAME_VERSION } from '../version';
import { readRepoFile } from './node-files';
import { runMain } from './run-main';

const dir = 'tests/golden';

/** A campaign route: level routes (file names without .route.json) played in order. */
interface CampaignRoute {
  note: string;
  legs: string[];
}

async function readRoute<T>(name: string): Promise<T> {
  return JSON.parse(await readFile(`${dir}/${name}.route.json`, 'utf8')) as T;
}

async function mapOf(levelId: string, where: string): Promise<LoadedMap> {
  const entry = levelById(levelId);
  if (!entry) throw new Error(`${where}: no level ${levelId}`);
  const loaded = await loadMap(entry.file, readRepoFile);
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return loaded.map;
}

/** Plays a level route from `start` (null: the level's canonical start). */
function playLevel(
  map: LoadedMap,
  route: Route,
  start: GameStateData | null,
): { sim: LevelSim; replay: Replay } {
  const state = start ? GameState.fromJSON(start) : levelStartState(map.level, OFFICIAL_SEED);
  const sim = new LevelSim(map.level, state);
  const frames = playRoute(sim, route.steps);
  const replay: Replay = {
    format: 'westgate-replay',
    version: 1,
    game: GAME_VERSION,
    level: route.level,
    seed: OFFICIAL_SEED,
    maps: { [map.level.file]: map.hash },
    start,
    inputs: encodeInputs(frames),
    result: { ticks: sim.tick, outcome: sim.outcome, hash: sim.hash() },
  };
  return { sim, replay };
}

async function levelGolden(name: string): Promise<string> {
  const route = await readRoute<Route>(name);
  const map = await mapOf(route.level, name);
  // a route may begin from one of the map's named practice starts (startVariants), e.g. "dawn"
  const variant = route.start ? variantStartState(map.level, OFFICIAL_SEED, route.start) : null;
  if (route.start && !variant) throw new Error(`${name}: level ${route.level} has no start "${route.start}"`);
  const { sim, replay } = playLevel(map, route, variant ? variant.toJSON() : null);
  await writeFile(`${dir}/${name}.replay.json`, stringifyReplay(replay));
  return `${sim.outcome} at tick ${sim.tick} (${formatTime(sim.tick)}), suspicion ${sim.state.suspicion}`;
}

async function campaignGolden(name: string): Promise<string> {
  const campaign = await readRoute<CampaignRoute>(name);
  const log = new CampaignLog(OFFICIAL_SEED);
  let start: GameStateData | null = null;
  let last: LevelSim | null = null;
  for (const leg of campaign.legs) {
    const route = await readRoute<Route>(leg);
    const { sim, replay } = playLevel(await mapOf(route.level, `${name}: ${leg}`), route, start);
    log.add(replay, replay.maps);
    last = sim;
    // a leg that is caught (or stops short) is an attempt the run restarts: the level again, same start
    if (sim.outcome === 'complete') start = sim.state.toJSON();
  }
  const replay = log.replay();
  await writeFile(`${dir}/${name}.replay.json`, stringifyCampaign(replay));
  return `campaign ${replay.result.outcome} in ${replay.result.ticks} ticks (${formatTime(replay.result.ticks)}), suspicion ${last?.state.suspicion ?? 0}`;
}

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const names = (await readdir(dir))
    .filter((f) => f.endsWith('.route.json'))
    .map((f) => f.replace(/\.route\.json$/, ''))
    .filter((n) => only.length === 0 || only.some((o) => n.includes(o)));
  for (const name of names) {
    const raw = await readRoute<{ legs?: unknown }>(name);
    const line = raw.legs ? await campaignGolden(name) : await levelGolden(name);
    console.log(`${dir}/${name}.replay.json: ${line}`);
  }
  return 0;
}

runMain(import.meta.url, main);
