import { LevelScene } from '../level-scene';

/** The machine shop. Drawing of its own goes in decorate() and drawExtra(). */
export class MachineShopScene extends LevelScene {
  constructor() {
    super('machine-shop');
  }
}
