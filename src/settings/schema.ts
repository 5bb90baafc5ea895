import * as v from 'valibot';
import { KEY } from './keys';

/** The actions a player can rebind. Order is the order the controls page lists them. */
export const ACTIONS = [
  'up',
  'down',
  'left',
  'right',
  'run',
  'interact',
  'skip',
  'pause',
  'restart',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Each action as the player reads it (the controls page, and messages about keys). */
export const ACTION_LABELS: Record<Action, string> = {
  up: 'Up',
  down: 'Down',
  left: 'Left',
  right: 'Right',
  run: 'Run (hold)',
  interact: 'Talk / use',
  skip: 'Skip dialogue',
  pause: 'Pause',
  restart: 'Restart level',
};
export type Bindings = Record<Action, number[]>;

export const DIALOGUE_SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
export const TEXT_SIZES = ['normal', 'large'] as const;
export const TIMER_MODES = ['off', 'level', 'both'] as const;

export const SETTINGS_VERSION = 2;
/** A settings copy larger than this is not ours (or is damaged): it is replaced, never parsed. */
export const MAX_SETTINGS_CHARS = 8_000;
/** At most this many keys per action. */
export const MAX_KEYS_PER_ACTION = 4;

const volume = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
const keyCode = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(255));
const keyList = v.pipe(v.array(keyCode), v.minLength(1), v.maxLength(MAX_KEYS_PER_ACTION));

export const BindingsSchema = v.object({
  up: keyList,
  down: keyList,
  left: keyList,
  right: keyList,
  run: keyList,
  interact: keyList,
  skip: keyList,
  pause: keyList,
  restart: keyList,
});

/** The current shape. v.object drops keys it does not know, so stray fields never survive a load. */
export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  music: volume,
  effects: volume,
  ambience: volume,
  mute: v.boolean(),
  bindings: BindingsSchema,
  reducedMotion: v.boolean(),
  textSize: v.picklist(TEXT_SIZES),
  highContrastCones: v.boolean(),
  colourBlindSafe: v.boolean(),
  dialogueSpeed: v.picklist(DIALOGUE_SPEEDS),
  timerMode: v.picklist(TIMER_MODES),
  ghost: v.boolean(),
  inputDisplay: v.boolean(),
  liveSplit: v.boolean(),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SettingsField = Exclude<keyof Settings, 'version'>;

/** Version 1 (the first release): two volumes, mute and the key lists; everything else came later. */
export const SettingsV1Schema = v.object({
  version: v.literal(1),
  musicVolume: volume,
  effectsVolume: volume,
  mute: v.boolean(),
  bindings: BindingsSchema,
});
export type SettingsV1 = v.InferOutput<typeof SettingsV1Schema>;

export function defaultBindings(): Bindings {
  return {
    up: [KEY.UP, KEY.W],
    down: [KEY.DOWN, KEY.S],
    left: [KEY.LEFT, KEY.A],
    right: [KEY.RIGHT, KEY.D],
    run: [KEY.SHIFT],
    interact: [KEY.E, KEY.SPACE, KEY.ENTER],
    skip: [KEY.X],
    pause: [KEY.ESC, KEY.P],
    restart: [KEY.R],
  };
}

/** Fresh defaults; reduced motion follows the browser's prefers-reduced-motion when known. */
export function defaultSettings(prefersReducedMotion = false): Settings {
  return {
    version: SETTINGS_VERSION,
    music: 70,
    effects: 80,
    ambience: 60,
    mute: false,
    bindings: defaultBindings(),
    reducedMotion: prefersReducedMotion,
    textSize: 'normal',
    highContrastCones: false,
    colourBlindSafe: false,
    dialogueSpeed: 'normal',
    timerMode: 'both',
    ghost: true,
    inputDisplay: false,
    liveSplit: false,
  };
}
