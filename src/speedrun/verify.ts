import type { LoadedMap } from '../maps';
import { StateError } from '../state/game-state';
import { GAME_VERSION } from '../version';
import type { Outcome } from '../sim/level-sim';
import { outcomeHolds, type Replay } from './replay';
import { levelStartState, runLevel, startState, variantStartState } from './run-level';
import { OFFICIAL_SEED } from './session';
import { formatTime } from './time';

/**
 * ok: every claim of the replay holds. A run counts on a leaderboard only with outcome "complete" on
 * the official seed; the verdict says both, so a caught or unfinished attempt can never pass for one.
 */
export type Verdict =
  | {
      ok: true;
      level: string;
      ticks: number;
      time: string;
      hash: string;
      /** caught: by a guard, a marksman or solitary; missed: the machine shop's moment passed */
      outcome: Outcome;
      seed: number;
      officialSeed: boolean;
      /** the map's named practice start the run began from; absent for the level's own start */
      start?: string;
    }
  | { ok: false; error: string };

/**
 * The referee: re-simulates a replay on the given map and accepts it only if everything it claims
 * holds — same game version, same map files, and the same end tick, outcome and state hash.
 */
export function verifyReplay(replay: Replay, map: LoadedMap): Verdict {
  if (replay.game !== GAME_VERSION) {
    return { ok: false, error: `replay was made with game version ${replay.game}; this is ${GAME_VERSION}` };
  }
  if (replay.level !== map.level.id)
    return { ok: false, error: `replay is for level "${replay.level}", map is "${map.level.id}"` };
  const claimed = replay.maps[map.level.file];
  if (claimed === undefined)
    return { ok: false, error: `replay does not name the map file ${map.level.file}` };
  if (claimed !== map.hash)
    return {
      ok: false,
      error: `map ${map.level.file} differs from the one the replay was made on (${claimed} vs ${map.hash})`,
    };
  let state;
  let variant: string | undefined;
  try {
    state = startState(map.level, replay.seed, replay.start);
    // A level's run starts from its canonical start. Any other start state could be edited (a flag
    // set, heat cleared) and re-simulated into a faster "valid" run; runs that carry state from level
    // to level are verified as campaign replays instead, where each start is the previous level's end.
    // The one exception is a practice start the map itself declares (startVariants), named in the verdict.
    const hash = state.hash();
    variant = map.level.startVariants.find(
      (v) => variantStartState(map.level, replay.seed, v.name)?.hash() === hash,
    )?.name;
    if (hash !== levelStartState(map.level, replay.seed).hash() && variant === undefined) {
      return {
        ok: false,
        error: `replay start state is not the start of level "${map.level.id}": runs start from the level's start`,
      };
    }
  } catch (e) {
    return {
      ok: false,
      error: `replay start state is invalid: ${e instanceof StateError ? e.message : e instanceof Error ? e.message : String(e)}`,
    };
  }
  let run;
  try {
    run = runLevel(map.level, state, replay.inputs);
  } catch (e) {
    // a start state that passes validation can still be one the level cannot take (e.g. every witness slot full)
    if (!(e instanceof StateError)) throw e;
    return { ok: false, error: `replay start state cannot play this level: ${e.message}` };
  }
  const r = replay.result;
  if (run.leftover > 0)
    return {
      ok: false,
      error: `inputs go on ${run.leftover} ticks after the level ended at tick ${run.ticks}`,
    };
  if (!outcomeHolds(r.outcome, run.outcome))
    return {
      ok: false,
      error: `replay claims outcome ${r.outcome} at tick ${r.ticks}, re-simulation gives ${run.outcome} at tick ${run.ticks}`,
    };
  if (run.ticks !== r.ticks)
    return { ok: false, error: `replay claims ${r.ticks} ticks, re-simulation gives ${run.ticks}` };
  if (run.hash !== r.hash)
    return {
      ok: false,
      error: `state hash mismatch at tick ${run.ticks}: replay ${r.hash}, re-simulation ${run.hash}`,
    };
  return {
    ok: true,
    level: map.level.id,
    ticks: run.ticks,
    time: formatTime(run.ticks),
    hash: run.hash,
    outcome: run.outcome,
    seed: replay.seed,
    officialSeed: replay.seed === OFFICIAL_SEED,
    ...(variant !== undefined ? { start: variant } : {}),
  };
}
