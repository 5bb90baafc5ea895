import { noteDevice } from '../input/device';
import { anyKeyHeld } from '../input/held';
import Phaser from 'phaser';
import { FOG, FONT, PAPER, WHITE } from './palette';

export interface MenuItem {
  /** fixed text, or a function read again on every redraw (for values that change) */
  label: string | (() => string);
  action: () => void;
  /** Left/Right on this item: change its value; the menu stays active and redraws */
  adjust?: (dir: -1 | 1) => void;
  /** the menu stays active after the action (toggles, sub-pages) */
  stay?: boolean;
}

/** Every menu alive now, for the browser tests' probe: which scenes have one that takes keys. */
const live = new Set<Menu>();

/** The keys of the scenes whose menu takes keys now (a test waits for this before pressing). */
export function activeMenuScenes(): string[] {
  return [...live].filter((m) => m.isActive).map((m) => m.sceneKey);
}

/**
 * A vertical keyboard menu: Up/Down or W/S to choose, Enter/Space/E to take, Left/Right or A/D to
 * change a value.
 */
export class Menu {
  private index = 0;
  private readonly texts: Phaser.GameObjects.BitmapText[];
  private readonly marker: Phaser.GameObjects.BitmapText;
  private active = false;
  /** called after every move, change or take (menu sounds) */
  onFeedback: ((kind: 'move' | 'take') => void) | null = null;
  /** the pad's B button while this menu is active (back, resume) */
  onBack: (() => void) | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    x: number,
    y: number,
    private readonly items: MenuItem[],
    lineHeight = 12,
  ) {
    this.texts = items.map((_it, i) =>
      scene.add
        .bitmapText(x + 10, y + i * lineHeight, FONT, '', 8)
        .setScrollFactor(0)
        .setDepth(1000),
    );
    this.marker = scene.add.bitmapText(x, y, FONT, '>', 8).setTint(WHITE).setScrollFactor(0).setDepth(1000);
    const kb = scene.input.keyboard;
    const move = (d: number) => {
      if (!this.active) return;
      this.index = (this.index + d + items.length) % items.length;
      this.onFeedback?.('move');
      this.draw();
    };
    kb?.on('keydown-UP', () => move(-1));
    kb?.on('keydown-W', () => move(-1));
    kb?.on('keydown-DOWN', () => move(1));
    kb?.on('keydown-S', () => move(1));
    const adjust = (d: -1 | 1) => {
      const item = this.items[this.index];
      if (!this.active || !item?.adjust) return;
      item.adjust(d);
      this.onFeedback?.('move');
      this.draw();
    };
    kb?.on('keydown-LEFT', () => adjust(-1));
    kb?.on('keydown-A', () => adjust(-1));
    kb?.on('keydown-RIGHT', () => adjust(1));
    kb?.on('keydown-D', () => adjust(1));
    const take = () => {
      const item = this.items[this.index];
      if (!this.active || !item) return;
      this.active = item.stay === true;
      this.onFeedback?.('take');
      item.action();
      this.draw();
    };
    kb?.on('keydown-ENTER', take);
    kb?.on('keydown-SPACE', take);
    kb?.on('keydown-E', take);
    // a standard-mapping pad: d-pad to choose and change, A to take, B for `onBack`
    const pads = scene.input.gamepad;
    const onPad = (_pad: Phaser.Input.Gamepad.Gamepad, button: Phaser.Input.Gamepad.Button) => {
      const i = button.index;
      noteDevice('pad');
      if (i === 12) move(-1);
      else if (i === 13) move(1);
      else if (i === 14) adjust(-1);
      else if (i === 15) adjust(1);
      else if (i === 0) take();
      else if (i === 1 && this.active) this.onBack?.();
    };
    pads?.on(Phaser.Input.Gamepad.Events.BUTTON_DOWN, onPad);
    live.add(this);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      live.delete(this);
      kb?.removeAllListeners();
      pads?.off(Phaser.Input.Gamepad.Events.BUTTON_DOWN, onPad);
    });
    this.draw();
  }

  focus(): void {
    this.active = true;
  }

  get isActive(): boolean {
    return this.active;
  }

  get sceneKey(): string {
    return this.scene.scene.key;
  }

  /** Puts the marker on item `i` (the default choice). */
  select(i: number): void {
    if (i >= 0 && i < this.items.length) this.index = i;
    this.draw();
  }

  /**
   * Takes keys once `frames` frames have passed and no key or pad button is down: a press (or a held
   * key) meant for the screen before does not act on this one.
   */
  focusAfterRelease(frames = 8): void {
    this.active = false;
    let wait = frames;
    const update = Phaser.Scenes.Events.UPDATE;
    const check = () => {
      if (wait > 0) wait--;
      const padHeld = this.scene.input.gamepad?.gamepads.some((p) => p?.buttons.some((b) => b.pressed));
      if (wait > 0 || anyKeyHeld() || padHeld) return;
      this.scene.events.off(update, check);
      this.focus();
    };
    this.scene.events.on(update, check);
    this.scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scene.events.off(update, check));
  }

  /** Stops reacting to keys (while a key is being captured, or another page is up). */
  blur(): void {
    this.active = false;
  }

  setVisible(v: boolean): void {
    for (const t of this.texts) t.setVisible(v);
    this.marker.setVisible(v);
  }

  /** Re-reads every label (after a value changed elsewhere). */
  draw(): void {
    this.texts.forEach((t, i) => {
      const item = this.items[i];
      if (item) t.setText(typeof item.label === 'string' ? item.label : item.label());
      t.setTint(i === this.index ? PAPER : FOG);
    });
    const t = this.texts[this.index];
    if (t) this.marker.setY(t.y);
  }
}
