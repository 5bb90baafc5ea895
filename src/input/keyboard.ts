import Phaser from 'phaser';
import {
  IN_DOWN,
  IN_INTERACT,
  IN_LEFT,
  IN_RIGHT,
  IN_RUN,
  IN_SKIP,
  IN_UP,
  type InputFrame,
} from '../sim/input';

const K = Phaser.Input.Keyboard.KeyCodes;

/** Default bindings: arrows or WASD to walk, Shift to run, E / Space / Enter to interact, X to skip. */
const HELD: [number, number[]][] = [
  [IN_UP, [K.UP, K.W]],
  [IN_DOWN, [K.DOWN, K.S]],
  [IN_LEFT, [K.LEFT, K.A]],
  [IN_RIGHT, [K.RIGHT, K.D]],
  [IN_RUN, [K.SHIFT]],
];
const PRESSED: [number, number[]][] = [
  [IN_INTERACT, [K.E, K.SPACE, K.ENTER]],
  [IN_SKIP, [K.X]],
];

/**
 * Turns the keyboard into one InputFrame per tick. Presses are latched on keydown and handed to the
 * next tick that runs, so a tap between two ticks is never lost and never counted twice.
 */
export class KeyboardInput {
  private readonly keys = new Map<number, Phaser.Input.Keyboard.Key>();
  private pending = 0;

  constructor(private readonly scene: Phaser.Scene) {
    const kb = scene.input.keyboard;
    if (!kb) throw new Error('keyboard input is not available');
    for (const [, codes] of HELD) for (const c of codes) this.keys.set(c, kb.addKey(c, true));
    for (const [bit, codes] of PRESSED) {
      for (const c of codes) {
        const key = kb.addKey(c, true);
        key.on('down', () => (this.pending |= bit));
      }
    }
  }

  /** The frame for the next tick; consumes latched presses. */
  next(): InputFrame {
    let frame = this.pending;
    this.pending = 0;
    for (const [bit, codes] of HELD) if (codes.some((c) => this.keys.get(c)?.isDown)) frame |= bit;
    return frame;
  }

  /** Forget held keys and latched presses (after pause or a lost focus). */
  reset(): void {
    this.pending = 0;
    this.scene.input.keyboard?.resetKeys();
  }
}
