/**
 * The ambience and the new cues in Chromium: golden replays fed through the keyboard tick by tick
 * (?manualstep=1), the audio service read through window.westgateAudio.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/schema';
import { parseReplay } from '../../src/speedrun/replay';
import { feedInputs, probe, usePage, waitForScene, waitForLevel } from './harness';

let page: Page;
const server = usePage((p) => (page = p));

type Beds = Record<string, { level: number; playing: boolean; volume: number }>;
interface AudioProbe {
  westgateAudio: {
    states: () => Record<string, string>;
    ambience: () => Beds;
    effects: () => string[];
    ringing: () => { playing: number; held: number };
    music: () => string | null;
  };
}

const beds = () => page.evaluate(() => (window as unknown as AudioProbe).westgateAudio.ambience());
const effects = () => page.evaluate(() => (window as unknown as AudioProbe).westgateAudio.effects());
const ringing = () => page.evaluate(() => (window as unknown as AudioProbe).westgateAudio.ringing());
const music = () => page.evaluate(() => (window as unknown as AudioProbe).westgateAudio.music());

/** A golden replay's inputs from tick `from` (0-based, counted in frames) up to `to`. */
function ticks(name: string, from: number, to: number): [number, number][] {
  const replay = parseReplay(readFileSync(`tests/golden/${name}.replay.json`, 'utf8'));
  const out: [number, number][] = [];
  let at = 0;
  for (const [frame, n] of replay.inputs) {
    const a = Math.max(at, from);
    const b = Math.min(at + n, to);
    if (b > a) out.push([frame, b - a]);
    at += n;
  }
  return out;
}

/** Opens a level stepped by hand, with the audio unlocked by a key and every file loaded. */
async function open(level: string, mute = false): Promise<void> {
  await page.goto(`${server.url}?level=${level}&manualstep=1`);
  await waitForLevel(page);
  // dialogue shown at once: a press that only finishes the typewriter never reaches the game
  const settings = JSON.stringify({ ...defaultSettings(), dialogueSpeed: 'instant', mute });
  await page.evaluate((v) => localStorage.setItem('westgate.settings', v), settings);
  await page.reload();
  await waitForLevel(page);
  await page.keyboard.press('Shift');
  await page.waitForFunction(() =>
    Object.values((window as unknown as AudioProbe).westgateAudio.states()).every((s) => s === 'loaded'),
  );
}

/** Waits until the named bed is at least `level` and sounding (the hook eases toward its target). */
async function bedReaches(name: string, level: number): Promise<void> {
  await page.waitForFunction(
    ([n, l]) => {
      const b = (window as unknown as AudioProbe).westgateAudio.ambience()[n as string];
      return b !== undefined && b.playing && b.level >= (l as number);
    },
    [name, level] as const,
  );
}

// feeding replays is paced by the page's frames: generous on a loaded machine
describe('the sound of the break in Chromium', { timeout: 120_000 }, () => {
  it('the yard: rain outdoors, the hum as a beam nears, the whistle and the roar of the riot; pause holds them all', async () => {
    await open('yard');
    expect(await music()).toBe('break');
    expect((await beds())['crowd']).toEqual({ level: 0, playing: false, volume: 0 });
    // yard.unnoticed-culvert: the riot goes up at tick 588 (Node: whistle then, the crowd out)
    expect(await feedInputs(page, ticks('yard.unnoticed-culvert', 0, 620))).toBe(620);
    expect((await probe(page))?.flags).toContain('riot');
    expect(await effects()).toEqual(expect.arrayContaining(['tannoy', 'whistle']));
    await bedReaches('rain', 0.3);
    await bedReaches('crowd', 0.3);
    // from tick 988 a beam holds near him (Node: hum over 0.2 for ticks 988-1231, full while lit)
    expect(await feedInputs(page, ticks('yard.unnoticed-culvert', 620, 1000))).toBe(380);
    await bedReaches('hum', 0.2);
    // pause: every bed and the music hold; resume: they sound again
    await page.keyboard.press('Escape');
    await waitForScene(page, 'pause');
    await page.waitForFunction(() =>
      Object.values((window as unknown as AudioProbe).westgateAudio.ambience()).every((b) => !b.playing),
    );
    expect(await music()).toBeNull();
    await page.keyboard.press('Escape');
    await bedReaches('crowd', 0.3);
    await page.waitForFunction(() => (window as unknown as AudioProbe).westgateAudio.music() === 'break');
  });

  it("the machine shop: the shift whistle blows when the incident's window opens", async () => {
    await open('machine-shop');
    expect(await music()).toBe('cell');
    expect(await feedInputs(page, ticks('machine-shop.pass', 0, 3299))).toBe(3299);
    expect(await effects()).not.toContain('whistle');
    await feedInputs(page, ticks('machine-shop.pass', 3299, 3301));
    expect((await probe(page))?.tick).toBeGreaterThanOrEqual(3300);
    expect(await effects()).toContain('whistle');
    // indoors: no beams, no crowd
    const b = await beds();
    expect([b['hum']?.level, b['crowd']?.level]).toEqual([0, 0]);
    // a pause holds the 2.5 s whistle; restarting from the pause menu ends it, not resumes it
    await page.keyboard.press('Escape');
    await waitForScene(page, 'pause');
    // (the whistle at least: a door or the tannoy may still be sounding beside it)
    const held = await ringing();
    expect(held.playing).toBe(0);
    expect(held.held).toBeGreaterThanOrEqual(1);
    await page.keyboard.press('r');
    await page.waitForFunction(
      () =>
        !(window as unknown as { westgate: { scenes: () => string[] } }).westgate.scenes().includes('pause'),
    );
    expect((await probe(page))?.tick).toBe(0);
    expect(await ringing()).toEqual({ playing: 0, held: 0 });
  });

  it('the guard tower: the riot far below, no searchlight overhead', async () => {
    await open('guard-tower');
    expect(await music()).toBe('break');
    await feedInputs(page, [[0, 30]]);
    await page.waitForFunction(
      () =>
        Math.abs(((window as unknown as AudioProbe).westgateAudio.ambience()['crowd']?.level ?? 0) - 0.2) <
        0.01,
    );
    const b = await beds();
    expect(b['crowd']?.playing).toBe(true);
    // on the ambience bus: 0.2 x (60 / 100)^2 at the default ambience volume
    expect(b['crowd']?.volume).toBeCloseTo(0.2 * 0.36, 2);
    expect(b['hum']?.level).toBe(0);
  });

  it('a hidden tab holds the beds and the music; back, the game waits paused, and resuming brings them back', async () => {
    await open('guard-tower');
    await feedInputs(page, [[0, 30]]);
    await bedReaches('crowd', 0.19);
    const visibility = (hidden: boolean) =>
      page.evaluate((h) => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    await visibility(true);
    await page.waitForFunction(() => {
      const a = (window as unknown as AudioProbe).westgateAudio;
      return a.music() === null && Object.values(a.ambience()).every((b) => !b.playing);
    });
    await visibility(false);
    // losing the tab paused the game: still silent in the pause menu, until Esc resumes it
    await waitForScene(page, 'pause');
    expect(Object.values(await beds()).every((b) => !b.playing)).toBe(true);
    await page.keyboard.press('Escape');
    await bedReaches('crowd', 0.19);
    await page.waitForFunction(() => (window as unknown as AudioProbe).westgateAudio.music() === 'break');
  });

  it('mute silences the beds: the crowd is wanted, and plays at nothing', async () => {
    await open('guard-tower', true);
    await feedInputs(page, [[0, 30]]);
    await bedReaches('crowd', 0.19);
    expect((await beds())['crowd']?.volume).toBe(0);
  });
});
