/**
 * Plays the guard tower through the keyboard, steering by the page probe: walk straight legs to tile
 * centres, wait for a tick (the guards keep the same hours whatever Joe does unseen), hold E at the
 * lever. The golden route guard-tower.source, played by hand.
 */
import type { Page } from 'playwright-core';
import { probe } from './harness';

export type Leg = { to: [number, number] } | { until: number } | { face: 'ArrowRight' } | { holdE: true };

/** The source route's legs (tiles), with the bot's waits as ticks to wait for. */
export const TOWER_LEGS: Leg[] = [
  { to: [14, 17] },
  { until: 530 },
  { to: [14, 0] },
  { until: 1070 },
  { to: [29, 0] },
  { to: [56, 18] },
  { to: [69, 18] },
  { to: [69, 10] },
  { face: 'ArrowRight' },
  { holdE: true },
];

const KEYS = { left: 'ArrowLeft', right: 'ArrowRight', up: 'ArrowUp', down: 'ArrowDown' } as const;

/** Walks along one axis to a tile's centre (or until the stairs take him elsewhere). */
async function walk(page: Page, tx: number, ty: number, deadline: number): Promise<void> {
  for (const axis of ['x', 'y'] as const) {
    const target = (axis === 'x' ? tx : ty) * 16 + 8;
    let held: string | null = null;
    for (;;) {
      const p = await probe(page);
      if (!p || p.outcome !== 'playing' || Date.now() > deadline) break;
      const here = p.joe[axis];
      const other = axis === 'x' ? p.joe.y : p.joe.x;
      // the stairs moved him to another floor: this leg is walked
      if (Math.abs(other - ((axis === 'x' ? ty : tx) * 16 + 8)) > 48 && axis === 'y') break;
      const d = target - here;
      const key =
        Math.abs(d) <= 2
          ? null
          : axis === 'x'
            ? d > 0
              ? KEYS.right
              : KEYS.left
            : d > 0
              ? KEYS.down
              : KEYS.up;
      if (key !== held) {
        if (held) await page.keyboard.up(held);
        if (key) await page.keyboard.down(key);
        held = key;
      }
      if (!key) break;
      await page.waitForTimeout(15);
    }
    if (held) await page.keyboard.up(held);
  }
}

/** Plays the legs; stops early if the level ends. */
export async function driveTower(page: Page, legs: Leg[] = TOWER_LEGS, budgetMs = 120_000): Promise<void> {
  const deadline = Date.now() + budgetMs;
  for (const leg of legs) {
    if ('to' in leg) await walk(page, leg.to[0], leg.to[1], deadline);
    else if ('until' in leg) {
      await page.waitForFunction(
        (t) => {
          const w = window as unknown as { westgate: { level: () => { tick: number } | null } };
          return (w.westgate.level()?.tick ?? 0) >= t;
        },
        leg.until,
        { timeout: 60_000 },
      );
    } else if ('face' in leg) {
      await page.keyboard.down(leg.face);
      await page.waitForTimeout(60);
      await page.keyboard.up(leg.face);
    } else {
      await page.keyboard.down('e');
      await page.waitForFunction(
        () => {
          const w = window as unknown as { westgate: { level: () => { outcome: string } | null } };
          return w.westgate.level()?.outcome !== 'playing';
        },
        undefined,
        { timeout: 60_000 },
      );
      await page.keyboard.up('e');
    }
  }
}
