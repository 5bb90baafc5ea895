import type { Replay } from '../speedrun/replay';
import { stringifyReplay } from '../speedrun/replay';

/**
 * Keeps the last finished run of each level in browser storage. Writes to a temporary key first and
 * swaps after, so a full storage or a crash mid-write never loses the replay already kept.
 */
export function saveLastReplay(replay: Replay): boolean {
  const key = `westgate.replay.last.${replay.level}`;
  try {
    const text = stringifyReplay(replay);
    localStorage.setItem(`${key}.tmp`, text);
    localStorage.setItem(key, text);
    localStorage.removeItem(`${key}.tmp`);
    return true;
  } catch (e) {
    console.warn(`[westgate] could not keep the replay: ${String(e)}`);
    return false;
  }
}

export function loadLastReplay(level: string): string | null {
  try {
    return localStorage.getItem(`westgate.replay.last.${level}`);
  } catch {
    return null;
  }
}
