import { describe, expect, it } from 'vitest';
import { alibiHeld, alibiVerdict, chooseEnding, recordedEnding } from '../../../src/state/ending';
import { GameState } from '../../../src/state/game-state';

function stateWith(...flags: string[]): GameState {
  const s = GameState.create({ seed: 1 });
  for (const f of flags) s.setFlag(f);
  return s;
}

describe('the ending, from the game state', () => {
  // [flags, alibi held, verdict, ending when the bridge comes down]
  const cases: [string[], boolean, string, string][] = [
    [['informer-unmasked', 'alibi-solid'], true, 'solid', 'dawn'],
    [['informer-unmasked', 'alibi-shaky'], true, 'shaky', 'dawn'],
    [['informer-unmasked', 'alibi-broken'], false, 'broken', 'source'],
    // a broken verdict outweighs an earlier one: the alibi did not hold
    [['informer-unmasked', 'alibi-solid', 'alibi-broken'], false, 'broken', 'source'],
    [['informer-unmasked'], false, 'none', 'source'],
    [['alibi-solid'], true, 'solid', 'source'],
    [['alibi-shaky'], true, 'shaky', 'source'],
    [['alibi-broken'], false, 'broken', 'source'],
    [['alibi-solid', 'false-plan'], true, 'solid', 'source'],
    [[], false, 'none', 'source'],
  ];
  it.each(cases)('%j: alibi held %s, verdict %s, ending %s', (flags, held, verdict, ending) => {
    const s = stateWith(...flags);
    expect(alibiHeld(s)).toBe(held);
    expect(alibiVerdict(s)).toBe(verdict);
    expect(chooseEnding('complete', s)).toBe(ending);
  });

  it('caught is caught, whatever came before', () => {
    expect(chooseEnding('caught', stateWith('informer-unmasked', 'alibi-solid'))).toBe('caught');
    expect(chooseEnding('caught', stateWith())).toBe('caught');
  });

  it('the ending the state records, once the bridge is down', () => {
    expect(recordedEnding(stateWith())).toBeNull();
    expect(recordedEnding(stateWith('ending-source'))).toBe('source');
    expect(recordedEnding(stateWith('ending-dawn'))).toBe('dawn');
  });
});
