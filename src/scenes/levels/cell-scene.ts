import { LevelScene } from '../level-scene';

/** The cell block R17: the rain on the windows is drawn by the shared view. Drawing of its own goes in decorate() and drawExtra(). */
export class CellScene extends LevelScene {
  constructor() {
    super('cell');
  }
}
