import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../src/cli/node-files';
import { loadMap } from '../../../src/maps';
import { currentLine } from '../../../src/sim/dialogue';
import { LevelSim } from '../../../src/sim/level-sim';
import { SUB } from '../../../src/sim/units';
import { parseReplay } from '../../../src/speedrun/replay';
import { decodeInputs } from '../../../src/speedrun/rle';
import { levelStartState } from '../../../src/speedrun/run-level';
import { speakerFrame, speakerNpc } from '../../../src/ui/speaker-frame';

const VIEW = { w: 384, h: 216 };
/** the clear part of the view: under a caption, over the dialogue box (normal and large text) */
const NORMAL = { top: 48, bottom: 158, left: 8, right: 376 };
const LARGE = { top: 80, bottom: 124, left: 8, right: 376 };

describe('who speaks', () => {
  const npcs = [
    { name: 'Soldier' },
    { name: 'Mr. Kearny' },
    { name: 'Trusty with a mop' },
    { name: 'Dr. Walters' },
  ];
  it("a line's speaker is the man of that name, or of that word of his name", () => {
    expect(speakerNpc(npcs, 'SOLDIER')).toBe(npcs[0]);
    expect(speakerNpc(npcs, 'KEARNY')).toBe(npcs[1]);
    expect(speakerNpc(npcs, 'TRUSTY')).toBe(npcs[2]);
    expect(speakerNpc(npcs, 'DR. WALTERS')).toBe(npcs[3]);
  });
  it('Joe, the tannoy, a narrator and a voice with no body here are nobody to frame', () => {
    for (const s of ['JOE', 'TANNOY', '', 'MUNSEY']) expect(speakerNpc(npcs, s)).toBeUndefined();
  });
});

describe('the camera frames whoever speaks', () => {
  const cell = { w: 768, h: 448 };
  it('the welcome: Soldier, 119 px over Joe, is framed just under the caption; Joe is under the box', () => {
    const joe = { x: 551.5, y: 255.25 };
    const soldier = { x: 536, y: 136 };
    const at = speakerFrame(joe, soldier, NORMAL, VIEW, cell);
    expect(at).toEqual({ x: 544, y: 181 });
    // Soldier's feet 63 px down the view: his head clears the caption (to 47), his feet the box (from 160)
    expect(soldier.y - at!.y + VIEW.h / 2).toBe(63);
    expect(speakerFrame(joe, soldier, LARGE, VIEW, cell)).toEqual({ x: 544, y: 149 });
  });

  it('a man face to face with Joe is seen already: the camera stays on Joe', () => {
    // the doctor in the infirmary, Joe a step below him
    expect(speakerFrame({ x: 520, y: 372 }, { x: 520, y: 344 }, NORMAL, VIEW, cell)).toBeNull();
  });

  it('Joe and the speaker both, when they fit in the clear', () => {
    const at = speakerFrame({ x: 300, y: 200 }, { x: 300, y: 110 }, NORMAL, VIEW, cell);
    expect(at).toEqual({ x: 300, y: 155 });
    const inView = (y: number) => y - at!.y + VIEW.h / 2;
    // the speaker's feet 15 px under the clear's top (his head clear of it), Joe's 5 px over its bottom
    expect([inView(110), inView(200)]).toEqual([63, 153]);
  });

  it('never past the edge of the level', () => {
    expect(speakerFrame({ x: 40, y: 40 }, { x: 20, y: 300 }, NORMAL, VIEW, cell)).toEqual({ x: 192, y: 255 });
  });
});

describe('the cell block golden runs: every man who speaks is in the clear as he does', () => {
  // only the welcome, said as Joe steps into the cell block, needs the camera to turn (Joe's own line
  // keeps the framing); the run that skips dialogue shows its first line only
  it.each([
    ['cell.walkway', ['welcome:0 Soldier', 'welcome:1 Soldier', 'welcome:3 Soldier', 'welcome:4 Soldier']],
    ['cell.run-skip', ['welcome:0 Soldier']],
  ])('%s', async (name, turns) => {
    const loaded = await loadMap('maps/cell.tmj', readRepoFile);
    if (!loaded.ok) throw new Error('cell does not load');
    const level = loaded.map.level;
    const replay = parseReplay(readFileSync(`tests/golden/${name}.replay.json`, 'utf8'));
    const sim = new LevelSim(level, levelStartState(level, replay.seed));
    const size = { w: level.width * level.tileSize, h: level.height * level.tileSize };
    const followed = (v: number, j: number, s: number) => Math.min(Math.max(j, v / 2), s - v / 2);
    const framed: string[] = [];
    for (const frame of decodeInputs(replay.inputs)) {
      sim.step(frame);
      const line = sim.dialogue && currentLine(level, sim.dialogue);
      const npc = line ? speakerNpc(level.npcs, line.speaker) : undefined;
      if (!npc || !sim.dialogue) continue;
      const joe = { x: sim.joe.x / SUB, y: sim.joe.y / SUB };
      const at = speakerFrame(joe, npc, NORMAL, VIEW, size);
      const c = at ?? { x: followed(VIEW.w, joe.x, size.w), y: followed(VIEW.h, joe.y, size.h) };
      const v = { x: npc.x - c.x + VIEW.w / 2, y: npc.y - c.y + VIEW.h / 2 };
      // in the clear, or as near as the level's edge lets the camera go
      const edge = c.y === size.h - VIEW.h / 2 || c.y === VIEW.h / 2;
      if (!edge) {
        expect(v.y, `${sim.dialogue.id}:${sim.dialogue.line}`).toBeGreaterThanOrEqual(NORMAL.top + 15);
        expect(v.y, `${sim.dialogue.id}:${sim.dialogue.line}`).toBeLessThanOrEqual(NORMAL.bottom - 5);
      }
      if (at) framed.push(`${sim.dialogue.id}:${sim.dialogue.line} ${npc.name}`);
    }
    expect([...new Set(framed)]).toEqual(turns);
  });
});
