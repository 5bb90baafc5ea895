import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../src/cli/node-files';
import { loadMap, type LoadedMap } from '../../../src/maps';
import { parseCampaign, stringifyCampaign, verifyCampaign } from '../../../src/speedrun/campaign';
import { LEVELS } from '../../../src/speedrun/levels';
import { parseReplay, stringifyReplay, type Replay } from '../../../src/speedrun/replay';
import { decodeInputs } from '../../../src/speedrun/rle';
import { LevelSession, OFFICIAL_SEED } from '../../../src/speedrun/session';
import { verifyReplay } from '../../../src/speedrun/verify';

/** The golden run that walks to the doctor with nothing arranged: the whistle goes, the moment passes. */
const MISSED = 'tests/golden/machine-shop.no-setup-caught.replay.json';

async function maps(): Promise<Map<string, LoadedMap>> {
  const out = new Map<string, LoadedMap>();
  for (const l of LEVELS) {
    const loaded = await loadMap(l.file, readRepoFile);
    if (!loaded.ok) throw new Error(`${l.file} does not load`);
    out.set(l.id, loaded.map);
  }
  return out;
}

/** The golden's inputs played again in a session, as the game records a replay now. */
function recordedNow(shop: LoadedMap): Replay {
  const golden = parseReplay(readFileSync(MISSED, 'utf8'));
  const s = new LevelSession(shop, OFFICIAL_SEED, null);
  for (const f of decodeInputs(golden.inputs)) s.step(f);
  return s.replay();
}

describe('a missed moment is named "missed", not "caught"', () => {
  it('the game records it as missed, with the same ticks and hash as before it had its name', async () => {
    const shop = (await maps()).get('machine-shop')!;
    const golden = parseReplay(readFileSync(MISSED, 'utf8'));
    expect(recordedNow(shop).result).toEqual({ ticks: 3300, outcome: 'missed', hash: '83cc83d1bbca3c5a' });
    // the golden file (recorded as "caught" before the name, or "missed" if recorded again) holds the same hash
    expect(golden.result).toMatchObject({ ticks: 3300, hash: '83cc83d1bbca3c5a' });
  });

  it('the verdict names it missed, for a file recorded now and for one recorded as "caught" before', async () => {
    const shop = (await maps()).get('machine-shop')!;
    const want = {
      ok: true,
      level: 'machine-shop',
      ticks: 3300,
      time: '0:55.000',
      hash: '83cc83d1bbca3c5a',
      outcome: 'missed',
      seed: 1947,
      officialSeed: true,
    };
    expect(verifyReplay(recordedNow(shop), shop)).toEqual(want);
    // a file from before the name: the same run, claiming "caught" (made here, so a golden recorded
    // again does not take the case away)
    const before = recordedNow(shop);
    expect(verifyReplay({ ...before, result: { ...before.result, outcome: 'caught' } }, shop)).toEqual(want);
    expect(verifyReplay(parseReplay(readFileSync(MISSED, 'utf8')), shop)).toEqual(want);
  });

  it('no other outcome may be claimed for it, and "missed" is no name for a real capture', async () => {
    const all = await maps();
    const shop = all.get('machine-shop')!;
    const claim = (r: Replay, outcome: Replay['result']['outcome']): Replay => ({
      ...r,
      result: { ...r.result, outcome },
    });
    const missed = recordedNow(shop);
    expect(verifyReplay(claim(missed, 'complete'), shop)).toEqual({
      ok: false,
      error: 'replay claims outcome complete at tick 3300, re-simulation gives missed at tick 3300',
    });
    expect(verifyReplay(claim(missed, 'playing'), shop)).toMatchObject({ ok: false });
    const caught = parseReplay(readFileSync('tests/golden/cell.yard-caught.replay.json', 'utf8'));
    const cell = all.get('cell')!;
    expect(verifyReplay(caught, cell)).toMatchObject({ ok: true, outcome: 'caught' });
    expect(verifyReplay(claim(caught, 'missed'), cell)).toEqual({
      ok: false,
      error: 'replay claims outcome missed at tick 195, re-simulation gives caught at tick 195',
    });
  });

  it('a campaign with a missed attempt verifies whether the attempt says "caught" (older) or "missed"', async () => {
    const all = await maps();
    const text = readFileSync('tests/golden/campaign.hard-way.replay.json', 'utf8');
    const old = parseCampaign(text);
    const shopAttempt = old.attempts.findIndex((a) => a.level === 'machine-shop');
    // as it was written before the name (the golden may say either, if recorded again)
    old.attempts[shopAttempt]!.result.outcome = 'caught';
    expect(old.attempts[shopAttempt]?.result).toMatchObject({ ticks: 3300, outcome: 'caught' });
    const expected = verifyCampaign(old, (id) => all.get(id));
    expect(expected).toMatchObject({ ok: true, outcome: 'complete' });
    const renamed = parseCampaign(text);
    renamed.attempts[shopAttempt]!.result.outcome = 'missed';
    expect(verifyCampaign(parseCampaign(stringifyCampaign(renamed)), (id) => all.get(id))).toEqual(expected);
    // but a real capture (the cell's first attempt) may not be called missed
    const wrong = parseCampaign(text);
    wrong.attempts[0]!.result.outcome = 'missed';
    expect(verifyCampaign(wrong, (id) => all.get(id))).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^attempt 1 \(cell\) claims missed at tick 195 .* gives caught at tick 195/,
      ),
    });
  });

  it('npm run verify prints "outcome":"missed"', async () => {
    const shop = (await maps()).get('machine-shop')!;
    const file = join(mkdtempSync(join(tmpdir(), 'westgate-missed-')), 'missed.replay.json');
    writeFileSync(file, stringifyReplay(recordedNow(shop)));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/verify.ts', file, MISSED], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines)
      expect(JSON.parse(l)).toMatchObject({ ok: true, outcome: 'missed', ticks: 3300, time: '0:55.000' });
  }, 30_000);
});
