import type Phaser from 'phaser';
import type { InquiryReport } from '../sim/inquiry';
import { DANGER, FONT, INK, PAPER, SLATE, VIEW_W, WHITE } from './palette';

const TOP = 40;
const LINE = 10;

/**
 * Munsey's inquiry as a card over the level while he reads it: the incident, each witness with his
 * minutes and his word, the gaps, the verdict and what it costs. Fixed to the screen; no rules.
 */
export class InquiryCard {
  private readonly bg: Phaser.GameObjects.Rectangle;
  private readonly title: Phaser.GameObjects.BitmapText;
  private readonly body: Phaser.GameObjects.BitmapText;
  private readonly verdict: Phaser.GameObjects.BitmapText;
  private shown: InquiryReport | null = null;

  constructor(scene: Phaser.Scene) {
    this.bg = scene.add
      .rectangle(24, TOP, VIEW_W - 48, 0, INK, 0.94)
      .setOrigin(0)
      .setStrokeStyle(1, SLATE);
    this.title = scene.add
      .bitmapText(VIEW_W / 2, TOP + 6, FONT, '', 8)
      .setOrigin(0.5, 0)
      .setTint(WHITE);
    this.body = scene.add.bitmapText(34, TOP + 30, FONT, '', 8).setTint(PAPER);
    this.verdict = scene.add.bitmapText(VIEW_W / 2, 0, FONT, '', 8).setOrigin(0.5, 0);
    for (const o of [this.bg, this.title, this.body, this.verdict]) o.setScrollFactor(0).setDepth(900);
    this.show(null);
  }

  /** Shows the report (null hides the card); lays it out only when it changes. */
  show(report: InquiryReport | null): void {
    const visible = report !== null;
    for (const o of [this.bg, this.title, this.body, this.verdict]) o.setVisible(visible);
    if (!report || report === this.shown) return;
    this.shown = report;
    this.title.setText(`CAPT. MUNSEY'S INQUIRY\n${report.title}`).setCenterAlign();
    this.body.setText(report.rows.join('\n'));
    const y = TOP + 36 + Math.max(1, report.rows.length) * LINE;
    const broken = report.verdict.endsWith('BROKEN');
    this.verdict
      .setText(`${report.verdict}   ${report.heat}`)
      .setY(y)
      .setTint(broken ? DANGER : PAPER);
    this.bg.setSize(VIEW_W - 48, y + LINE + 8 - TOP);
  }
}
