import type Phaser from 'phaser';
import { currentLine } from '../sim/dialogue';
import type { LevelSim } from '../sim/level-sim';
import { SUB } from '../sim/units';
import { dialogueBoxTop } from '../ui/dialogue-box';
import { VIEW_H, VIEW_W } from '../ui/palette';
import { beyondEdges, followed, speakerFrame, speakerNpc, type Clear, type Point } from '../ui/speaker-frame';
import { largeText } from '../ui/text-size';

/** Under the HUD's lines and a caption (a large one runs to two 16 px lines). */
const CLEAR_TOP = { normal: 48, large: 80 };
const VIEW = { w: VIEW_W, h: VIEW_H };

/**
 * The camera during a dialogue: it follows Joe as ever, offset so that whoever speaks is seen (see
 * speakerFrame), past the level's top or bottom edge if it must (its bounds widened while it does).
 * It keeps that framing through Joe's own lines; when the dialogue ends it eases back to where it
 * follows Joe, at the follow's own pace, and only then takes the level's bounds again (no jump).
 * Presentation only.
 */
export class SpeakerCamera {
  private framing: Point | null = null;
  private dialogue = '';
  /** the bounds are widened past the level's edges */
  private widened = false;

  constructor(
    private readonly camera: Phaser.Cameras.Scene2D.Camera,
    private readonly game: object,
  ) {}

  update(sim: LevelSim): void {
    const ds = sim.dialogue;
    if (ds?.id !== this.dialogue) {
      this.dialogue = ds?.id ?? '';
      this.framing = null;
    }
    const joe = { x: sim.joe.x / SUB, y: sim.joe.y / SUB };
    const level = levelSize(sim);
    const clear = this.clear();
    const line = ds ? currentLine(sim.level, ds) : undefined;
    const npc = line ? speakerNpc(sim.level.npcs, line.speaker) : undefined;
    if (npc) this.framing = speakerFrame(joe, npc, clear, VIEW, level);
    const cam = this.camera;
    if (this.framing) {
      if (!this.widened) {
        const past = beyondEdges(clear, VIEW);
        cam.setBounds(0, -past.top, level.w, level.h + past.top + past.bottom);
        this.widened = true;
      }
      return this.aim(joe, this.framing);
    }
    if (!this.widened) return this.aim(joe, joe);
    // back to where the follow keeps it inside the level (to the pixel: the follow rounds to whole
    // pixels); there, the level's own bounds again
    const home = followed(joe, VIEW, level);
    if (Math.abs(cam.midPoint.x - home.x) < 1 && Math.abs(cam.midPoint.y - home.y) < 1) {
      cam.setBounds(0, 0, level.w, level.h);
      this.widened = false;
      return this.aim(joe, joe);
    }
    this.aim(joe, home);
  }

  /** A restart: back on Joe at once, inside the level's own bounds, whoever was speaking. */
  reset(sim: LevelSim): void {
    const level = levelSize(sim);
    this.framing = null;
    this.dialogue = '';
    this.widened = false;
    this.camera.setBounds(0, 0, level.w, level.h);
    this.camera.setFollowOffset(0, 0);
  }

  /** The follow aims at Joe minus its offset: the offset is how far `at` is from him. */
  private aim(joe: Point, at: Point): void {
    this.camera.setFollowOffset(joe.x - at.x, joe.y - at.y);
  }

  /** The view in the clear: under the HUD and a caption, over the dialogue box. */
  private clear(): Clear {
    const large = largeText(this.game);
    return {
      top: large ? CLEAR_TOP.large : CLEAR_TOP.normal,
      bottom: dialogueBoxTop(large) - 2,
      left: 8,
      right: VIEW_W - 8,
    };
  }
}

/** The level's size, pixels: the camera's own bounds. */
function levelSize(sim: LevelSim): { w: number; h: number } {
  return { w: sim.level.width * sim.level.tileSize, h: sim.level.height * sim.level.tileSize };
}
