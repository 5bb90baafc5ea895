import { LevelScene } from '../level-scene';
import { CellScene } from './cell-scene';
import { GuardTowerScene } from './guard-tower-scene';
import { MachineShopScene } from './machine-shop-scene';
import { ANY_LEVEL } from './registry';
import { YardScene } from './yard-scene';

/** Plays any map that has no scene of its own: custom maps, levels in the making. */
class AnyLevelScene extends LevelScene {
  constructor() {
    super(ANY_LEVEL);
  }
}

/** Every level scene, for the game config (keys in registry.ts). */
export const LEVEL_SCENES = [CellScene, MachineShopScene, YardScene, GuardTowerScene, AnyLevelScene];
