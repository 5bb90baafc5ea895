import { INQUIRY_DIALOGUE } from '../../sim/incident';
import { InquiryCard } from '../../ui/inquiry-card';
import { LevelScene } from '../level-scene';

/** The machine shop: Munsey's inquiry is laid out as a card while he reads it. */
export class MachineShopScene extends LevelScene {
  private card: InquiryCard | null = null;

  constructor() {
    super('machine-shop');
  }

  protected override decorate(): void {
    this.card = new InquiryCard(this);
  }

  protected override drawExtra(): void {
    const sim = this.session.sim;
    const reading = sim.dialogue?.id === INQUIRY_DIALOGUE;
    this.card?.show(reading ? (sim.incident?.report ?? null) : null);
  }
}
