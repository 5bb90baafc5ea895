import { TowerView } from '../../ui/tower-view';
import { LevelScene } from '../level-scene';

/** The guard tower and the bridge lever: the bridge, its lever and Gallagher are drawn here. */
export class GuardTowerScene extends LevelScene {
  private tower: TowerView | null = null;

  constructor() {
    super('guard-tower');
  }

  protected override decorate(): void {
    this.tower = new TowerView(this, this.session.sim);
  }

  protected override drawExtra(time: number): void {
    this.tower?.draw(this.session.sim, time);
  }
}
