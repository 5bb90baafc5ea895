import { CAMPAIGN_LEVELS, levelById } from '../speedrun/levels';
import { levelStartState } from '../speedrun/run-level';
import { writeSave } from '../speedrun/save';
import type { LevelSession } from '../speedrun/session';
import { GAME_VERSION } from '../version';
import { browserStore } from '../ui/browser-store';
import type { LevelStart } from './level-scene';
import type { RunState } from './run-context';
import type { Services } from './services';

/** The campaign's segments for the timer and splits: the level titles, in order. */
export function campaignSegments(services: Services): string[] {
  return CAMPAIGN_LEVELS.map((l) => services.maps.get(l.id)?.level.title ?? l.id);
}

/**
 * Save and continue: at the start of each level of a campaign run, where Joe is and what he brings
 * there, with the run's clock and replay so far. A storage that refuses it keeps the last save.
 */
export function saveProgress(run: RunState, session: LevelSession): void {
  const { level } = session.map;
  const ok = writeSave(browserStore, {
    format: 'westgate-save',
    version: 1,
    game: GAME_VERSION,
    seed: run.seed,
    seedMode: run.seedMode,
    category: run.category,
    levelId: level.id,
    start: session.start ?? levelStartState(level, run.seed).toJSON(),
    splits: [...run.timer.splits],
    maps: { ...run.log?.maps },
    attempts: run.log ? [...run.log.attempts] : [],
  });
  if (!ok) console.warn('[westgate] could not save the campaign: browser storage is full or blocked');
}

/** After a campaign level is done: the next level's start, with the state Joe leaves this one in. */
export function nextLevel(services: Services, run: RunState, session: LevelSession): LevelStart | null {
  const to = session.sim.exitTo;
  if (!run.log || run.timer.done || !levelById(to) || !services.maps.has(to)) return null;
  return { services, levelId: to, start: session.sim.state.toJSON(), run, campaign: true };
}
