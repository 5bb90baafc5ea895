import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { LiveSplitLink, type LinkStatus, type SocketLike } from '../../../src/speedrun/livesplit';
import { lssTime, toLss } from '../../../src/speedrun/lss';
import { applyRun, emptyRecords } from '../../../src/speedrun/records';

describe('LiveSplit time format', () => {
  it('writes ticks as a TimeSpan, floored to 100 ns', () => {
    expect(lssTime(0)).toBe('00:00:00.0000000');
    expect(lssTime(2145)).toBe('00:00:35.7500000');
    expect(lssTime(1)).toBe('00:00:00.0166666');
    expect(lssTime(60 * 3725)).toBe('01:02:05.0000000');
  });
});

describe('.lss splits file', () => {
  it('has LiveSplit’s Run structure: segments named after the levels, game times', () => {
    const r = applyRun(emptyRecords('campaign', ['Cell Block R17', 'Shop & Yard']), {
      splits: [2145, 5000],
      seed: 1947,
      seedMode: 'official',
      game: '0.1.0',
      replay: '',
    }).records;
    const xml = toLss({ ...r, attempts: 3 }, 'Full campaign');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<Run version="1.7.0">')).toBe(true);
    expect(xml).toContain('<GameName>Westgate</GameName>');
    expect(xml).toContain('<CategoryName>Full campaign</CategoryName>');
    expect(xml).toContain('<AttemptCount>3</AttemptCount>');
    expect(xml).toContain('<Name>Shop &amp; Yard</Name>');
    expect(xml.match(/<Segment>/g)?.length).toBe(2);
    expect(xml).toContain(
      '<SplitTime name="Personal Best"><GameTime>00:00:35.7500000</GameTime></SplitTime>',
    );
    expect(xml).toContain('<BestSegmentTime><GameTime>00:00:47.5833333</GameTime></BestSegmentTime>');
    // every opened element is closed, in order
    const stack: string[] = [];
    for (const m of xml.matchAll(/<(\/?)([A-Za-z]+)[^>]*?(\/?)>/g)) {
      if (m[3] === '/') continue;
      if (m[1] === '/') expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2] ?? '');
    }
    expect(stack).toEqual([]);
  });
});

describe('LiveSplit Server link, against a fake server', () => {
  let server: WebSocketServer | null = null;
  afterEach(() => server?.close());

  const open = (url: string) => new WebSocket(url) as unknown as SocketLike;

  it('sends the run as LiveSplit commands', async () => {
    server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((r) => server?.once('listening', r));
    const port = (server.address() as { port: number }).port;
    const got: string[] = [];
    server.on('connection', (ws, req) => {
      got.push(`path ${req.url}`);
      ws.on('message', (m) => got.push(String(m)));
    });
    const statuses: LinkStatus[] = [];
    const link = new LiveSplitLink(open, (s) => statuses.push(s), `ws://127.0.0.1:${port}/livesplit`);
    link.connect();
    await new Promise<void>((r) => {
      const t = setInterval(() => link.status === 'connected' && (clearInterval(t), r()), 5);
    });
    link.start();
    for (let t = 1; t <= 13; t++) link.sync(t);
    link.split(2145);
    link.reset();
    await new Promise((r) => setTimeout(r, 100));
    expect(statuses).toEqual(['connecting', 'connected']);
    expect(got).toEqual([
      'path /livesplit',
      'reset',
      'initgametime',
      'starttimer',
      'pausegametime',
      'setgametime 00:00:00.0000000',
      'setgametime 00:00:00.1000000',
      'setgametime 00:00:00.2000000',
      'setgametime 00:00:35.7500000',
      'split',
      'reset',
    ]);
    link.disconnect();
  });

  it('a run started while the link is still connecting starts LiveSplit once it opens', async () => {
    server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((r) => server?.once('listening', r));
    const port = (server.address() as { port: number }).port;
    const got: string[] = [];
    server.on('connection', (ws) => ws.on('message', (m) => got.push(String(m))));
    const link = new LiveSplitLink(open, () => {}, `ws://127.0.0.1:${port}/livesplit`);
    link.connect();
    link.start(); // the game's order: connect and start in the same frame
    await new Promise((r) => setTimeout(r, 150));
    expect(got).toEqual([
      'reset',
      'initgametime',
      'starttimer',
      'pausegametime',
      'setgametime 00:00:00.0000000',
    ]);
    link.disconnect();
  });

  it('reports when LiveSplit is not there, and drops commands without throwing', async () => {
    const messages: string[] = [];
    const link = new LiveSplitLink(open, (_s, m) => messages.push(m), 'ws://127.0.0.1:9/livesplit');
    link.connect();
    link.start();
    link.split(10);
    await new Promise<void>((r) => {
      const t = setInterval(() => link.status === 'unavailable' && (clearInterval(t), r()), 5);
    });
    expect(messages[messages.length - 1]).toContain('LiveSplit is not there');
    // trying again (the next attempt) says nothing more
    const said = messages.length;
    (link as unknown as { socket: null }).socket = null;
    link.connect();
    await new Promise((r) => setTimeout(r, 100));
    expect(messages.length).toBe(said);
  });
});
