import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../src/cli/node-files';
import { loadMap } from '../../../src/maps';
import { currentLine } from '../../../src/sim/dialogue';
import { LevelSim } from '../../../src/sim/level-sim';
import { SUB } from '../../../src/sim/units';
import { parseReplay } from '../../../src/speedrun/replay';
import { decodeInputs } from '../../../src/speedrun/rle';
import { replayKind } from '../../../src/speedrun/campaign';
import { levelById } from '../../../src/speedrun/levels';
import { startState } from '../../../src/speedrun/run-level';
import { beyondEdges, followed, speakerFrame, speakerNpc } from '../../../src/ui/speaker-frame';

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

  it("past the level's bottom edge, under the box: the attorney at the visiting room's far wall", () => {
    // the camera as it follows Joe stops at the level's edge (340) and the box hid Kearny (176)
    const at = speakerFrame({ x: 296, y: 379 }, { x: 296, y: 408 }, NORMAL, VIEW, cell);
    expect(at).toEqual({ x: 296, y: 394 });
    const inView = (y: number) => y - at!.y + VIEW.h / 2;
    // Kearny and Joe in the clear; the level's edge 162 px down, behind the box (from 160)
    expect([inView(408), inView(379), inView(cell.h)]).toEqual([122, 93, 162]);
    expect(beyondEdges(NORMAL, VIEW)).toEqual({ top: 48, bottom: 58 });
  });

  it('never past the sides of the level', () => {
    expect(speakerFrame({ x: 40, y: 40 }, { x: 20, y: 300 }, NORMAL, VIEW, cell)).toEqual({ x: 192, y: 255 });
  });
});

describe('every golden run: each man who speaks is in the clear as he does', () => {
  const files = readdirSync('tests/golden').filter(
    (f) => f.endsWith('.replay.json') && replayKind(readFileSync(`tests/golden/${f}`, 'utf8')) === 'level',
  );
  /** the lines that turn the camera, normal and large text; every one of them seen in the clear */
  async function turns(file: string, clear: typeof NORMAL): Promise<string[]> {
    const replay = parseReplay(readFileSync(`tests/golden/${file}`, 'utf8'));
    const loaded = await loadMap(levelById(replay.level)?.file ?? '', readRepoFile);
    if (!loaded.ok) throw new Error(`${replay.level} does not load`);
    const level = loaded.map.level;
    const sim = new LevelSim(level, startState(level, replay.seed, replay.start));
    const size = { w: level.width * level.tileSize, h: level.height * level.tileSize };
    const framed = new Set<string>();
    for (const frame of decodeInputs(replay.inputs)) {
      sim.step(frame);
      const line = sim.dialogue && currentLine(level, sim.dialogue);
      const npc = line ? speakerNpc(level.npcs, line.speaker) : undefined;
      if (!npc || !sim.dialogue) continue;
      const joe = { x: sim.joe.x / SUB, y: sim.joe.y / SUB };
      const at = speakerFrame(joe, npc, clear, VIEW, size);
      const c = at ?? followed(joe, VIEW, size);
      const where = `${file} ${sim.dialogue.id}:${sim.dialogue.line}`;
      expect(npc.y - c.y + VIEW.h / 2, where).toBeGreaterThanOrEqual(clear.top + 15);
      expect(npc.y - c.y + VIEW.h / 2, where).toBeLessThanOrEqual(clear.bottom - 5);
      expect(npc.x - c.x + VIEW.w / 2, where).toBeGreaterThanOrEqual(clear.left + 10);
      expect(npc.x - c.x + VIEW.w / 2, where).toBeLessThanOrEqual(clear.right - 10);
      if (at) framed.add(`${sim.dialogue.id}:${sim.dialogue.line} ${npc.name}`);
    }
    return [...framed];
  }

  it.each(files)('%s', async (file) => {
    await turns(file, NORMAL);
    await turns(file, LARGE);
  });

  it("in the cell block, Soldier's welcome and the attorney at the visiting room's far wall turn it", async () => {
    // (Joe's own line, welcome:2 and attorney:2, keeps the framing of the line before)
    expect(await turns('cell.walkway.replay.json', NORMAL)).toEqual([
      'welcome:0 Soldier',
      'welcome:1 Soldier',
      'welcome:3 Soldier',
      'welcome:4 Soldier',
      'attorney:0 Mr. Kearny',
      'attorney:1 Mr. Kearny',
      'attorney:3 Mr. Kearny',
      'attorney:4 Mr. Kearny',
    ]);
  });
});
