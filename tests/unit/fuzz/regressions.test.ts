/** Bugs the fuzz tests found, pinned by hand so they stay fixed whatever the fuzzers' seeds. */
import { describe, expect, it } from 'vitest';
import { formatProblem, loadMap } from '../../../src/maps';
import { parseReplay } from '../../../src/speedrun/replay';
import { verifyReplay } from '../../../src/speedrun/verify';
import { mapFiles, memoryReader, repoText } from './repo-files';
import { fullOfWitnesses } from './replay-mutations';

describe('fuzz regressions', () => {
  it('a problem prints on one line even when the map quotes new lines or terminal escapes', async () => {
    const files = mapFiles('maps/cell.tmj');
    const map = JSON.parse(files.get('maps/cell.tmj') ?? '') as { tilesets: { source: string }[] };
    map.tilesets[0] = { ...map.tilesets[0], source: 'two\nlines\u001b[31m\u2028' };
    files.set('maps/cell.tmj', JSON.stringify(map));
    const r = await loadMap('maps/cell.tmj', memoryReader(files));
    expect(r.ok).toBe(false);
    const lines = r.ok ? [] : r.problems.map(formatProblem);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(/[\n\r\u001b\u2028]/);
    expect(lines.join('\n')).toContain('two\\nlines\\u001b[31m\\u2028');
  });

  it('verifyReplay refuses, not throws, a start state the level cannot take (witness list full)', async () => {
    // (today any start state other than the level's start is refused first; this guards the order too)
    const loaded = await loadMap('maps/cell.tmj', memoryReader(mapFiles('maps/cell.tmj')));
    if (!loaded.ok) throw new Error('cell does not load');
    const golden = parseReplay(repoText('tests/golden/cell.walkway.replay.json'));
    const replay = { ...golden, start: fullOfWitnesses(golden.seed) };
    const verdict = verifyReplay(replay, loaded.map);
    expect(verdict).toEqual({
      ok: false,
      error: 'replay start state is not the start of level "cell": runs start from the level\'s start',
    });
  });
});
