import { settingsOf } from '../settings/link';
import { keyName } from '../settings/keys';
import { defaultBindings, type Action } from '../settings/schema';

/** What the player last used: on-screen prompts name that device's buttons. */
export type Device = 'keyboard' | 'pad';

/** The standard-mapping pad's button for each action (Xbox names). */
const PAD_NAMES: Record<Action, string> = {
  up: 'Up',
  down: 'Down',
  left: 'Left',
  right: 'Right',
  run: 'X',
  interact: 'A',
  skip: 'B',
  pause: 'Start',
  restart: 'Back',
};

let device: Device = 'keyboard';
const listeners = new Set<(d: Device) => void>();

/** Called by the input code on every key press and pad button. */
export function noteDevice(d: Device): void {
  if (d === device) return;
  device = d;
  for (const f of listeners) f(d);
}

export function currentDevice(): Device {
  return device;
}

/** Calls `f` whenever the device changes; returns the unsubscribe. */
export function onDeviceChange(f: (d: Device) => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

/**
 * A prompt line such as "E next · X skip" for the device in use: the player's own first key for each
 * action on the keyboard (a remap shows at once), the pad's button on a pad. "move" stands for the
 * four directions.
 */
export function hintLine(game: object, items: [Action | 'move', string][]): string {
  const name = (a: Action | 'move'): string => {
    if (a === 'move') return device === 'pad' ? 'Stick' : 'Arrows';
    return actionKey(game, a);
  };
  return items.map(([a, label]) => `${name(a)} ${label}`).join(' · ');
}

/** The one key that does `a` on the device in use: the player's first key for it, or the pad's button. */
export function actionKey(game: object, a: Action): string {
  if (device === 'pad') return PAD_NAMES[a];
  const code = (settingsOf(game)?.current.bindings ?? defaultBindings())[a][0];
  return code === undefined ? '?' : keyName(code);
}
