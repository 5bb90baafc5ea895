/**
 * The run's clock, in ticks: the level's own time plus, in a multi-level run, the splits before it
 * and the time lost to abandoned attempts (a restart in a full-campaign run costs the time spent).
 */
export class RunTimer {
  /** cumulative run ticks at each finished segment */
  readonly splits: number[] = [];
  private lost = 0;
  levelTicks = 0;

  constructor(
    readonly category: string,
    readonly segments: string[],
  ) {}

  /** The run's time now: last split + abandoned attempts since + the current level's ticks. */
  get runTicks(): number {
    return (this.splits[this.splits.length - 1] ?? 0) + this.lost + this.levelTicks;
  }

  get done(): boolean {
    return this.splits.length >= this.segments.length;
  }

  /** Ticks of abandoned attempts since the last split (a save keeps them). */
  get lostTicks(): number {
    return this.lost;
  }

  /** A run continued from a save: its splits and the time its abandoned attempts cost. */
  resume(splits: readonly number[], lost: number): void {
    this.splits.push(...splits);
    this.lost = lost;
  }

  /** The level was restarted: its ticks so far stay on the run's clock. */
  abandonLevel(): void {
    this.lost += this.levelTicks;
    this.levelTicks = 0;
  }

  /** The level's exit: a split at the run's time now. Returns it. */
  split(): number {
    const t = this.runTicks;
    this.splits.push(t);
    this.lost = 0;
    this.levelTicks = 0;
    return t;
  }
}

/** Category ids: the full campaign, or one level alone ("il-cell"). */
export const CAMPAIGN = 'campaign';
export const ilCategory = (levelId: string): string => `il-${levelId}`;
