import type Phaser from 'phaser';
import { INQUIRY_DIALOGUE } from '../../sim/incident';
import { InquiryCard } from '../../ui/inquiry-card';
import { FOG, PAPER } from '../../ui/palette';
import { LevelScene } from '../level-scene';

/**
 * The machine shop: Munsey's inquiry is laid out as a card while he reads it, and after the whistle
 * Wilson's place by his press is a sheet over a shape (never more).
 */
export class MachineShopScene extends LevelScene {
  private card: InquiryCard | null = null;
  private sheet: Phaser.GameObjects.Container | null = null;

  constructor() {
    super('machine-shop');
  }

  protected override decorate(): void {
    this.card = new InquiryCard(this);
    const victim = this.session.sim.level.incident?.who;
    const n = this.session.sim.level.npcs.find((p) => p.key === victim);
    if (!n) return;
    // a grey sheet lying on the floor, a little lighter where it rises
    const cloth = this.add.ellipse(0, 0, 18, 8, FOG, 0.95);
    const fold = this.add.ellipse(-3, -1, 8, 4, PAPER, 0.7);
    this.sheet = this.add
      .container(n.x, n.y + 2, [cloth, fold])
      .setDepth(10 + n.y / 1000)
      .setVisible(false);
  }

  protected override drawExtra(): void {
    const sim = this.session.sim;
    const reading = sim.dialogue?.id === INQUIRY_DIALOGUE;
    this.card?.show(reading ? (sim.incident?.report ?? null) : null);
    const dealt = sim.incident !== null && sim.incident.phase !== 'before';
    if (this.sheet && this.sheet.visible !== dealt) {
      this.sheet.setVisible(dealt);
      const i = sim.level.npcs.findIndex((p) => p.key === sim.level.incident?.who);
      this.levelView.npcSprite(i)?.setVisible(!dealt);
    }
  }
}
