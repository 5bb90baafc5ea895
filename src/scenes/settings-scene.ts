import Phaser from 'phaser';
import type { AudioService } from '../audio/audio-service';
import {
  ACTIONS,
  ACTION_LABELS,
  DIALOGUE_SPEEDS,
  KEY,
  TEXT_SIZES,
  TIMER_MODES,
  defaultBindings,
  keyName,
  rebind,
  unbind,
  type Action,
  type Settings,
  type SettingsStore,
} from '../settings';
import { Menu, type MenuItem } from '../ui/menu';
import { LAMP, FOG, FONT, INK, PAPER, VIEW_H, VIEW_W } from '../ui/palette';
import { largeText, TEXT_PX } from '../ui/text-size';

export interface SettingsSceneData {
  /** the scene that opened this one, paused underneath; resumed on the way out */
  from: string;
}

/** What the settings scene is given once, by main.ts. */
export interface SettingsDeps {
  settings: SettingsStore;
  audio: AudioService;
}

const onOff = (b: boolean) => (b ? 'on' : 'off');
/**
 * One row: the name, then its value in a column. Large text has 28 characters from the marker to the
 * view's edge (less the "more" arrow): a narrower name column, a four-step slider, and a longer row
 * (many keys bound) cut with an ellipsis.
 */
function row(large: boolean, name: string, value: string, largeName = 20): string {
  const text = `${name.padEnd(large ? largeName : 24)}${value}`;
  return large && text.length > LARGE_ROW ? `${text.slice(0, LARGE_ROW - 1)}…` : text;
}
const LARGE_ROW = 28;
const slider = (large: boolean, v: number) => {
  const [steps, per] = large ? [4, 25] : [10, 10];
  return `${'='.repeat(Math.round(v / per)).padEnd(steps, '-')} ${String(v).padStart(3)}`;
};
/** Large text: 8 rows of 16 px under the heading, clear of the message and the hint at the foot. */
const LARGE_LAYOUT = { x: 8, y: 32, lineHeight: 18, rows: 8 };

/** Steps through a list of choices, wrapping. */
function cycle<T>(list: readonly T[], now: T, dir: -1 | 1): T {
  const i = list.indexOf(now);
  return list[(i + dir + list.length) % list.length] ?? now;
}

/**
 * Settings, over the title or the pause menu: volumes, accessibility, the speedrun timer and key
 * remapping. Every change applies and is saved at once.
 */
export class SettingsScene extends Phaser.Scene {
  private from = 'title';
  private main!: Menu;
  private controls!: Menu;
  private heading!: Phaser.GameObjects.BitmapText;
  private hint!: Phaser.GameObjects.BitmapText;
  private message!: Phaser.GameObjects.BitmapText;
  /** the action waiting for a key, and how: replace its first key or add one */
  private capturing: { action: Action; mode: 'replace' | 'add' } | null = null;

  constructor(private readonly deps: SettingsDeps) {
    super('settings');
  }

  private get s(): Settings {
    return this.deps.settings.current;
  }

  private set(patch: Partial<Omit<Settings, 'version'>>): void {
    this.deps.settings.update(patch);
    if (patch.textSize) this.heading.setFontSize(this.large ? TEXT_PX.large : TEXT_PX.normal);
  }

  private get large(): boolean {
    return largeText(this.game);
  }

  create(data: SettingsSceneData): void {
    this.from = data.from;
    this.capturing = null;
    // opaque: the title or pause menu underneath must not show between the columns
    this.add.rectangle(0, 0, VIEW_W, VIEW_H, INK, 1).setOrigin(0);
    this.heading = this.add
      .bitmapText(VIEW_W / 2, 10, FONT, 'SETTINGS', this.large ? TEXT_PX.large : TEXT_PX.normal)
      .setOrigin(0.5, 0)
      .setTint(PAPER);
    this.message = this.add
      .bitmapText(VIEW_W / 2, VIEW_H - 24, FONT, '', 8)
      .setOrigin(0.5, 0)
      .setTint(LAMP);
    this.hint = this.add
      .bitmapText(VIEW_W / 2, VIEW_H - 12, FONT, '', 8)
      .setOrigin(0.5, 0)
      .setTint(FOG);
    this.main = new Menu(this, 40, 28, this.mainItems(), 11, LARGE_LAYOUT);
    this.controls = new Menu(this, 40, 32, this.controlItems(), 12, LARGE_LAYOUT);
    for (const m of [this.main, this.controls]) {
      m.onFeedback = (k) => this.blip(k);
      m.onBack = () => this.escape();
    }
    this.showPage('main');
    const kb = this.input.keyboard;
    kb?.on('keydown-ESC', () => this.escape());
    kb?.on('keydown', (e: KeyboardEvent) => this.captureKey(e));
  }

  private mainItems(): MenuItem[] {
    const volume = (name: string, field: 'music' | 'effects' | 'ambience'): MenuItem => ({
      label: () => row(this.large, name, slider(this.large, this.s[field])),
      action: () => undefined,
      stay: true,
      adjust: (d) => this.set({ [field]: Math.max(0, Math.min(100, this.s[field] + d * 10)) }),
    });
    const toggle = (
      name: string,
      field: 'mute' | 'reducedMotion' | 'highContrastCones' | 'colourBlindSafe' | 'ghost' | 'inputDisplay',
    ): MenuItem => ({
      label: () => row(this.large, name, onOff(this.s[field])),
      action: () => this.set({ [field]: !this.s[field] }),
      adjust: () => this.set({ [field]: !this.s[field] }),
      stay: true,
    });
    const choice = <K extends 'textSize' | 'dialogueSpeed' | 'timerMode'>(
      name: string,
      field: K,
      list: readonly Settings[K][],
    ): MenuItem => ({
      label: () => row(this.large, name, String(this.s[field])),
      action: () => this.set({ [field]: cycle(list, this.s[field], 1) }),
      adjust: (d) => this.set({ [field]: cycle(list, this.s[field], d) }),
      stay: true,
    });
    return [
      volume('Music', 'music'),
      volume('Effects', 'effects'),
      volume('Ambience', 'ambience'),
      toggle('Mute', 'mute'),
      toggle('Reduced motion', 'reducedMotion'),
      choice('Text size', 'textSize', TEXT_SIZES),
      toggle('High-contrast cones', 'highContrastCones'),
      toggle('Colour-blind cues', 'colourBlindSafe'),
      choice('Dialogue speed', 'dialogueSpeed', DIALOGUE_SPEEDS),
      choice('Speedrun timer', 'timerMode', TIMER_MODES),
      toggle('Ghost', 'ghost'),
      toggle('Input display', 'inputDisplay'),
      { label: 'Controls…', action: () => this.showPage('controls'), stay: true },
      { label: 'Back', action: () => this.close() },
    ];
  }

  private controlItems(): MenuItem[] {
    const items: MenuItem[] = ACTIONS.map((action) => ({
      label: () =>
        // large: the labels' 13 characters and a space, keys parted by a bare comma ("E,Space,Enter")
        row(
          this.large,
          ACTION_LABELS[action],
          this.s.bindings[action].map(keyName).join(this.large ? ',' : ', '),
          14,
        ),
      action: () => this.startCapture(action, 'replace'),
      adjust: (d) => (d > 0 ? this.startCapture(action, 'add') : this.removeLast(action)),
      stay: true,
    }));
    items.push(
      {
        label: 'Reset keys to defaults',
        action: () => this.set({ bindings: defaultBindings() }),
        stay: true,
      },
      { label: 'Back', action: () => this.showPage('main'), stay: true },
    );
    return items;
  }

  private page: 'main' | 'controls' = 'main';

  private showPage(page: 'main' | 'controls'): void {
    this.page = page;
    this.main.setVisible(page === 'main');
    this.controls.setVisible(page === 'controls');
    const [on, off] = page === 'main' ? [this.main, this.controls] : [this.controls, this.main];
    off.blur();
    on.draw();
    // a frame later: the key that switched pages must not also act on the new page
    this.time.delayedCall(0, () => on.focus());
    this.heading.setText(page === 'main' ? 'SETTINGS' : 'CONTROLS');
    this.message.setText('');
    this.hint.setText(
      page === 'main'
        ? '↑↓ choose · ←→ change · Enter select · Esc back'
        : 'Enter replace key · → add key · ← remove key · Esc back',
    );
  }

  private startCapture(action: Action, mode: 'replace' | 'add'): void {
    this.controls.blur();
    this.message.setTint(PAPER).setText(`Press a key for ${ACTION_LABELS[action]} (Esc cancels)`);
    // wait a frame: the Enter or → that asked for capture must not be captured itself
    this.time.delayedCall(0, () => (this.capturing = { action, mode }));
  }

  private captureKey(e: KeyboardEvent): void {
    const c = this.capturing;
    if (!c || e.keyCode === KEY.ESC) return;
    this.capturing = null;
    const slot = c.mode === 'replace' ? 0 : Number.MAX_SAFE_INTEGER;
    const result = rebind(this.s.bindings, c.action, slot, e.keyCode);
    if (result.ok) {
      this.set({ bindings: result.bindings });
      this.message.setText('');
    } else this.message.setTint(LAMP).setText(`${keyName(e.keyCode)}: ${result.reason}`);
    this.time.delayedCall(0, () => this.controls.focus());
    this.controls.draw();
  }

  private removeLast(action: Action): void {
    const keys = this.s.bindings[action];
    const last = keys[keys.length - 1];
    if (last === undefined) return;
    const result = unbind(this.s.bindings, action, last);
    if (result.ok) this.set({ bindings: result.bindings });
    else this.message.setTint(LAMP).setText(result.reason);
  }

  private escape(): void {
    if (this.capturing) {
      this.capturing = null;
      this.message.setText('');
      this.time.delayedCall(0, () => this.controls.focus());
      return;
    }
    if (this.page === 'controls') this.showPage('main');
    else this.close();
  }

  private blip(kind: 'move' | 'take'): void {
    this.deps.audio.play({ effect: kind === 'move' ? 'ui-move' : 'ui-select', volume: 0.5, rate: 1 });
  }

  private close(): void {
    this.scene.stop();
    this.scene.resume(this.from);
  }
}
