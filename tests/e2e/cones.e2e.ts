import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { defaultSettings, SETTINGS_VERSION } from '../../src/settings/schema';
import { readRepoFile } from '../../src/cli/node-files';
import { loadMap } from '../../src/maps';
import type { ConeLook } from '../../src/ui/cone-view';
import { DANGER, PAPER, VIEW_H, VIEW_W, WHITE } from '../../src/ui/palette';
import { feedInputs, frames, goldenStart, probe, usePage, waitForLevel, waitForScene } from './harness';

let page: Page;

const server = usePage((p) => (page = p));

/** What the probe's `cones()` gives: each cone as drawn. */
type Cone = ConeLook;
interface View {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The cones as drawn, the guards as simulated, and what the camera shows (level pixels). */
async function probeCones(): Promise<{
  cones: Cone[];
  guards: { x: number; y: number; active: boolean; alert: string; drawn: boolean }[];
  camera: View;
}> {
  const cones = await page.evaluate(() =>
    (window as unknown as { westgate: { cones: () => Cone[] } }).westgate.cones(),
  );
  const level = await probe(page);
  const mid = level?.camera ?? { x: 0, y: 0 };
  const camera = { x: mid.x - VIEW_W / 2, y: mid.y - VIEW_H / 2, w: VIEW_W, h: VIEW_H };
  return { cones, guards: level?.guards ?? [], camera };
}

/** The cones once the camera's follow has caught up (moved under a quarter pixel in a frame). */
async function settledCones(): Promise<Awaited<ReturnType<typeof probeCones>>> {
  let last = await probeCones();
  for (let i = 0; i < 60; i++) {
    await frames(page);
    const now = await probeCones();
    if (Math.abs(now.camera.x - last.camera.x) < 0.25 && Math.abs(now.camera.y - last.camera.y) < 0.25)
      return now;
    last = now;
  }
  throw new Error('the camera never settled');
}

/**
 * Whose cone can reach into the view, by the rule the view draws cones by: a guard on duty whose eye
 * is no further outside the camera's view than his vision range and 64 px.
 */
async function reaching(
  level: string,
  p: Awaited<ReturnType<typeof probeCones>>,
  onDutyOnly = true,
): Promise<boolean[]> {
  const loaded = await loadMap(`maps/${level}.tmj`, readRepoFile);
  if (!loaded.ok) throw new Error(`${level}.tmj does not load`);
  const ranges = loaded.map.level.guards.map((g) => g.visionRange * 16);
  return p.guards.map((g, i) => {
    const r = (ranges[i] ?? 0) + 64;
    const { x, y, w, h } = p.camera;
    return (g.active || !onDutyOnly) && g.x + r > x && g.x - r < x + w && g.y + r > y && g.y - r < y + h;
  });
}

/**
 * Whose sprite is drawn: a guard on duty within 64 px of the view (`active` is also false for a guard
 * thrown off at the lever, who is drawn: none is, in the tower's first 800 ticks).
 */
function nearView(p: Awaited<ReturnType<typeof probeCones>>): boolean[] {
  const { x, y, w, h } = p.camera;
  return p.guards.map(
    (g) => g.active && g.x > x - 64 && g.x < x + w + 64 && g.y > y - 64 && g.y < y + h + 64,
  );
}

/** The mean brightness (0-255) of a 9 x 9 patch of the canvas round a level point. */
async function brightnessAt(p: { x: number; y: number }, camera: View): Promise<number> {
  const png = PNG.sync.read(await page.locator('canvas').screenshot());
  const scale = png.width / VIEW_W;
  const cx = Math.round((p.x - camera.x) * scale);
  const cy = Math.round((p.y - camera.y) * scale);
  let sum = 0;
  let n = 0;
  for (let y = cy - 4; y <= cy + 4; y++)
    for (let x = cx - 4; x <= cx + 4; x++) {
      const i = (y * png.width + x) * 4;
      sum += ((png.data[i] ?? 0) + (png.data[i + 1] ?? 0) + (png.data[i + 2] ?? 0)) / 3;
      n++;
    }
  return sum / n;
}

/** The cell block at its first tick, held there (?manualstep=1): the same frame on every load. */
async function openCell(): Promise<void> {
  await page.goto(`${server.url}?level=cell&manualstep=1`);
  await waitForLevel(page);
  await frames(page);
}

describe('vision cones in Chromium', () => {
  it("each guard's cone is drawn from his eye, and high contrast fills it denser and rims it white", async () => {
    await openCell();
    const normal = await probeCones();
    expect(normal.cones.length).toBe(4);
    // the cell's start reaches three of its four guards' cones: only those are drawn
    const near = await reaching('cell', normal);
    expect(near).toEqual([true, true, false, true]);
    const drawn = normal.cones.filter((_, i) => near[i]);
    expect(normal.cones.map((c) => c.fill.shown)).toEqual(near);
    // each cone's eye is its guard, where the simulation has him (to the whole pixel his sprite is drawn at)
    expect(drawn.map((c) => c.eye)).toEqual(
      normal.guards.filter((_, i) => near[i]).map((g) => ({ x: Math.round(g.x), y: Math.round(g.y) })),
    );
    for (const c of drawn) {
      expect(c.fill).toMatchObject({ shown: true, colour: PAPER, quads: Math.ceil((c.ends - 1) / 2) });
      expect(c.fill.alpha).toBeCloseTo(0.1, 5);
      expect(c.edge).toMatchObject({ shown: true, colour: PAPER, quads: c.ends + 1 });
      expect(c.edge.alpha).toBeCloseTo(0.2, 5);
      // walls clip the rays: ends along one wall are one straight edge, so fewer than 21 are kept
      expect(c.ends).toBeGreaterThanOrEqual(2);
      expect(c.ends).toBeLessThanOrEqual(21);
    }
    // a cone in view: its floor is lighter with high contrast (the fill's alpha 0.1 -> 0.22)
    const { camera } = normal;
    const seen = normal.cones.findIndex(
      (c) =>
        c.inside.x > camera.x + 8 &&
        c.inside.x < camera.x + camera.w - 8 &&
        c.inside.y > camera.y + 44 &&
        c.inside.y < camera.y + camera.h - 8,
    );
    expect(seen).toBeGreaterThanOrEqual(0);
    const cone = normal.cones[seen] as Cone;
    const before = await brightnessAt(cone.inside, camera);

    await page.evaluate(
      ([key, version]) =>
        window.localStorage.setItem(key as string, JSON.stringify({ version, highContrastCones: true })),
      ['westgate.settings', SETTINGS_VERSION],
    );
    await openCell();
    const strong = await probeCones();
    expect(strong.camera).toEqual(camera);
    for (const c of strong.cones.filter((_, i) => near[i])) {
      expect(c.fill.alpha).toBeCloseTo(0.22, 5);
      expect(c.edge).toMatchObject({ colour: WHITE });
      expect(c.edge.alpha).toBeCloseTo(0.9, 5);
    }
    expect(strong.cones[seen]?.eye).toEqual(cone.eye);
    const after = await brightnessAt(cone.inside, camera);
    expect(after - before).toBeGreaterThan(6);
  });

  it('a guard off duty casts no cone: the yard at its start, two of its five guards not yet out', async () => {
    await page.goto(`${server.url}?level=yard&manualstep=1`);
    await waitForLevel(page);
    await frames(page);
    const yard = await probeCones();
    const { cones, guards } = yard;
    expect(guards.map((g) => g.active)).toEqual([true, true, true, false, false]);
    // cones near enough the view to be seen, on duty or not: the guards not yet out are among them
    const near = await reaching('yard', yard, false);
    expect(near.filter((n, i) => n && !guards[i]?.active).length).toBeGreaterThan(0);
    const shown = guards.map((g, i) => g.active && near[i]);
    expect(shown.some(Boolean)).toBe(true);
    expect(cones.map((c) => c.fill.shown)).toEqual(shown);
    expect(cones.map((c) => c.edge.shown)).toEqual(shown);
  });

  it('a cone that cannot reach into the view, or a guard far from it, is not drawn; each is drawn where he stands once near', async () => {
    await page.goto(`${server.url}?level=guard-tower&manualstep=1`);
    await waitForLevel(page);
    const start = await settledCones();
    const near = await reaching('guard-tower', start);
    expect(near.filter(Boolean).length).toBeGreaterThan(0);
    expect(near.filter((n) => !n).length).toBeGreaterThan(0);
    expect(start.cones.map((c) => c.fill.shown)).toEqual(near);
    expect(start.cones.map((c) => c.edge.shown)).toEqual(near);
    // so with the guards themselves: the far ones are not drawn
    expect(start.guards.map((g) => g.drawn)).toEqual(nearView(start));
    expect(start.guards.filter((g) => !g.drawn).length).toBeGreaterThan(0);

    // Joe climbs the tower (the golden run's first ticks): the view moves on to guards it had not reached
    await feedInputs(page, goldenStart('guard-tower.expected', 800));
    const later = await settledCones();
    const nearLater = await reaching('guard-tower', later);
    expect(nearLater.some((n, i) => n && !near[i])).toBe(true);
    expect(later.cones.map((c) => c.fill.shown)).toEqual(nearLater);
    expect(later.guards.map((g) => g.drawn)).toEqual(nearView(later));
    // each cone shown is drawn from where its guard stands now, not where he stood when last drawn
    later.cones.forEach((c, i) => {
      const g = later.guards[i];
      if (c.fill.shown && g) expect(c.eye).toEqual({ x: Math.round(g.x), y: Math.round(g.y) });
    });
  });

  it('colour-blind safe: the cone of a guard who has seen Joe is red and ruled with spokes', async () => {
    await page.goto(server.url);
    await waitForScene(page, 'title');
    const prefs = JSON.stringify({ ...defaultSettings(), colourBlindSafe: true });
    await page.evaluate((s) => localStorage.setItem('westgate.settings', s), prefs);
    await page.goto(`${server.url}?level=guard-tower&manualstep=1`);
    await waitForLevel(page);
    // the golden run caught in the tower: a guard has seen Joe from tick 145 (caught at 235)
    await feedInputs(page, goldenStart('guard-tower.caught', 150));
    await frames(page);
    const { cones, guards } = await probeCones();
    const alerted = guards.findIndex((g) => g.alert === 'alerted');
    expect(alerted).toBeGreaterThanOrEqual(0);
    const cone = cones[alerted] as Cone;
    expect(cone.fill).toMatchObject({ shown: true, colour: DANGER });
    expect(cone.fill.alpha).toBeCloseTo(0.2, 5);
    // every third of the 21 rays, eye to end
    expect(cone.spokes).toMatchObject({ shown: true, colour: WHITE, quads: 7 });
    guards.forEach((g, i) => {
      if (g.alert !== 'alerted') expect(cones[i]?.spokes.shown).toBe(false);
    });
  });
});
