import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/schema';
import {
  feedInputs,
  frames,
  goldenStart,
  hold as holdIn,
  probe,
  scenes,
  usePage,
  waitForScene as waitForSceneIn,
  waitForLevel,
} from './harness';
import { connectPad, installStandInPad, PAD_BUTTON, padPolls, setPadButton, tapPad } from './stand-in-pad';

let page: Page;

const server = usePage((p) => (page = p));

const waitForScene = (key: string) => waitForSceneIn(page, key);

const hold = (key: string, ms: number) => holdIn(page, key, ms);

describe('the game in Chromium, from the production build on a sub-path', () => {
  it('boots to the title screen, and its canvas is not blank', async () => {
    await page.goto(server.url);
    await waitForScene('title');
    const shot = await page.locator('canvas').screenshot();
    // A blank canvas compresses to almost nothing; the title art does not.
    expect(shot.length).toBeGreaterThan(20_000);
  });

  it('starts a new game into cell block R17 and Joe walks where the keys say', async () => {
    await page.goto(server.url);
    await waitForScene('title');
    await page.keyboard.press('Enter');
    await waitForScene('cell');
    await waitForLevel(page);
    const start = await probe(page);
    expect(start?.id).toBe('cell');
    expect(start?.joe).toEqual({ x: 104, y: 72, facing: 'down' });
    await hold('ArrowLeft', 400);
    const moved = await probe(page);
    expect(moved?.joe.x).toBeLessThan(104);
    expect(moved?.joe.y).toBe(72);
    expect(moved?.joe.facing).toBe('left');
    expect(moved?.tick).toBeGreaterThan(start?.tick ?? 0);
  });

  it('pauses on Esc: no ticks run until it resumes', async () => {
    await page.goto(`${server.url}?level=cell`);
    await waitForLevel(page);
    await hold('ArrowRight', 200); // the level's clock starts on the first input
    await page.keyboard.press('Escape');
    await waitForScene('pause');
    const a = await probe(page);
    await page.waitForTimeout(300);
    const b = await probe(page);
    expect(a?.tick).toBeGreaterThan(0);
    expect(b?.tick).toBe(a?.tick);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => {
      const w = window as unknown as { westgate: { scenes: () => string[] } };
      return !w.westgate.scenes().includes('pause');
    });
    await hold('ArrowLeft', 200);
    const c = await probe(page);
    expect(c?.tick).toBeGreaterThan(b?.tick ?? 0);
  });

  it('polls no pad until one connects; then its d-pad walks Joe', async () => {
    await installStandInPad(page);
    await page.goto(`${server.url}?level=cell`);
    await waitForLevel(page);
    const before = await padPolls(page);
    await page.waitForTimeout(300);
    expect(await padPolls(page)).toBe(before);
    const start = await probe(page);
    await connectPad(page);
    await setPadButton(page, PAD_BUTTON.LEFT, true);
    await page.waitForTimeout(300);
    await setPadButton(page, PAD_BUTTON.LEFT, false);
    expect(await padPolls(page)).toBeGreaterThan(before);
    const moved = await probe(page);
    expect(moved?.joe.x).toBeLessThan(start?.joe.x ?? 0);
    expect(moved?.joe.facing).toBe('left');
  });

  it('a pad alone works the menus: from the title into the level select and into a level', async () => {
    await installStandInPad(page);
    await page.goto(server.url);
    await waitForScene('title');
    await connectPad(page);
    // main page: New game, Level select..., ... (no save): down to the level select, A, A on the first
    const menu = await page.evaluate(() =>
      (window as unknown as { westgate: { texts: () => { text: string }[] } }).westgate
        .texts()
        .map((t) => t.text),
    );
    expect(menu).toEqual(expect.arrayContaining(['New game', 'Level select…']));
    await tapPad(page, PAD_BUTTON.DOWN);
    await tapPad(page, PAD_BUTTON.A);
    await tapPad(page, PAD_BUTTON.A);
    await waitForLevel(page);
    expect((await probe(page))?.id).toBe('cell');
  });

  it('a pad button held as a menu comes back presses nothing there: B out of the settings leaves the pause menu up', async () => {
    await installStandInPad(page);
    await page.goto(`${server.url}?level=cell`);
    await waitForLevel(page);
    await connectPad(page);
    await page.keyboard.press('Escape');
    await waitForScene('pause');
    // Resume, Restart level, Settings: down twice and A
    await tapPad(page, PAD_BUTTON.DOWN);
    await tapPad(page, PAD_BUTTON.DOWN);
    await tapPad(page, PAD_BUTTON.A);
    await waitForScene('settings');
    await page.waitForTimeout(300);
    // B closes the settings on its way down; still held as the pause menu resumes, it must not resume the game too
    await setPadButton(page, PAD_BUTTON.B, true);
    await page.waitForFunction(
      () =>
        !(window as unknown as { westgate: { scenes: () => string[] } }).westgate
          .scenes()
          .includes('settings'),
    );
    await page.waitForTimeout(300);
    await setPadButton(page, PAD_BUTTON.B, false);
    await page.waitForTimeout(200);
    expect(await scenes(page)).toContain('pause');
    // a fresh press of B does resume
    await tapPad(page, PAD_BUTTON.B);
    await page.waitForFunction(
      () =>
        !(window as unknown as { westgate: { scenes: () => string[] } }).westgate.scenes().includes('pause'),
    );
  });

  it('restarts the level with R: back at the start, tick 0', async () => {
    await page.goto(`${server.url}?level=cell`);
    await waitForLevel(page);
    await hold('ArrowRight', 300);
    await page.keyboard.press('r');
    const p = await probe(page);
    expect(p?.joe).toEqual({ x: 104, y: 72, facing: 'down' });
    expect(p?.tick).toBeLessThan(5);
  });

  /** The cell block with dialogue shown at once, the walkway run played up to `ticks`. */
  async function walkwayTo(ticks: number): Promise<void> {
    await page.goto(server.url);
    await waitForScene('title');
    const instant = JSON.stringify({ ...defaultSettings(), dialogueSpeed: 'instant' });
    await page.evaluate((s) => localStorage.setItem('westgate.settings', s), instant);
    await page.goto(`${server.url}?level=cell&manualstep=1`);
    await waitForLevel(page);
    await feedInputs(page, goldenStart('cell.walkway', ticks));
  }

  /** The camera's centre once its easing has settled. */
  async function settled(): Promise<{ x: number; y: number }> {
    for (let i = 0; i < 40; i++) await frames(page);
    const p = await probe(page);
    return { x: Math.round(p?.camera.x ?? 0), y: Math.round(p?.camera.y ?? 0) };
  }

  it('the welcome in R17: the camera turns to Soldier while he speaks, and back to Joe after', async () => {
    // the tick Joe steps into the cell block and Soldier greets him
    await walkwayTo(876);
    expect((await probe(page))?.joe).toEqual({ x: 552, y: 255, facing: 'up' });
    // Soldier (536, 136) is 119 px over Joe: framed under the HUD and the caption, the box below
    expect(await settled()).toEqual({ x: 544, y: 181 });
    await feedInputs(page, [[16, 1]]); // his second line
    expect(await settled()).toEqual({ x: 544, y: 181 });
    await feedInputs(page, [
      [0, 1],
      [16, 1],
    ]); // Joe answers: the camera stays where it is
    expect(await settled()).toEqual({ x: 544, y: 181 });
    await feedInputs(page, [[64, 1]]); // X: the dialogue is over, the camera goes back to Joe
    expect(await settled()).toEqual({ x: 552, y: 255 });
  });

  it("the attorney at the visiting room's far wall: past the level's edge while he speaks, inside it again after", async () => {
    await walkwayTo(1347);
    expect((await probe(page))?.joe).toEqual({ x: 296, y: 380, facing: 'down' });
    // Kearny (296, 408) stands where the box would hide him: the view goes 54 px past the level's
    // bottom (448): behind the box, and the 6 px margin under it
    expect(await settled()).toEqual({ x: 296, y: 394 });
    await feedInputs(page, [[64, 1]]);
    // back inside the level's own bounds: its bottom edge is the view's bottom again
    expect(await settled()).toEqual({ x: 296, y: 340 });
  });

  it('a restart while the attorney speaks puts the view back on Joe at once, inside the level', async () => {
    await walkwayTo(1347);
    expect(await settled()).toEqual({ x: 296, y: 394 });
    await page.keyboard.press('r');
    await frames(page);
    const p = await probe(page);
    expect(p?.tick).toBe(0);
    const now = { x: Math.round(p?.camera.x ?? 0), y: Math.round(p?.camera.y ?? 0) };
    // where it rests once nothing moves: no glide back from past the level's edge
    expect(await settled()).toEqual(now);
    expect(now.y).toBeLessThanOrEqual(448 - 108);
  });

  it('names an unknown level instead of showing a blank canvas, and Esc leads on to the title', async () => {
    await page.goto(`${server.url}?level=nowhere`);
    await page.waitForSelector('#westgate-error');
    const text = await page.locator('#westgate-error').innerText();
    expect(text).toContain('NO SUCH LEVEL');
    expect(text).toContain('level "nowhere"');
    expect(text).toContain('Its levels: cell, machine-shop, yard, guard-tower');
    expect(text).toContain('Press Esc or Enter (or a pad button) for the title screen.');
    expect(await scenes(page)).toContain('error');
    await page.keyboard.press('Escape');
    await waitForScene('title');
    expect(await page.locator('#westgate-error').count()).toBe(0);
  });
});

describe('determinism across engines', () => {
  it('Chromium re-simulates each golden replay to the same hash as Node', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    await page.goto(server.url);
    await waitForScene('title');
    const files = readdirSync('tests/golden').filter((f) => f.endsWith('.replay.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(`tests/golden/${f}`, 'utf8');
      const claimed = (JSON.parse(text) as { result: { hash: string; ticks: number } }).result;
      const verdict = await page.evaluate(
        (t) => (window as unknown as { westgate: { verify: (s: string) => unknown } }).westgate.verify(t),
        text,
      );
      expect(verdict).toMatchObject({ ok: true, ticks: claimed.ticks, hash: claimed.hash });
    }
  });
});
