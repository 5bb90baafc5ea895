import type { Page } from 'playwright-core';
import { IN_RIGHT } from '../../src/sim/input';

/*
 * In-page code is given as strings: tsx names inner functions with a helper that does not exist in
 * the page. Runtime.evaluate is not subject to the game's CSP, so strings are fine here.
 */

/** Notes, at each keydown, the simulation's tick and Phaser's frame number. */
const INSTRUMENT = `(() => {
  const lat = { keyTick: -1, keyFrame: -1 };
  window.__lat = lat;
  window.addEventListener('keydown', () => {
    const l = window.westgate.level();
    lat.keyTick = l ? l.tick : -1;
    lat.keyFrame = window.westgate.frame();
  });
})()`;

/**
 * Resolves with the ticks from the keydown to the first tick whose recorded input holds Right: the
 * replay's inputs are exactly what the simulation was given, tick by tick.
 */
const UNTIL_SEEN = `new Promise((resolve) => {
  const look = () => {
    const r = window.westgate.replay();
    let tick = 0;
    for (const [frame, count] of r ? r.inputs : []) {
      if (tick + count > window.__lat.keyTick && (frame & ${IN_RIGHT})) {
        resolve(Math.max(tick, window.__lat.keyTick) + 1 - window.__lat.keyTick);
        return;
      }
      tick += count;
    }
    requestAnimationFrame(look);
  };
  look();
})`;

/** Resolves with the frames from the keydown to the frame whose step restarted the level. */
const UNTIL_RESTARTED = `new Promise((resolve) => {
  const look = () => {
    const r = window.westgate.run();
    if (r && r.restartFrame >= window.__lat.keyFrame) resolve(r.restartFrame - window.__lat.keyFrame);
    else requestAnimationFrame(look);
  };
  look();
})`;

/**
 * Ticks from a key press to the simulation acting on it: the press is latched at the keydown and the
 * next tick that runs takes it, so the target is 1 (Joe has moved by the first tick after the press).
 */
async function keyToTick(page: Page): Promise<number> {
  await page.keyboard.down('ArrowRight');
  const ticks = (await page.evaluate(UNTIL_SEEN)) as number;
  await page.keyboard.up('ArrowRight');
  return ticks;
}

/** Frames from the restart key to the frame that restarts the level (target: 0, the same frame). */
async function restartToControl(page: Page): Promise<number> {
  await page.keyboard.down('ArrowLeft');
  await page.waitForTimeout(250);
  await page.keyboard.up('ArrowLeft');
  await page.keyboard.press('r');
  return (await page.evaluate(UNTIL_RESTARTED)) as number;
}

/** `samples` of each: ticks from a key to the simulation, frames from R to the level's start. */
export async function inputLatency(
  page: Page,
  samples: number,
): Promise<{ key: number[]; restart: number[] }> {
  await page.evaluate(INSTRUMENT);
  const key: number[] = [];
  const restart: number[] = [];
  for (let i = 0; i < samples; i++) {
    key.push(await keyToTick(page));
    await page.waitForTimeout(50);
    restart.push(await restartToControl(page));
    await page.waitForTimeout(50);
  }
  return { key, restart };
}
