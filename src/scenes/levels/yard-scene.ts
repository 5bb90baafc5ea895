import { LevelScene } from '../level-scene';

/** The yard. Drawing of its own goes in decorate() and drawExtra(). */
export class YardScene extends LevelScene {
  constructor() {
    super('yard');
  }
}
