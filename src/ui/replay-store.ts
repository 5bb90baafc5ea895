import { stringifyReplay, type Replay } from '../speedrun/replay';
import { safeWrite } from '../storage/safe-store';
import { browserStore } from './browser-store';

const key = (level: string) => `westgate.replay.last.${level}`;

/** Keeps the last finished run of each level in browser storage; a failed write keeps the old one. */
export function saveLastReplay(replay: Replay): boolean {
  const ok = safeWrite(browserStore, key(replay.level), stringifyReplay(replay));
  if (!ok) console.warn('[westgate] could not keep the replay: browser storage is full or blocked');
  return ok;
}
