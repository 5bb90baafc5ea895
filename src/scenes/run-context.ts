import type { LoadedMap } from '../maps';
import { Ghost } from '../speedrun/ghost';
import { LIVESPLIT_URL, LiveSplitLink, type SocketLike } from '../speedrun/livesplit';
import { parseReplay } from '../speedrun/replay';
import { RecordBook } from '../speedrun/records';
import { RunTimer } from '../speedrun/run-timer';
import { GAME_VERSION } from '../version';
import { browserStore } from '../ui/browser-store';

/** The speedrun services of one page: personal bests and the opt-in LiveSplit link. */
export interface SpeedrunServices {
  records: RecordBook;
  liveSplit: LiveSplitLink;
  /** the LiveSplit link is wanted (?livesplit=1 or the setting) */
  liveSplitOn: boolean;
}

export function createSpeedrunServices(report: (message: string) => void): SpeedrunServices {
  const on = new URLSearchParams(window.location.search).get('livesplit') === '1';
  return {
    records: new RecordBook(browserStore),
    liveSplit: new LiveSplitLink(
      (url) => new WebSocket(url) as unknown as SocketLike,
      (_s, m) => report(m),
      LIVESPLIT_URL,
    ),
    liveSplitOn: on,
  };
}

/** A run in progress: which category, its timer, and the segments it splits into. */
export interface RunState {
  category: string;
  segments: string[];
  timer: RunTimer;
}

export function newRun(category: string, segments: string[]): RunState {
  return { category, segments, timer: new RunTimer(category, segments) };
}

/** The PB's ghost for this level, when the PB was made on this game version and these map files. */
export function pbGhost(records: RecordBook, run: RunState, map: LoadedMap): Ghost | null {
  const pb = records.load(run.category, run.segments).pb;
  if (!pb || pb.replay === '') return null;
  try {
    const replay = parseReplay(pb.replay);
    if (
      replay.game !== GAME_VERSION ||
      replay.maps[map.level.file] !== map.hash ||
      replay.level !== map.level.id
    )
      return null;
    return new Ghost(map.level, replay);
  } catch {
    return null;
  }
}
