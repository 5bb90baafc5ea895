import type { Surface } from '../maps/level-data';
import type { GameEvent } from '../state/types';
import type { GuardAlert } from './guard';

/** What happened in one tick, for the shell to draw and play. The simulation never reads these back. */
export type SimEvent =
  | { type: 'caption'; speaker: string; text: string }
  | { type: 'dialogue-start'; id: string; flashback: boolean }
  | { type: 'dialogue-line'; id: string; index: number; speaker: string; text: string }
  | { type: 'dialogue-end'; id: string; skipped: boolean }
  | { type: 'door'; index: number; open: boolean }
  | { type: 'locked'; text: string }
  | { type: 'footstep'; surface: Surface; running: boolean }
  | { type: 'noise'; x: number; y: number; radius: number }
  | { type: 'guard-alert'; id: number; from: GuardAlert; to: GuardAlert }
  | { type: 'objective'; text: string }
  | { type: 'zone'; label: string }
  | { type: 'complete'; exit: string; to: string }
  /** by: the guard's name ('' for solitary); where: the zone's label; text: why, for 'missed' */
  | {
      type: 'caught';
      reason: 'solitary' | 'grabbed' | 'shot' | 'missed';
      by: string;
      where: string;
      text?: string;
    }
  /** a searchlight's beam found Joe (lit) or lost him */
  | { type: 'searchlight'; lit: boolean }
  | { type: 'state'; event: GameEvent }
  /** Joe took stairs or a ladder to another floor */
  | { type: 'stairs'; name: string; caption: string }
  /** a guard reached Joe at the lever: it lost ground, and Joe threw him off */
  | { type: 'lever-grab'; by: string }
  /** the lever went down another notch (every LEVER_NOTCH ticks held): for the ratchet's sound */
  | { type: 'lever-ratchet'; progress: number }
  /** the incident's window opened, on the shift whistle; ready: the set-up was done and the crew moved */
  | { type: 'incident-window'; ready: boolean };
