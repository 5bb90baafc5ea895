import { stringifyCampaign } from '../speedrun/campaign';
import { stringifyReplay, type Replay } from '../speedrun/replay';
import { endOfRun, nextLevel } from './campaign-flow';
import type { RunState } from './run-context';
import { sumOfBest, type RunOutcome } from '../speedrun/records';
import { recordedEnding } from '../state/ending';
import { stableHash } from '../state/hash';
import { GAME_VERSION } from '../version';
import { saveLastReplay } from '../ui/replay-store';
import type { SimEvent } from '../sim/sim-events';
import type { CardData } from './card-scene';
import type { LevelScene } from './level-scene';

/**
 * The end of an attempt: split the run, fold a finished run into the personal bests, keep the
 * replay, and show the card after a beat.
 */
export function finishLevel(scene: LevelScene, e: Extract<SimEvent, { type: 'complete' | 'caught' }>): void {
  const { session, run, speedrun } = scene;
  const sim = session.sim;
  const replay = session.replay();
  let outcome: (RunOutcome & { saved: boolean }) | null = null;
  let runTicks = run.timer.runTicks;
  // every ended attempt is in the campaign's replay at once: the SOLITARY card's file proves it
  run.log?.add(replay, replay.maps);
  if (e.type === 'complete') {
    saveLastReplay(replay);
    runTicks = run.timer.split();
    if (speedrun.liveSplitOn) speedrun.liveSplit.split(runTicks);
    endOfRun(run);
    if (run.timer.done) {
      outcome = speedrun.records.finish(run.category, run.segments, {
        splits: [...run.timer.splits],
        seed: session.seed,
        seedMode: run.seedMode,
        game: GAME_VERSION,
        replay: replayText(run, replay),
      });
    }
  }
  const next = e.type === 'complete' ? nextLevel(scene.startData.services, run, session) : null;
  const card: CardData = {
    kind: e.type === 'complete' ? 'complete' : 'solitary',
    levelId: sim.level.id,
    title: sim.level.title,
    ticks: sim.tick,
    runTicks,
    category: run.category,
    segments: run.segments,
    suspicion: sim.state.suspicion,
    hash: replay.result.hash,
    seedNote: run.seedMode === 'official' ? '' : `${run.seedMode} seed ${replay.seed}`,
    build: stableHash({
      game: GAME_VERSION,
      maps: replay.maps,
      seed: replay.seed,
      category: run.category,
    }).slice(0, 8),
    caught: caughtLine(e),
    // a missed moment is no stay in the hole: the attempt is simply lost
    ...(e.type === 'caught' && e.reason === 'missed'
      ? { head: 'THE MOMENT PASSED', note: 'Try it again.' }
      : {}),
    newPb: outcome?.newPb ?? false,
    delta: outcome?.delta ?? null,
    golds: outcome?.golds.length ?? 0,
    sumOfBest: outcome ? sumOfBest(outcome.records) : null,
    replayText: replayText(run, replay),
    next,
    wayOn:
      run.log && e.type === 'complete' && !run.timer.done && !next
        ? `This way leads to "${e.to}", not to the campaign's next level: the run cannot go on.`
        : '',
    services: scene.startData.services,
  };
  scene.bus.emit('finished', card);
  // the last level's bridge down: its ending plays before the results card
  const ending = e.type === 'complete' ? recordedEnding(sim.state) : null;
  scene.cardTimer = scene.time.delayedCall(e.type === 'complete' ? 700 : 900, () => {
    scene.scene.pause();
    if (ending) scene.scene.launch('ending', { ending, state: sim.state, card });
    else scene.scene.launch('card', card);
  });
}

/** The file an attempt saves as: in a campaign the whole run so far, else the level's replay. */
function replayText(run: RunState, replay: Replay): string {
  return run.log ? stringifyCampaign(run.log.replay()) : stringifyReplay(replay);
}

/** The line the SOLITARY card opens with: who, where, or Munsey's patience. */
function caughtLine(e: Extract<SimEvent, { type: 'complete' | 'caught' }>): string {
  if (e.type !== 'caught') return '';
  if (e.reason === 'solitary') return 'Munsey has heard enough about you.';
  if (e.reason === 'missed') return e.text ?? 'The moment passed.';
  // map names read "Hodges, yard" and labels "YARD - OUT OF BOUNDS": the card wants "Hodges", "the yard"
  const who = e.by.split(',')[0]?.trim() || 'A guard';
  // "THE LANDING" reads "the landing", not "the the landing"
  const where = e.where.replace(/ - .*/, '').toLowerCase().replace(/^the /, '');
  if (e.reason === 'shot') return `${who} fired${where ? ` at the ${where}` : ''}. He had warned you.`;
  return `${who} caught you${where ? ` in the ${where}` : ''}.`;
}
