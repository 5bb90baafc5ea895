import { describe, expect, it } from 'vitest';
import type { DialogueData, LevelData } from '../../../src/maps/level-data';
import { IN_DOWN, IN_INTERACT, IN_RIGHT, IN_SKIP, IN_UP } from '../../../src/sim/input';
import { LevelSim } from '../../../src/sim/level-sim';
import type { SimEvent } from '../../../src/sim/sim-events';
import { GameState } from '../../../src/state/game-state';
import { levelFrom, tc } from './fixture';

const room = ['##########', '#........#', '#........#', '#........#', '##########'];

function dialogue(id: string, lines: string[], over: Partial<DialogueData> = {}): DialogueData {
  return {
    id,
    lines: lines.map((l) => ({ speaker: l.split(': ')[0] ?? '', text: l.split(': ')[1] ?? '' })),
    sets: [],
    requires: [],
    flashback: false,
    fallback: '',
    ...over,
  };
}

/** Joe at tile (2,2) facing right, a man at (3,2) to talk to, a door at (2,1) above. */
function level(extra: Partial<LevelData> = {}): LevelData {
  return levelFrom(room, {
    spawn: { x: tc(2), y: tc(2), facing: 'right' },
    npcs: [
      {
        id: 4,
        name: 'Spencer',
        key: 'spencer',
        role: 'inmate',
        x: tc(3),
        y: tc(2),
        facing: 'left',
        dialogue: 'spencer',
        r17: true,
        credibility: 20,
      },
    ],
    dialogues: {
      spencer: dialogue('spencer', ['SPENCER: One.', 'SPENCER: Two.', 'SPENCER: Three.'], {
        sets: ['heard-spencer', 'clue:letters', 'crew:spencer'],
      }),
    },
    ...extra,
  });
}

const types = (es: SimEvent[]) => es.map((e) => e.type).filter((t) => t !== 'state');

describe('talking', () => {
  it('says when a dialogue is a flashback (the scene plays it in sepia)', () => {
    const plain = new LevelSim(level(), GameState.create({ seed: 1 }));
    expect(plain.step(IN_INTERACT)[0]).toEqual({ type: 'dialogue-start', id: 'spencer', flashback: false });
    const memory = level();
    const d = memory.dialogues['spencer'];
    if (d) d.flashback = true;
    const s = new LevelSim(memory, GameState.create({ seed: 1 }));
    expect(s.step(IN_INTERACT)[0]).toEqual({ type: 'dialogue-start', id: 'spencer', flashback: true });
  });

  it('plays each line on Interact, freezes the world meanwhile, and applies sets at the end', () => {
    const s = new LevelSim(level(), GameState.create({ seed: 1 }));
    expect(types(s.step(IN_INTERACT))).toEqual(['dialogue-start', 'dialogue-line']);
    expect(s.dialogue).toEqual({ id: 'spencer', line: 0 });
    const x = s.joe.x;
    s.step(IN_RIGHT);
    expect(s.joe.x).toBe(x);
    s.step(IN_INTERACT);
    s.step(IN_INTERACT);
    expect(s.dialogue).toEqual({ id: 'spencer', line: 2 });
    expect(types(s.step(IN_INTERACT))).toEqual(['dialogue-end']);
    expect(s.dialogue).toBeNull();
    expect(s.state.flags).toEqual(['heard-spencer']);
    expect(s.state.clues).toEqual(['letters']);
    expect(s.state.crew).toEqual(['spencer']);
  });

  it('skipping leaves the same state as reading, but for the ticks spent', () => {
    const read = new LevelSim(level(), GameState.create({ seed: 1 }));
    for (const f of [IN_INTERACT, IN_INTERACT, IN_INTERACT, IN_INTERACT]) read.step(f);
    const skip = new LevelSim(level(), GameState.create({ seed: 1 }));
    skip.step(IN_INTERACT);
    const end = skip.step(IN_SKIP).find((e) => e.type === 'dialogue-end');
    expect(end).toEqual({ type: 'dialogue-end', id: 'spencer', skipped: true });
    expect(skip.state.flags).toEqual(read.state.flags);
    expect(skip.state.clues).toEqual(read.state.clues);
    expect(skip.state.crew).toEqual(read.state.crew);
    expect([read.tick, skip.tick]).toEqual([4, 2]);
  });

  it('plays the fallback while the required flags are missing', () => {
    const s = new LevelSim(
      level({
        dialogues: {
          spencer: dialogue('spencer', ['SPENCER: Later.'], {
            requires: ['ruth-news'],
            fallback: 'spencer-early',
            sets: ['x'],
          }),
          'spencer-early': dialogue('spencer-early', ['SPENCER: Not now.']),
        },
      }),
      GameState.create({ seed: 1 }),
    );
    s.step(IN_INTERACT);
    expect(s.dialogue?.id).toBe('spencer-early');
    s.step(IN_INTERACT);
    expect(s.state.flags).toEqual([]);
  });
});

describe('doors', () => {
  const withDoor = (locked: boolean, key = '') =>
    level({
      npcs: [],
      doors: [{ id: 8, name: 'door', tx: 2, ty: 1, locked, key }],
      spawn: { x: tc(2), y: tc(2), facing: 'up' },
    });

  it('open and close on Interact; shut they block Joe', () => {
    const s = new LevelSim(withDoor(false), GameState.create({ seed: 1 }));
    for (let i = 0; i < 20; i++) s.step(IN_UP);
    expect(s.joe.y).toBe(tc(2) * 16 - 4 * 16);
    expect(s.step(IN_INTERACT).filter((e) => e.type === 'door')).toEqual([
      { type: 'door', index: 0, open: true },
    ]);
    for (let i = 0; i < 8; i++) s.step(IN_UP);
    expect(s.joe.y).toBe(tc(2) * 16 - 4 * 16 - 128);
  });

  it('never shut on Joe while his feet are in the doorway', () => {
    const s = new LevelSim(withDoor(false), GameState.create({ seed: 1 }));
    for (let i = 0; i < 20; i++) s.step(IN_UP); // to the shut door: feet box top at its edge, y = 36 px
    s.step(IN_INTERACT);
    for (let i = 0; i < 3; i++) s.step(IN_UP); // y = 33 px: centre below the door's tile, feet in it
    expect(s.joe.y).toBe(33 * 16);
    expect(s.step(IN_INTERACT).filter((e) => e.type === 'door')).toEqual([]);
    expect(s.doorsOpen[0]).toBe(true);
    for (let i = 0; i < 7; i++) s.step(IN_DOWN);
    s.step(IN_UP); // y = 39 px, facing the door, feet clear of it
    expect(s.step(IN_INTERACT).filter((e) => e.type === 'door')).toEqual([
      { type: 'door', index: 0, open: false },
    ]);
  });

  it('stay shut when locked, until Joe holds the key flag', () => {
    const s = new LevelSim(withDoor(true, 'pass'), GameState.create({ seed: 1 }));
    expect(s.step(IN_INTERACT).filter((e) => e.type === 'locked')).toEqual([
      { type: 'locked', text: 'Locked.' },
    ]);
    s.state.setFlag('pass');
    expect(s.step(IN_INTERACT).filter((e) => e.type === 'door')).toEqual([
      { type: 'door', index: 0, open: true },
    ]);
  });
});

describe('triggers, objectives and exits', () => {
  const story = () =>
    level({
      npcs: [],
      triggers: [
        {
          id: 1,
          name: 't',
          rect: { x: 64, y: 16, w: 16, h: 48 },
          beat: 'saw-window',
          caption: 'Rain on the glass.',
          speaker: '',
          dialogue: '',
          requires: [],
        },
      ],
      objectives: [
        { flag: 'saw-window', text: 'Look out of the window' },
        { flag: 'never', text: 'Leave' },
      ],
      exits: [
        {
          id: 2,
          name: 'gate',
          rect: { x: 112, y: 16, w: 16, h: 48 },
          to: 'machine-shop',
          requires: ['saw-window'],
          lockedText: 'Not yet.',
        },
      ],
    });

  it('fire once when Joe walks in, and the objective moves on', () => {
    const s = new LevelSim(story(), GameState.create({ seed: 1 }));
    expect(s.objective()).toBe('Look out of the window');
    const seen: SimEvent[] = [];
    for (let i = 0; i < 40; i++) seen.push(...s.step(IN_RIGHT));
    expect(seen.filter((e) => e.type === 'caption')).toEqual([
      { type: 'caption', speaker: '', text: 'Rain on the glass.' },
    ]);
    expect(seen.filter((e) => e.type === 'objective')).toEqual([{ type: 'objective', text: 'Leave' }]);
  });

  it('an exit completes the level once its flags are set, and says why not before', () => {
    const shut = new LevelSim(
      levelFrom(room, { spawn: { x: tc(5), y: tc(2), facing: 'right' }, exits: story().exits }),
      GameState.create({ seed: 1 }),
    );
    const events: SimEvent[] = [];
    for (let i = 0; i < 40; i++) events.push(...shut.step(IN_RIGHT));
    expect(events.filter((e) => e.type === 'locked')).toEqual([{ type: 'locked', text: 'Not yet.' }]);
    expect(shut.outcome).toBe('playing');
    const open = new LevelSim(story(), GameState.create({ seed: 1 }));
    let done: SimEvent | undefined;
    for (let i = 0; i < 100 && open.outcome === 'playing'; i++)
      done = open.step(IN_RIGHT).find((e) => e.type === 'complete');
    expect(done).toEqual({ type: 'complete', exit: 'gate', to: 'machine-shop' });
    // from x = 40 px to the exit's edge at 112 px: 72 px at 1 px a tick
    expect(open.tick).toBe(72);
    expect(open.state.levelsDone).toEqual(['test']);
    expect(open.step(IN_RIGHT)).toEqual([]);
    expect(open.tick).toBe(72);
  });
});
