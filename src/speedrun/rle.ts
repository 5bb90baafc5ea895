import { isValidInput, type InputFrame } from '../sim/input';

/** Run-length encoded input frames: [frame, count] pairs, count >= 1. */
export type InputRuns = [InputFrame, number][];

export function encodeInputs(frames: readonly InputFrame[]): InputRuns {
  const runs: InputRuns = [];
  for (const f of frames) {
    const last = runs[runs.length - 1];
    if (last && last[0] === f) last[1]++;
    else runs.push([f, 1]);
  }
  return runs;
}

export function decodeInputs(runs: InputRuns): InputFrame[] {
  const out: InputFrame[] = [];
  for (const [f, n] of runs) for (let i = 0; i < n; i++) out.push(f);
  return out;
}

/** Appends frames one tick at a time, encoding as it goes (what the browser records while playing). */
export class InputRecorder {
  readonly runs: InputRuns = [];
  ticks = 0;

  push(frame: InputFrame): void {
    if (!isValidInput(frame)) throw new Error(`input frame ${String(frame)} is not a valid input`);
    const last = this.runs[this.runs.length - 1];
    if (last && last[0] === frame) last[1]++;
    else this.runs.push([frame, 1]);
    this.ticks++;
  }
}
