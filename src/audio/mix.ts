import type { Settings } from '../settings/schema';

export interface MixState {
  /** dialogue on screen: music drops under the voices */
  ducked: boolean;
  /** the game is paused or the tab hidden: everything is silent */
  paused: boolean;
}

export interface ChannelVolumes {
  music: number;
  effects: number;
  ambience: number;
}

/** How far music drops under dialogue. */
export const DUCK_FACTOR = 0.35;

/** The 0-1 gain of each channel from the settings (0-100) and the moment's state. */
export function channelVolumes(s: Settings, state: MixState): ChannelVolumes {
  if (s.mute || state.paused) return { music: 0, effects: 0, ambience: 0 };
  // a squared curve: sliders feel even to the ear, and 0 is silence
  const curve = (v: number) => (Math.max(0, Math.min(100, v)) / 100) ** 2;
  return {
    music: curve(s.music) * (state.ducked ? DUCK_FACTOR : 1),
    effects: curve(s.effects),
    ambience: curve(s.ambience),
  };
}
