import Phaser from 'phaser';
import { activeMenuScenes } from './menu';
import { activeLevel } from '../scenes/levels/registry';
import { MANUAL_STEP, type LevelScene } from '../scenes/level-scene';
import type { Services } from '../scenes/services';
import { parseCampaign, replayKind, verifyCampaign, type CampaignVerdict } from '../speedrun/campaign';
import { parseReplay } from '../speedrun/replay';
import { formatTime } from '../speedrun/time';
import { verifyReplay, type Verdict } from '../speedrun/verify';

let loaded: Services | null = null;

/** The boot scene hands over the maps it loaded, so replays can be verified in the page as in Node. */
export function probeMaps(services: Services): void {
  loaded = services;
}

/** Re-simulates a replay's text in this browser: the same verdict and hash as `npm run verify`. */
export function verifyHere(text: string): Verdict | CampaignVerdict {
  try {
    if (replayKind(text) === 'campaign')
      return verifyCampaign(parseCampaign(text), (id) => loaded?.maps.get(id));
    const replay = parseReplay(text);
    const map = loaded?.maps.get(replay.level);
    if (!map) return { ok: false, error: `no level "${replay.level}" loaded` };
    return verifyReplay(replay, map);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * A read-only window onto the running game for end-to-end tests and curious players:
 * `window.westgate.level()` tells the tick, Joe's position and the state hash. It changes nothing.
 */
export function installProbe(game: Phaser.Game): void {
  const active = (): string[] => game.scene.getScenes(true).map((s) => s.scene.key);
  const levelScene = (): LevelScene | null => activeLevel(game);
  Object.assign(window, {
    westgate: {
      scenes: active,
      /** scenes whose menu takes keys now */
      menus: activeMenuScenes,
      /**
       * every visible text of the running scenes, its bounds and size (layout checks): `fixed` ones
       * (the HUD, menus) in view pixels, the others (a prompt over a door) in the level's pixels
       */
      texts: () =>
        game.scene.getScenes(true).flatMap((s) =>
          s.children.list
            .filter((o): o is Phaser.GameObjects.BitmapText => o instanceof Phaser.GameObjects.BitmapText)
            .filter((t) => t.visible && t.text !== '' && t.alpha > 0)
            .map((t) => {
              const b = t.getBounds();
              const size = t.fontSize * t.scaleY;
              const fixed = t.scrollFactorX === 0;
              return {
                scene: s.scene.key,
                text: t.text,
                x: b.x,
                y: b.y,
                w: b.width,
                h: b.height,
                size,
                fixed,
              };
            }),
        ),
      /** Phaser's frame counter: input-latency benchmarks count frames by it */
      frame: () => game.loop.frame,
      level: () => {
        const scene = levelScene();
        const session = scene?.session;
        if (!scene || !session) return null;
        const sim = session.sim;
        const cam = scene.cameras.main;
        const drawn = scene.guardsDrawn();
        return {
          id: sim.level.id,
          tick: sim.tick,
          outcome: sim.outcome,
          joe: { x: sim.joe.x / 16, y: sim.joe.y / 16, facing: sim.joe.facing },
          /** each guard where the simulation has him, px */
          guards: sim.guards.map((g, i) => ({
            x: g.x / 16,
            y: g.y / 16,
            facing: g.facing,
            alert: g.alert,
            /** on duty and not thrown off at the lever: in the fight, with a cone */
            active: sim.guardActive(i),
            /** his sprite drawn: on duty and within 64 px of the view (further out, not drawn) */
            drawn: drawn[i] === true,
          })),
          suspicion: sim.state.suspicion,
          flags: [...sim.state.flags],
          objective: sim.objective(),
          clock: sim.state.clockText,
          hash: sim.hash(),
          /** the centre of the view in the level, px (the camera follows Joe, or frames who speaks) */
          camera: { x: cam.midPoint.x, y: cam.midPoint.y },
          /** how the map's tile layers are drawn: baked into one image, GPU layers, or tile by tile */
          tiles: scene.tileDrawing,
        };
      },
      /** restricted zones the floor marks as out of bounds now (one Joe holds the pass for is not) */
      markedZones: () => levelScene()?.markedZones() ?? null,
      /** each guard's vision cone as drawn: eye (level pixels), far points kept, fill and edge colours */
      cones: () => levelScene()?.coneLooks() ?? null,
      replay: () => levelScene()?.session?.replay() ?? null,
      run: () => {
        const s = levelScene();
        return s
          ? {
              category: s.run.category,
              runTicks: s.run.timer.runTicks,
              splits: [...s.run.timer.splits],
              attempts: s.run.log?.attempts.length ?? null,
              restartFrame: s.restartFrame,
            }
          : null;
      },
      timeText: () => {
        const s = levelScene();
        return s ? formatTime(s.session.sim.tick) : null;
      },
      verify: verifyHere,
      /** ?manualstep=1 only: runs ticks of the current level from the keys held now */
      step: (ticks: number) => (MANUAL_STEP ? (levelScene()?.stepManually(ticks) ?? 0) : 0),
    },
  });
}
