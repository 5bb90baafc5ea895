import type { LevelMusic } from '../maps/level-data';
import type { SimEvent } from '../sim/sim-events';
import { FLAG_RIOT } from '../state/informer';
import type { GameEvent } from '../state/types';

/** The sounds in the effects sprite (assets/audio/effects.json). */
export type EffectName =
  | 'step-stone'
  | 'step-metal'
  | 'step-wood'
  | 'step-wet'
  | 'step-mud'
  | 'door-open'
  | 'door-shut'
  | 'locked'
  | 'tannoy'
  | 'sting'
  | 'blip'
  | 'ui-move'
  | 'ui-select'
  | 'lever-grind'
  | 'tower-alarm'
  | 'bridge-down'
  | 'whistle'
  | 'rifle';

export type MusicTrack = 'title' | 'cell' | 'break';

/** One sound to play: which, how loud (0-1 of the effects channel), at what playback rate. */
export interface Cue {
  effect: EffectName;
  volume: number;
  rate: number;
}

/** What the audio does about a simulation event, decided here so it is testable without howler. */
export type AudioAction = { kind: 'play'; cue: Cue } | { kind: 'duck'; on: boolean } | null;

/** The tannoy's chime: before Munsey's voice, or any announcement the HUD words as TANNOY. */
const TANNOY: AudioAction = { kind: 'play', cue: { effect: 'tannoy', volume: 0.9, rate: 1 } };

/**
 * Maps a simulation event to a sound. `variety` (0-1, cosmetic randomness from the shell) detunes
 * footsteps a little so a corridor of steps never sounds like one sample on repeat.
 */
export function actionFor(e: SimEvent, variety = 0.5): AudioAction {
  switch (e.type) {
    case 'footstep':
      return {
        kind: 'play',
        cue: { effect: `step-${e.surface}`, volume: e.running ? 0.55 : 0.3, rate: 0.92 + variety * 0.16 },
      };
    case 'door':
      return { kind: 'play', cue: { effect: e.open ? 'door-open' : 'door-shut', volume: 0.8, rate: 1 } };
    case 'locked':
      return { kind: 'play', cue: { effect: 'locked', volume: 0.7, rate: 1 } };
    case 'caption':
      return e.speaker.trim().toUpperCase() === 'TANNOY' ? TANNOY : null;
    case 'guard-alert':
      return e.to === 'alerted' && e.from !== 'alerted'
        ? { kind: 'play', cue: { effect: 'sting', volume: 0.9, rate: 1 } }
        : null;
    case 'dialogue-start':
      return { kind: 'duck', on: true };
    case 'dialogue-end':
      return { kind: 'duck', on: false };
    case 'dialogue-line':
      return { kind: 'play', cue: { effect: 'blip', volume: 0.25, rate: 1 } };
    case 'lever-ratchet':
      return { kind: 'play', cue: { effect: 'lever-grind', volume: 0.6, rate: 0.9 + variety * 0.2 } };
    case 'lever-grab':
      return { kind: 'play', cue: { effect: 'door-shut', volume: 0.9, rate: 0.8 } };
    case 'caught':
      // an armed guard fired: heard, not seen
      return e.reason === 'shot' ? { kind: 'play', cue: { effect: 'rifle', volume: 1, rate: 1 } } : null;
    case 'incident-window':
      // the shift whistle on the shop floor, whether or not anything happens when it goes
      return { kind: 'play', cue: { effect: 'whistle', volume: 0.9, rate: 1 } };
    case 'state':
      return stateAction(e.event);
    default:
      return null;
  }
}

/**
 * One of each effect per tick: three guards turning on Joe at once are one sting, not three stacked
 * (which would only be louder, and clip). Ticks are the simulation's.
 */
export class OncePerTick {
  private tick = -1;
  private readonly played = new Set<EffectName>();

  allow(tick: number, effect: EffectName): boolean {
    if (tick !== this.tick) {
      this.tick = tick;
      this.played.clear();
    }
    if (this.played.has(effect)) return false;
    this.played.add(effect);
    return true;
  }
}

/** What the game state's events sound like: the lever and bridge, the riot's whistle, the tannoy's chime. */
function stateAction(e: GameEvent): AudioAction {
  switch (e.type) {
    case 'lever-moved':
      // the bridge starts to move: the tower's bell; it lands: the boom
      if (e.from === 'raised' && e.to === 'lowering')
        return { kind: 'play', cue: { effect: 'tower-alarm', volume: 0.8, rate: 1 } };
      if (e.to === 'lowered') return { kind: 'play', cue: { effect: 'bridge-down', volume: 1, rate: 1 } };
      return null;
    case 'flag-set':
      // the riot starts on a whistle from the far wall: higher, further off than the shop's
      return e.flag === FLAG_RIOT
        ? { kind: 'play', cue: { effect: 'whistle', volume: 0.7, rate: 1.12 } }
        : null;
    case 'schedule':
      // the HUD words these as TANNOY: counts, shifts, lockdowns, meals, lights out
      return TANNOY;
    case 'alert-changed':
      return e.to > e.from ? TANNOY : null;
    case 'threshold-crossed':
      // solitary is the end of the attempt, not an announcement
      return e.threshold === 'solitary' ? null : TANNOY;
    default:
      return null;
  }
}

/**
 * The music a level plays: its map's \`music\` property (enum Music, checked when the map loads; a map
 * without one gets the project's default, \`cell\`). \`none\` is silence under the rain and effects.
 */
export function musicForLevel(music: LevelMusic): MusicTrack | null {
  return music === 'none' ? null : music;
}
