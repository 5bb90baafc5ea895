import type { LoadedMap } from '../maps';
import { Ghost } from '../speedrun/ghost';
import { LIVESPLIT_URL, LiveSplitLink, type SocketLike } from '../speedrun/livesplit';
import { parseReplay } from '../speedrun/replay';
import { RecordBook, type SeedMode } from '../speedrun/records';
import { OFFICIAL_SEED } from '../speedrun/session';
import { RunTimer } from '../speedrun/run-timer';
import { GAME_VERSION } from '../version';
import { CampaignLog } from '../speedrun/campaign';
import type { CampaignSave } from '../speedrun/save';
import { browserStore } from '../ui/browser-store';

/** The speedrun services of one page: personal bests and the opt-in LiveSplit link. */
export interface SpeedrunServices {
  records: RecordBook;
  liveSplit: LiveSplitLink;
  /** the LiveSplit link is wanted (?livesplit=1 or the setting) */
  liveSplitOn: boolean;
  /** the seed rule: ?seed=N sets one, ?seed=random draws one; the official seed otherwise */
  seed: { mode: SeedMode; value: number };
  /** news for the first level's captions (a ?seed= that is not one); taken once */
  notice: string | null;
}

/** Reads ?seed=: a number (0-4294967295) is a set seed, "random" draws one; anything else is official. */
export function seedFromUrl(param: string | null): { mode: SeedMode; value: number } {
  if (param === 'random')
    return { mode: 'random', value: crypto.getRandomValues(new Uint32Array(1))[0] ?? 0 };
  if (param !== null && /^\d{1,10}$/.test(param) && Number(param) <= 0xffffffff)
    return { mode: 'set', value: Number(param) };
  return { mode: 'official', value: OFFICIAL_SEED };
}

/** What to tell a player whose ?seed= is not a seed (the official seed is played instead). */
export function seedProblem(param: string | null): string | null {
  if (param === null || seedFromUrl(param).mode !== 'official') return null;
  const shown = param.length > 24 ? `${param.slice(0, 24)}...` : param;
  return `"?seed=${shown}" is not a seed (a whole number up to 4294967295, or "random"): this is the official seed, ${OFFICIAL_SEED}.`;
}

/** Records are kept apart per seed rule: set- and random-seed runs never replace official bests. */
export function categoryFor(base: string, mode: SeedMode): string {
  return mode === 'official' ? base : `${base}.${mode}-seed`;
}

export function createSpeedrunServices(report: (message: string) => void): SpeedrunServices {
  const params = new URLSearchParams(window.location.search);
  const on = params.get('livesplit') === '1';
  return {
    seed: seedFromUrl(params.get('seed')),
    records: new RecordBook(browserStore),
    liveSplit: new LiveSplitLink(
      (url) => new WebSocket(url) as unknown as SocketLike,
      (_s, m) => report(m),
      LIVESPLIT_URL,
    ),
    liveSplitOn: on,
    notice: seedProblem(params.get('seed')),
  };
}

/**
 * A run in progress: which category, on which seed, its timer, the segments it splits into and, for
 * a campaign, the log of every attempt (its replay).
 */
export interface RunState {
  category: string;
  segments: string[];
  seed: number;
  seedMode: SeedMode;
  timer: RunTimer;
  log: CampaignLog | null;
}

export function newRun(
  category: string,
  segments: string[],
  seed: { mode: SeedMode; value: number },
  campaign = false,
): RunState {
  return {
    category,
    segments,
    seed: seed.value,
    seedMode: seed.mode,
    timer: new RunTimer(category, segments),
    log: campaign ? new CampaignLog(seed.value) : null,
  };
}

/** The same run from its first tick: same category, seed and kind. */
export function freshRun(run: RunState): RunState {
  return newRun(run.category, run.segments, { mode: run.seedMode, value: run.seed }, run.log !== null);
}

/** A campaign run continued from a save: its clock and its replay so far, at the saved level. */
export function resumedRun(save: CampaignSave, segments: string[]): RunState {
  const run = newRun(save.category, segments, { mode: save.seedMode, value: save.seed }, true);
  run.timer.resume(save.splits, save.lost);
  for (const a of save.attempts) run.log?.add(a, {});
  Object.assign(run.log?.maps ?? {}, save.maps);
  return run;
}

/** The PB's ghost for this level, when the PB was made on this game version and these map files. */
export function pbGhost(records: RecordBook, run: RunState, map: LoadedMap): Ghost | null {
  const pb = records.load(run.category, run.segments).pb;
  if (!pb || pb.replay === '') return null;
  try {
    const replay = parseReplay(pb.replay);
    if (
      replay.game !== GAME_VERSION ||
      replay.maps[map.level.file] !== map.hash ||
      replay.level !== map.level.id
    )
      return null;
    return new Ghost(map.level, replay);
  } catch {
    return null;
  }
}
