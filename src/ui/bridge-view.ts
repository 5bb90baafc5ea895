import Phaser from 'phaser';
import type { BridgeData, LeverData } from '../maps/level-data';
import { LEVER_TICKS } from '../state/lever';
import type { LeverState } from '../state/types';
import { FOG, INK, LAMP, PAPER, SLATE, STONE } from './palette';
import { onContextRestored } from './baked-layer';

/** How far down a lever is, 0 (raised) to 1 (lowered). */
export function leverFraction(lever: Readonly<LeverState>): number {
  return lever.position === 'lowered' ? 1 : lever.progress / LEVER_TICKS;
}

/**
 * Draws bridges and their lever from the game state's lever: raised (a slab standing at its hinge),
 * lowering (the deck swinging out with the progress), lowered (the whole deck across). Any level with
 * a bridge object draws it this way, the yard's too.
 */
export class BridgeView {
  /** drawn into `baked` when the bridge moves, never to the screen itself */
  private readonly g: Phaser.GameObjects.Graphics;
  /**
   * The bridges and levers as last drawn, one image: a Graphics on screen would cut up its shapes
   * again every frame though the bridge moves only while the lever does.
   */
  private readonly baked: Phaser.GameObjects.RenderTexture | null;
  private readonly box: { x: number; y: number };
  /** what was drawn last (how far down, held): the bridge is redrawn only when it moves */
  private drawn = { k: -1, held: false };

  constructor(scene: Phaser.Scene, bridges: readonly BridgeData[], levers: readonly LeverData[]) {
    this.g = scene.make.graphics({}, false);
    // round the decks (their chains reach 3 px out) and the levers' tiles (the handle 8 px off centre)
    const rects = [
      ...bridges.map((b) => ({ x: b.rect.x - 4, y: b.rect.y - 4, w: b.rect.w + 8, h: b.rect.h + 8 })),
      ...levers.map((l) => ({ x: l.tx * 16 - 8, y: l.ty * 16 - 8, w: 32, h: 32 })),
    ];
    const x = Math.floor(Math.min(...rects.map((r) => r.x)));
    const y = Math.floor(Math.min(...rects.map((r) => r.y)));
    const w = Math.ceil(Math.max(...rects.map((r) => r.x + r.w))) - x;
    const h = Math.ceil(Math.max(...rects.map((r) => r.y + r.h))) - y;
    this.box = { x, y };
    this.baked = rects.length > 0 ? scene.add.renderTexture(x, y, w, h).setOrigin(0, 0).setDepth(3) : null;
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.g.destroy());
    // a lost WebGL context comes back with the picture blank: draw it again
    onContextRestored(scene, () => (this.drawn = { k: -1, held: false }));
  }

  draw(
    bridges: readonly BridgeData[],
    levers: readonly LeverData[],
    lever: Readonly<LeverState>,
    held: boolean,
  ): void {
    const k = leverFraction(lever);
    if (k === this.drawn.k && held === this.drawn.held) return;
    this.drawn = { k, held };
    const g = this.g;
    g.clear();
    for (const b of bridges) this.bridge(b, k);
    for (const l of levers) this.lever(l, k, held);
    this.baked?.clear().draw(g, -this.box.x, -this.box.y).render();
  }

  private bridge(b: BridgeData, k: number): void {
    const g = this.g;
    const { x, y, w, h } = b.rect;
    const across = b.hinge === 'left' || b.hinge === 'right';
    const full = across ? w : h;
    // the deck reaches out from its hinge as it comes down; a sliver stands at the hinge when raised
    const reach = Math.max(3, Math.round(full * k));
    const r =
      b.hinge === 'left'
        ? { x, y, w: reach, h }
        : b.hinge === 'right'
          ? { x: x + w - reach, y, w: reach, h }
          : b.hinge === 'up'
            ? { x, y, w, h: reach }
            : { x, y: y + h - reach, w, h: reach };
    g.fillStyle(INK, 0.6).fillRect(x, y, w, h);
    g.fillStyle(k >= 1 ? STONE : SLATE, 1).fillRect(r.x, r.y, r.w, r.h);
    // planks across the deck
    g.lineStyle(1, INK, 0.7);
    if (across) for (let px = r.x + 4; px < r.x + r.w; px += 5) g.lineBetween(px, r.y, px, r.y + r.h);
    else for (let py = r.y + 4; py < r.y + r.h; py += 5) g.lineBetween(r.x, py, r.x + r.w, py);
    g.lineStyle(1, FOG, 0.9).strokeRect(r.x + 0.5, r.y + 0.5, r.w - 1, r.h - 1);
    // the chains, from the hinge posts to the deck's far corners
    g.lineStyle(1, PAPER, 0.8);
    if (across) {
      const hx = b.hinge === 'left' ? x : x + w;
      const fx = b.hinge === 'left' ? r.x + r.w : r.x;
      g.lineBetween(hx, y - 3, fx, y + 1).lineBetween(hx, y + h + 3, fx, y + h - 1);
    } else {
      const hy = b.hinge === 'up' ? y : y + h;
      const fy = b.hinge === 'up' ? r.y + r.h : r.y;
      g.lineBetween(x - 3, hy, x + 1, fy).lineBetween(x + w + 3, hy, x + w - 1, fy);
    }
  }

  private lever(l: LeverData, k: number, held: boolean): void {
    const g = this.g;
    const cx = l.tx * 16 + 8;
    const cy = l.ty * 16 + 8;
    g.fillStyle(SLATE, 1).fillRect(cx - 5, cy - 6, 10, 12);
    g.lineStyle(1, FOG, 1).strokeRect(cx - 4.5, cy - 5.5, 9, 11);
    // the handle travels from the top of its slot to the bottom
    const hy = cy - 5 + Math.round(10 * k);
    g.lineStyle(2, held ? LAMP : PAPER, 1).lineBetween(cx, cy, cx - 6, hy);
    g.fillStyle(held ? LAMP : PAPER, 1).fillCircle(cx - 6, hy, 2);
  }
}
