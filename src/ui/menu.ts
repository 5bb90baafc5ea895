import { noteDevice } from '../input/device';
import { anyKeyHeld } from '../input/held';
import Phaser from 'phaser';
import { FOG, FONT, PAPER, VIEW_W, WHITE } from './palette';
import { largeText, TEXT_PX } from './text-size';

export interface MenuItem {
  /** fixed text, or a function read again on every redraw (for values that change) */
  label: string | (() => string);
  action: () => void;
  /** Left/Right on this item: change its value; the menu stays active and redraws */
  adjust?: (dir: -1 | 1) => void;
  /** the menu stays active after the action (toggles, sub-pages) */
  stay?: boolean;
}

/** Where a menu stands: its marker's column, the first row's top, the rows' pitch. */
export interface MenuLayout {
  x: number;
  y: number;
  lineHeight: number;
  /** the most rows shown at once (default: all); past it the list scrolls with the marker */
  rows?: number;
}

/** Every menu alive now, for the browser tests' probe: which scenes have one that takes keys. */
const live = new Set<Menu>();

/** The keys of the scenes whose menu takes keys now (a test waits for this before pressing). */
export function activeMenuScenes(): string[] {
  return [...live].filter((m) => m.isActive).map((m) => m.sceneKey);
}

/**
 * A vertical menu: Up/Down or W/S to choose, Enter/Space/E to take, Left/Right or A/D to change a
 * value; the pad's d-pad, A and B; the mouse (point to choose, click to take, the wheel to move). With large text (a setting) it takes its `large` layout at twice the size, read
 * again on every redraw, so a change in the settings shows the next time it is drawn.
 */
export class Menu {
  private index = 0;
  private readonly texts: Phaser.GameObjects.BitmapText[];
  private readonly marker: Phaser.GameObjects.BitmapText;
  /** "more above" and "more below", when the list scrolls */
  private readonly more: [Phaser.GameObjects.BitmapText, Phaser.GameObjects.BitmapText];
  private readonly normal: MenuLayout;
  private readonly large: MenuLayout;
  private layout: MenuLayout | null = null;
  /** the first row shown */
  private top = 0;
  private shown = true;
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
    large?: MenuLayout,
  ) {
    this.normal = { x, y, lineHeight };
    this.large = large ?? { x, y, lineHeight: 18 };
    const text = (s: string) => scene.add.bitmapText(x, y, FONT, s, 8).setScrollFactor(0).setDepth(1000);
    this.texts = items.map(() => text(''));
    this.marker = text('>').setTint(WHITE);
    this.more = [text('↑').setTint(FOG).setOrigin(1, 0), text('↓').setTint(FOG).setOrigin(1, 0)];
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
    // the mouse: pointing at a row chooses it, a click takes it, the wheel moves the marker
    this.texts.forEach((t, i) => {
      t.setInteractive({
        hitArea: new Phaser.Geom.Rectangle(0, 0, 1, 1),
        hitAreaCallback: Phaser.Geom.Rectangle.Contains,
        useHandCursor: true,
      });
      t.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => {
        if (!this.active || this.index === i) return;
        this.index = i;
        this.onFeedback?.('move');
        this.draw();
      });
      t.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, () => {
        if (!this.active) return;
        this.index = i;
        take();
      });
    });
    const onWheel = (_p: unknown, _over: unknown, _dx: number, dy: number) => {
      if (dy !== 0) move(dy > 0 ? 1 : -1);
    };
    scene.input.on(Phaser.Input.Events.POINTER_WHEEL, onWheel);
    live.add(this);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      live.delete(this);
      kb?.removeAllListeners();
      pads?.off(Phaser.Input.Gamepad.Events.BUTTON_DOWN, onPad);
      scene.input.off(Phaser.Input.Events.POINTER_WHEEL, onWheel);
    });
    this.draw();
  }

  /** Takes keys; redrawn first, so a text size changed meanwhile (in the settings) shows. */
  focus(): void {
    this.active = true;
    this.draw();
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
    this.shown = v;
    this.place();
  }

  /** Re-reads every label (after a value changed elsewhere) and the text size. */
  draw(): void {
    const layout = largeText(this.scene.game) ? this.large : this.normal;
    if (layout !== this.layout) {
      this.layout = layout;
      const px = layout === this.large ? TEXT_PX.large : TEXT_PX.normal;
      for (const t of [...this.texts, this.marker, ...this.more]) t.setFontSize(px);
    }
    this.texts.forEach((t, i) => {
      const item = this.items[i];
      if (item) t.setText(typeof item.label === 'string' ? item.label : item.label());
      t.setTint(i === this.index ? PAPER : FOG);
    });
    this.place();
  }

  /** Puts the rows in the layout's window, scrolled so the marker's row is in it. */
  private place(): void {
    const l = this.layout;
    if (!l) return;
    const rows = Math.min(l.rows ?? this.items.length, this.items.length);
    this.top = Math.max(Math.min(this.top, this.index), this.index - rows + 1);
    // the marker's width and a gap: 10 px at 8 px (a 6 px glyph), 14 at 16 (a 12 px glyph)
    const textX = l.x + (this.marker.fontSize === TEXT_PX.large ? 14 : 10);
    this.texts.forEach((t, i) => {
      const row = i - this.top;
      t.setPosition(textX, l.y + row * l.lineHeight).setVisible(this.shown && row >= 0 && row < rows);
      // the mouse's target: the whole row, the marker's column included
      const hit = t.input?.hitArea as Phaser.Geom.Rectangle | undefined;
      hit?.setTo(l.x - textX, 0, textX - l.x + Math.max(t.width, 24), l.lineHeight);
    });
    this.marker.setPosition(l.x, l.y + (this.index - this.top) * l.lineHeight).setVisible(this.shown);
    const [up, down] = this.more;
    up.setPosition(VIEW_W - 4, l.y).setVisible(this.shown && this.top > 0);
    down
      .setPosition(VIEW_W - 4, l.y + (rows - 1) * l.lineHeight)
      .setVisible(this.shown && this.top + rows < this.items.length);
  }
}
