import { LevelScene } from '../level-scene';

/** The guard tower and the bridge lever. Drawing of its own goes in decorate() and drawExtra(). */
export class GuardTowerScene extends LevelScene {
  constructor() {
    super('guard-tower');
  }
}
