/**
 * A standard-mapping gamepad of our own for browser tests: headless Chromium has none. Installed
 * before the page loads; it connects when told, and its buttons are pressed by index (0 A, 1 B,
 * 12-15 the d-pad). Its timestamp moves on as it is read: Phaser ignores a pad state older than its
 * own record of the pad.
 */
import type { Page } from 'playwright-core';

type PadWindow = {
  __pad: {
    polls: number;
    connect: () => void;
    pad: { buttons: { pressed: boolean; value: number }[] };
  };
};

export const PAD_BUTTON = { A: 0, B: 1, UP: 12, DOWN: 13, LEFT: 14, RIGHT: 15 } as const;

export async function installStandInPad(page: Page): Promise<void> {
  await page.addInitScript(`(() => {
    const buttons = Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 }));
    const pad = { id: 'test pad (STANDARD GAMEPAD)', index: 0, connected: true, mapping: 'standard',
      get timestamp() { return performance.now(); }, axes: [0, 0, 0, 0], buttons };
    let on = false;
    window.__pad = { polls: 0, pad };
    navigator.getGamepads = () => { window.__pad.polls++; return on ? [pad, null, null, null] : [null, null, null, null]; };
    window.__pad.connect = () => {
      on = true;
      const e = new Event('gamepadconnected');
      e.gamepad = pad;
      window.dispatchEvent(e);
    };
  })()`);
}

/** How many times the page has asked for its pads. */
export function padPolls(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as PadWindow).__pad.polls);
}

/** The pad says hello, as a real one does at its first press. */
export function connectPad(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as PadWindow).__pad.connect());
}

/** Holds a button down or lets it go. */
export function setPadButton(page: Page, index: number, down: boolean): Promise<void> {
  return page.evaluate(
    ([i, d]) => {
      const b = (window as unknown as PadWindow).__pad.pad.buttons[i as number];
      if (b) Object.assign(b, { pressed: d, value: d ? 1 : 0 });
    },
    [index, down] as const,
  );
}

/** A press as a player makes it: down for a few frames, then up. */
export async function tapPad(page: Page, index: number): Promise<void> {
  await setPadButton(page, index, true);
  await page.waitForTimeout(120);
  await setPadButton(page, index, false);
  await page.waitForTimeout(120);
}
