import { lssTime } from './lss';

/** LiveSplit's built-in server (LiveSplit: right-click > Control > Start TCP/WS Server). */
export const LIVESPLIT_URL = 'ws://localhost:16834/livesplit';

/** What the link needs of a WebSocket: the browser's, or the `ws` package's in tests. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export type LinkStatus = 'off' | 'connecting' | 'connected' | 'unavailable';
const OPEN = 1;
/** Game time is sent at most every this many ticks (10 a second): enough for a display. */
const SYNC_EVERY = 6;

/**
 * The opt-in link to LiveSplit Server. Game time drives LiveSplit's Game Time (paused between our
 * updates, so loads and pauses never count). It never throws and never blocks the game: when LiveSplit
 * is not there the link says so once and drops commands.
 */
export class LiveSplitLink {
  status: LinkStatus = 'off';
  private socket: SocketLike | null = null;
  private lastSync = -SYNC_EVERY;
  /** a run began before the socket opened: start LiveSplit's timer as soon as it does */
  private startPending = false;
  /** "not there" is said once, not at every attempt to reconnect */
  private toldUnavailable = false;

  constructor(
    private readonly open: (url: string) => SocketLike,
    private readonly report: (status: LinkStatus, message: string) => void = () => {},
    private readonly url = LIVESPLIT_URL,
  ) {}

  connect(): void {
    if (this.socket) return;
    this.setStatus('connecting', `connecting to LiveSplit at ${this.url}`, this.toldUnavailable);
    let s: SocketLike;
    try {
      s = this.open(this.url);
    } catch (e) {
      this.setStatus('unavailable', `LiveSplit link failed: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    this.socket = s;
    s.onopen = () => {
      this.toldUnavailable = false;
      this.setStatus('connected', 'LiveSplit connected');
      if (this.startPending) this.start();
    };
    s.onerror = () => {
      const quiet = this.toldUnavailable;
      this.toldUnavailable = true;
      const how = 'start its server (Control > Start TCP/WS Server)';
      this.setStatus('unavailable', `LiveSplit is not there: ${how} on ${this.url}`, quiet);
    };
    s.onclose = () => {
      this.socket = null;
      if (this.status === 'connected') this.setStatus('unavailable', 'LiveSplit closed the connection');
    };
  }

  disconnect(): void {
    this.socket?.close();
    this.socket = null;
    this.setStatus('off', 'LiveSplit link off');
  }

  /** A run starts: LiveSplit's timer starts with its game time held at zero (once connected). */
  start(): void {
    this.startPending = this.socket?.readyState !== OPEN;
    if (this.startPending) return;
    this.send('reset');
    this.send('initgametime');
    this.send('starttimer');
    this.send('pausegametime');
    this.send(`setgametime ${lssTime(0)}`);
    this.lastSync = 0;
  }

  /** Called every tick with the run's time; sends it a few times a second. */
  sync(runTicks: number): void {
    if (runTicks - this.lastSync < SYNC_EVERY) return;
    this.lastSync = runTicks;
    this.send(`setgametime ${lssTime(runTicks)}`);
  }

  split(runTicks: number): void {
    this.send(`setgametime ${lssTime(runTicks)}`);
    this.send('split');
  }

  reset(): void {
    this.send('reset');
  }

  private send(command: string): void {
    const s = this.socket;
    if (!s || s.readyState !== OPEN) return;
    try {
      s.send(command);
    } catch {
      // a dying socket: onclose will report it
    }
  }

  private setStatus(status: LinkStatus, message: string, quiet = false): void {
    if (status === this.status) return;
    this.status = status;
    if (!quiet) this.report(status, message);
  }
}
