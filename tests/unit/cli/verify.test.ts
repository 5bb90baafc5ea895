import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../src/cli/node-files';
import { loadDroppedMap, loadMapParam } from '../../../src/scenes/custom-map';
import { parseReplay, stringifyReplay } from '../../../src/speedrun/replay';
import { decodeInputs } from '../../../src/speedrun/rle';
import { LevelSession, OFFICIAL_SEED } from '../../../src/speedrun/session';
import type { LoadedMap } from '../../../src/maps';

/** `npm run verify -- ARGS`, as a newcomer types it; returns the JSON lines and the exit code. */
function verify(...args: string[]): { lines: unknown[]; status: number | null } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/verify.ts', ...args], {
    encoding: 'utf8',
  });
  return {
    lines: r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown),
    status: r.status,
  };
}

/** The by-the-book cell route played on `map` (a custom copy of the cell block). */
function replayOn(map: LoadedMap): string {
  const golden = parseReplay(readFileSync('tests/golden/cell.walkway.replay.json', 'utf8'));
  const s = new LevelSession(map, OFFICIAL_SEED, null);
  for (const f of decodeInputs(golden.inputs)) s.step(f);
  return stringifyReplay(s.replay());
}

describe('npm run verify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'westgate-verify-'));

  it('verifies a run on a custom map given with --map, under maps/ or dropped from anywhere', async () => {
    const param = await loadMapParam('maps/cell.tmj', readRepoFile, ['maps/cell.tmj']);
    if (!param.ok) throw new Error(param.lines.join('\n'));
    writeFileSync(join(dir, 'param.replay.json'), replayOn(param.map));
    const id = param.map.level.id;
    expect(id).toMatch(/^custom-[0-9a-f]{8}$/);
    expect(verify('--map', 'maps/cell.tmj', join(dir, 'param.replay.json'))).toMatchObject({
      status: 0,
      lines: [{ ok: true, level: id, ticks: 2112, outcome: 'complete' }],
    });

    const mine = join(dir, 'mine.tmj');
    copyFileSync('maps/cell.tmj', mine);
    const text = readFileSync(mine, 'utf8');
    const dropped = await loadDroppedMap('mine.tmj', text.length, () => Promise.resolve(text), readRepoFile);
    if (!dropped.ok) throw new Error(dropped.lines.join('\n'));
    writeFileSync(join(dir, 'dropped.replay.json'), replayOn(dropped.map));
    expect(verify('--map', mine, join(dir, 'dropped.replay.json'))).toMatchObject({
      status: 0,
      lines: [{ ok: true, ticks: 2112, outcome: 'complete' }],
    });
    // the run on a dropped map names it: it is no proof of a run on the game's own map
    expect(verify(join(dir, 'dropped.replay.json'))).toMatchObject({
      status: 1,
      lines: [
        { ok: false, error: `replay is for level "${dropped.map.level.id}", which this game does not have` },
      ],
    });
  }, 30_000);

  it('says what is wrong with a missing map, and verifies a campaign file and a level file in one call', () => {
    expect(verify('--map', join(dir, 'nope.tmj'), 'tests/golden/cell.walkway.replay.json')).toMatchObject({
      status: 1,
      lines: [{ ok: false, error: expect.stringMatching(/^cannot read .*nope\.tmj: ENOENT/) as unknown }],
    });
    const both = verify(
      'tests/golden/campaign.by-the-book.replay.json',
      'tests/golden/cell.walkway.replay.json',
    );
    expect(both.status).toBe(0);
    expect(both.lines).toMatchObject([
      { ok: true, outcome: 'complete', attempts: expect.any(Number) as unknown },
      { ok: true, level: 'cell', ticks: 2112 },
    ]);
  }, 30_000);
});
