import type Phaser from 'phaser';
import { currentLine } from '../sim/dialogue';
import type { LevelSim } from '../sim/level-sim';
import { SUB } from '../sim/units';
import { dialogueBoxTop } from '../ui/dialogue-box';
import { VIEW_H, VIEW_W } from '../ui/palette';
import { speakerFrame, speakerNpc, type Point } from '../ui/speaker-frame';
import { largeText } from '../ui/text-size';

/** Under the HUD's lines and a caption (a large one runs to two 16 px lines). */
const CLEAR_TOP = { normal: 48, large: 80 };

/**
 * The camera during a dialogue: it follows Joe as ever, offset so that whoever speaks is seen (see
 * speakerFrame). It keeps that framing through Joe's own lines and goes back to Joe, at the follow's
 * own easing, when the dialogue ends. Presentation only.
 */
export class SpeakerCamera {
  private framing: Point | null = null;
  private dialogue = '';

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
    const line = ds ? currentLine(sim.level, ds) : undefined;
    const npc = line ? speakerNpc(sim.level.npcs, line.speaker) : undefined;
    if (npc) {
      const large = largeText(this.game);
      const clear = {
        top: large ? CLEAR_TOP.large : CLEAR_TOP.normal,
        bottom: dialogueBoxTop(large) - 2,
        left: 8,
        right: VIEW_W - 8,
      };
      const { width, height, tileSize } = sim.level;
      this.framing = speakerFrame(
        joe,
        npc,
        clear,
        { w: VIEW_W, h: VIEW_H },
        { w: width * tileSize, h: height * tileSize },
      );
    }
    const f = this.framing;
    // the follow aims at Joe minus the offset: the offset is how far the framing is from him
    this.camera.setFollowOffset(f ? joe.x - f.x : 0, f ? joe.y - f.y : 0);
  }
}
