import { noteDevice } from './device';
import Phaser from 'phaser';
import { defaultBindings, settingsOf, type Action, type Bindings, type SettingsStore } from '../settings';
import {
  IN_DOWN,
  IN_INTERACT,
  IN_LEFT,
  IN_RIGHT,
  IN_RUN,
  IN_SKIP,
  IN_UP,
  IN_USE,
  type InputFrame,
} from '../sim/input';

/** Actions held down for as long as the key is, and the bit each sets. */
const HELD: [Action, number][] = [
  ['up', IN_UP],
  ['down', IN_DOWN],
  ['left', IN_LEFT],
  ['right', IN_RIGHT],
  ['run', IN_RUN],
  ['interact', IN_USE],
];
/** Actions that fire once per press. */
const PRESSED: [Action, number][] = [
  ['interact', IN_INTERACT],
  ['skip', IN_SKIP],
];

export type Command = 'pause' | 'restart';

/** Standard-mapping gamepad buttons (W3C "standard" layout, Xbox names). */
export const PAD = {
  A: 0,
  B: 1,
  X: 2,
  Y: 3,
  RB: 5,
  RT: 7,
  BACK: 8,
  START: 9,
  UP: 12,
  DOWN: 13,
  LEFT: 14,
  RIGHT: 15,
};
/** Stick deflection that counts as a direction. */
const STICK = 0.5;

/**
 * Turns the keyboard into one InputFrame per tick, through the player's bindings (from settings,
 * followed live: a remap in the pause menu applies on resume). Presses are latched on keydown and
 * handed to the next tick that runs, so a tap between two ticks is never lost and never counted twice.
 */
export class KeyboardInput {
  private readonly keys = new Map<number, Phaser.Input.Keyboard.Key>();
  private bindings: Bindings = defaultBindings();
  private pending = 0;
  private readonly commands = new Map<Command, (e: KeyboardEvent) => void>();
  /** when this input began (the event clock): a press older than that belongs to the scene before */
  private readonly since = performance.now();

  /** `settings` defaults to the store main.ts linked to this game; absent = the default keys. */
  constructor(
    private readonly scene: Phaser.Scene,
    settings: SettingsStore | undefined = settingsOf(scene.game),
  ) {
    if (!scene.input.keyboard) throw new Error('keyboard input is not available');
    this.bind(settings?.current.bindings ?? defaultBindings());
    const off = settings?.subscribe((now, before) => {
      if (now.bindings !== before.bindings) this.bind(now.bindings);
    });
    if (off) scene.events.once(Phaser.Scenes.Events.SHUTDOWN, off);
    // the gamepad is a second source for the same bits: A talks (held: works a lever), B skips, X or a trigger runs
    const pads = scene.input.gamepad;
    const onPad = (_pad: Phaser.Input.Gamepad.Gamepad, button: Phaser.Input.Gamepad.Button) => {
      noteDevice('pad');
      if (button.index === PAD.A) this.pending |= IN_INTERACT;
      if (button.index === PAD.B) this.pending |= IN_SKIP;
      const command = button.index === PAD.START ? 'pause' : button.index === PAD.BACK ? 'restart' : null;
      if (command) this.commands.get(command)?.(new KeyboardEvent('keydown'));
    };
    pads?.on(Phaser.Input.Gamepad.Events.BUTTON_DOWN, onPad);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
      pads?.off(Phaser.Input.Gamepad.Events.BUTTON_DOWN, onPad),
    );
  }

  /** Bits held on any connected pad: d-pad or left stick to walk, X or a trigger to run. */
  private padBits(): InputFrame {
    let frame = 0;
    for (const pad of this.scene.input.gamepad?.getAll() ?? []) {
      if (!pad.connected) continue;
      const x = pad.leftStick.x;
      const y = pad.leftStick.y;
      if (pad.up || y < -STICK) frame |= IN_UP;
      if (pad.down || y > STICK) frame |= IN_DOWN;
      if (pad.left || x < -STICK) frame |= IN_LEFT;
      if (pad.right || x > STICK) frame |= IN_RIGHT;
      if (pad.X || pad.R2 > 0.3 || pad.R1 > 0.3) frame |= IN_RUN;
      if (pad.A) frame |= IN_USE;
    }
    if (frame !== 0) noteDevice('pad');
    return frame;
  }

  /** Calls `fn` when a key bound to pause or restart goes down (for scenes that want the player's keys). */
  onCommand(command: Command, fn: (e: KeyboardEvent) => void): void {
    this.commands.set(command, fn);
  }

  private bind(bindings: Bindings): void {
    const kb = this.scene.input.keyboard;
    if (!kb) return;
    for (const key of this.keys.values()) kb.removeKey(key, true, true);
    this.keys.clear();
    this.bindings = bindings;
    const all = new Set(Object.values(bindings).flat());
    for (const code of all) {
      const key = kb.addKey(code, true);
      this.keys.set(code, key);
      key.on('down', (_k: Phaser.Input.Keyboard.Key, e: KeyboardEvent) => this.press(code, e));
    }
  }

  private press(code: number, e: KeyboardEvent): void {
    // the Enter that chose "Continue" on the card can reach the next level's keys in the same frame
    if (e.timeStamp < this.since) return;
    for (const [action, bit] of PRESSED) if (this.bindings[action].includes(code)) this.pending |= bit;
    for (const command of ['pause', 'restart'] as const) {
      if (this.bindings[command].includes(code)) this.commands.get(command)?.(e);
    }
  }

  /** The frame for the next tick; consumes latched presses. */
  next(): InputFrame {
    let frame = this.pending | this.padBits();
    this.pending = 0;
    for (const [action, bit] of HELD) {
      if (this.bindings[action].some((c) => this.keys.get(c)?.isDown)) frame |= bit;
    }
    return frame;
  }

  /** Forget latched presses only: a key held through a restart keeps Joe moving. */
  clearPresses(): void {
    this.pending = 0;
  }

  /** Forget held keys and latched presses (after pause or a lost focus). */
  reset(): void {
    this.pending = 0;
    this.scene.input.keyboard?.resetKeys();
  }
}
