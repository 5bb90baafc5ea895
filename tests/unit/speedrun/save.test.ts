import { describe, expect, it } from 'vitest';
import { parseSave, readSave, SAVE_KEY, writeSave, type CampaignSave } from '../../../src/speedrun/save';
import { GameState } from '../../../src/state/game-state';
import { MemoryStore } from '../../../src/storage/safe-store';
import { GAME_VERSION } from '../../../src/version';

function save(levelId = 'machine-shop'): CampaignSave {
  const state = GameState.create({ seed: 1947 });
  state.setFlag('met-crew');
  state.raise('seen-restricted', 12);
  return {
    format: 'westgate-save',
    version: 1,
    game: GAME_VERSION,
    seed: 1947,
    seedMode: 'official',
    category: 'campaign',
    levelId,
    start: state.toJSON(),
    splits: [2112],
    lost: 300,
    maps: { 'maps/cell.tmj': '7f518fb4c2da3119' },
    attempts: [
      {
        level: 'cell',
        inputs: [[8, 2112]],
        result: { ticks: 2112, outcome: 'complete', hash: '1b732ea9d6573d36' },
      },
    ],
  };
}

describe('save and continue', () => {
  it('keeps where the campaign is, the state Joe brings, and the run so far', () => {
    const store = new MemoryStore();
    expect(readSave(store)).toBeNull();
    expect(writeSave(store, save())).toBe(true);
    const read = readSave(store);
    expect(read).toEqual({ ok: true, save: save() });
    if (!read?.ok) return;
    expect(GameState.fromJSON(read.save.start).suspicion).toBe(12);
    expect(GameState.fromJSON(read.save.start).hasFlag('met-crew')).toBe(true);
  });

  it('an interrupted write leaves the newer copy readable; a later level replaces the earlier', () => {
    const store = new MemoryStore();
    writeSave(store, save('machine-shop'));
    store.set(`${SAVE_KEY}.next`, JSON.stringify(save('yard')));
    expect(readSave(store)).toMatchObject({ ok: true, save: { levelId: 'yard' } });
    store.set(`${SAVE_KEY}.next`, '{"format":"westgate-sa'); // cut off mid-write
    expect(readSave(store)).toMatchObject({ ok: true, save: { levelId: 'machine-shop' } });
  });

  it('a storage that refuses the write keeps the old save', () => {
    const store = new MemoryStore();
    writeSave(store, save('machine-shop'));
    const full = Object.assign(Object.create(store) as MemoryStore, {
      set: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(writeSave(full, save('yard'))).toBe(false);
    expect(readSave(store)).toMatchObject({ ok: true, save: { levelId: 'machine-shop' } });
  });

  it('a corrupt save says what is wrong and stays in storage untouched', () => {
    // the problem in the player's words, and the checker's own detail beside it for the console
    const noSeed: Record<string, unknown> = { ...save() };
    delete noSeed['seed'];
    const cases: [string, string, string | undefined][] = [
      ['{not json', 'it is not a save file', 'it is not JSON'],
      [
        JSON.stringify({ ...save(), version: 2 }),
        "the save's format is damaged",
        'version: Invalid type: Expected 1 but received 2',
      ],
      [
        JSON.stringify({ ...save(), game: '0.0.1' }),
        `it was made by version 0.0.1 of the game; this is ${GAME_VERSION}`,
        undefined,
      ],
      [
        JSON.stringify({ ...save(), levelId: 'Yard!' }),
        "the save's level is damaged",
        'levelId: must be a level id',
      ],
      [
        JSON.stringify(noSeed),
        'the save is missing its seed',
        'seed: Invalid key: Expected "seed" but received undefined',
      ],
      [
        JSON.stringify({ ...save(), start: { ...save().start, suspicion: 140 } }),
        "the save's game state is damaged",
        'its game state is invalid: suspicion: must be <= 100 (got 140)',
      ],
      ['x'.repeat(4_000_001), 'it is too big to be a save', 'it is 4000001 characters, over the limit'],
    ];
    for (const [text, problem, detail] of cases) {
      const store = new MemoryStore();
      store.set(SAVE_KEY, text);
      expect(readSave(store)).toEqual(detail ? { ok: false, problem, detail } : { ok: false, problem });
      expect(store.get(SAVE_KEY)).toBe(text);
    }
    expect(() => parseSave('"a save"')).toThrow('it is not a save file');
  });
});
