import type Phaser from 'phaser';
import type { LevelSim } from '../sim/level-sim';
import { SUB } from '../sim/units';
import { LEVER_TICKS } from '../state/lever';
import { hintLine } from '../input/device';
import { actorFrame, npcRow, showFrame } from './actor-sprites';
import { followDevice } from './follow-device';
import { BridgeView } from './bridge-view';
import { FOG, FONT, INK, PAPER } from './palette';
import { standAt } from './depth';

/** The tower's own drawing: the bridge and its lever, allies on their stair, the lever's progress. */
export class TowerView {
  private readonly bridge: BridgeView;
  private readonly allies: Phaser.GameObjects.Image[];
  private readonly prompt: Phaser.GameObjects.BitmapText;
  private readonly bar: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene, sim: LevelSim) {
    this.bridge = new BridgeView(scene, sim.level.bridges, sim.level.levers);
    this.allies = sim.level.allies.map((a) =>
      scene.add
        .image(a.x, a.y, 'actors', actorFrame(npcRow('inmate', a.key), a.facing, 0))
        .setOrigin(0.5, 13 / 16)
        .setVisible(false),
    );
    this.prompt = scene.add
      .bitmapText(0, 0, FONT, 'hold E', 8)
      .setOrigin(0.5, 1)
      .setTint(PAPER)
      .setDepth(800);
    this.bar = scene.add.graphics().setDepth(800);
    // "hold E" on the keyboard (the player's own key), "hold A" on a pad
    followDevice(scene, this.prompt, () => `hold ${hintLine(scene.game, [['interact', '']]).trim()}`);
  }

  draw(sim: LevelSim, time: number): void {
    const lever = sim.state.lever;
    this.bridge.draw(sim.level.bridges, sim.level.levers, lever, sim.tower.holding);
    sim.level.allies.forEach((data, i) => {
      const a = sim.tower.allies[i];
      const s = this.allies[i];
      if (!a || !s) return;
      // before his hour he is on the other stair, out of sight
      s.setVisible(sim.tick >= data.startTick);
      s.setPosition(a.x / SUB, a.y / SUB);
      standAt(s, a.y / SUB);
      showFrame(s, actorFrame(npcRow('inmate', data.key), a.facing, a.moving ? Math.floor(time / 180) : 0));
    });
    const l = sim.level.levers[0];
    this.bar.clear();
    // an empty Graphics still breaks the sprite batch: shown only while the lever is going down
    this.bar.setVisible(l !== undefined && lever.position === 'lowering');
    if (!l) return;
    const reach = sim.outcome === 'playing' && !sim.tower.holding && sim.tower.leverInReach(sim.joe) !== null;
    this.prompt.setPosition(l.tx * 16 + 8, l.ty * 16 - 10).setVisible(reach);
    if (lever.position !== 'lowering') return;
    // how far down: a bar under the lever, so the spring-back and a grab are seen, not guessed
    const x = l.tx * 16 - 8;
    const y = l.ty * 16 + 19;
    this.bar.fillStyle(INK, 0.8).fillRect(x - 1, y - 1, 34, 5);
    this.bar
      .fillStyle(sim.tower.holding ? PAPER : FOG, 1)
      .fillRect(x, y, Math.round((32 * lever.progress) / LEVER_TICKS), 3);
  }
}
