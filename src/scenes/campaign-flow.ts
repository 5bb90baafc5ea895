import { LEVELS } from '../speedrun/levels';
import { levelStartState } from '../speedrun/run-level';
import { CampaignLog, verifyCampaign } from '../speedrun/campaign';
import { clearSave, writeSave, type CampaignSave } from '../speedrun/save';
import { LevelSim } from '../sim/level-sim';
import { GameState } from '../state/game-state';
import type { LevelSession } from '../speedrun/session';
import { GAME_VERSION } from '../version';
import { browserStore } from '../ui/browser-store';
import type { LevelStart } from './level-scene';
import type { GameStateData } from '../state/types';
import type { RunState } from './run-context';
import type { Services } from './services';

/** The campaign's segments for the timer and splits: the level titles, in order. */
export function campaignSegments(services: Services): string[] {
  return LEVELS.map((l) => services.maps.get(l.id)?.level.title ?? l.id);
}

/**
 * Save and continue: at the start of each level of a campaign run, where Joe is and what he brings
 * there, with the run's clock and replay so far. A storage that refuses it keeps the last save.
 */
export function saveProgress(run: RunState, session: LevelSession): void {
  const { level } = session.map;
  saveAt(run, level.id, session.start ?? levelStartState(level, run.seed).toJSON());
}

/** The save for a campaign run at the start of `levelId`, from `start`. */
export function saveAt(run: RunState, levelId: string, start: GameStateData): void {
  const ok = writeSave(browserStore, {
    format: 'westgate-save',
    version: 1,
    game: GAME_VERSION,
    seed: run.seed,
    seedMode: run.seedMode,
    category: run.category,
    levelId,
    start,
    splits: [...run.timer.splits],
    lost: run.timer.lostTicks,
    maps: { ...run.log?.maps },
    attempts: run.log ? [...run.log.attempts] : [],
  });
  if (!ok) console.warn('[westgate] could not save the campaign: browser storage is full or blocked');
}

/**
 * Leaving a campaign level for the title: the attempt under way counts as abandoned (its time stays on
 * the run's clock and in its replay) and the save says so, so quitting is never a free restart.
 */
export function saveOnQuit(run: RunState, session: LevelSession): void {
  if (!run.log || run.timer.done) return;
  const { outcome } = session.sim;
  if (outcome === 'playing') {
    const attempt = session.replay();
    run.log.add(attempt, attempt.maps);
  }
  // a caught attempt is in the replay already; its time, like an abandoned one's, stays on the clock
  if (outcome !== 'complete') run.timer.abandonLevel();
  session.restart();
  saveProgress(run, session);
}

/**
 * Why a save (valid as a file) cannot be continued here, or null: its level must be in this game and
 * the level must take its state (an edited one may not).
 */
export function saveProblem(save: CampaignSave, services: Services): string | null {
  const map = services.maps.get(save.levelId);
  if (!map || !LEVELS.some((l) => l.id === save.levelId))
    return `it is at level "${save.levelId}", which this game does not have`;
  let startHash: string;
  try {
    const state = GameState.fromJSON(save.start);
    startHash = state.hash();
    new LevelSim(map.level, GameState.fromJSON(save.start));
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  // the run so far, played again: it must lead exactly to where the save says Joe is
  const log = new CampaignLog(save.seed);
  for (const a of save.attempts) log.add(a, {});
  const verdict = verifyCampaign({ ...log.replay(), maps: save.maps }, (id) => services.maps.get(id));
  if (!verdict.ok) return `its run does not play back: ${verdict.error}`;
  if (verdict.at?.level !== save.levelId || verdict.at.startHash !== startHash)
    return 'its game state is not where its run leads';
  return null;
}

/** The run is over: the title offers no Continue. */
export function endOfRun(run: RunState): void {
  if (run.log && run.timer.done) clearSave(browserStore);
}

/** After a campaign level is done: the next level's start, with the state Joe leaves this one in. */
export function nextLevel(services: Services, run: RunState, session: LevelSession): LevelStart | null {
  const to = session.sim.exitTo;
  if (!run.log || run.timer.done || to !== campaignNext(session.map.level.id) || !services.maps.has(to))
    return null;
  return { services, levelId: to, start: session.sim.state.toJSON(), run, campaign: true };
}

/** The level after `levelId` in the campaign ('' after the last): the one rule the verifier holds too. */
export function campaignNext(levelId: string): string {
  return LEVELS[LEVELS.findIndex((l) => l.id === levelId) + 1]?.id ?? '';
}
