import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  hold as holdIn,
  probe,
  scenes,
  usePage,
  waitForScene as waitForSceneIn,
  waitForLevel,
} from './harness';

let page: Page;

const server = usePage((p) => (page = p));

const waitForScene = (key: string) => waitForSceneIn(page, key);

const hold = (key: string, ms: number) => holdIn(page, key, ms);

/** Drops a file on the page the way a browser does: a drop event carrying it in its DataTransfer. */
async function drop(name: string, text: string): Promise<void> {
  await page.evaluate(
    ([n, t]) => {
      const data = new DataTransfer();
      data.items.add(new File([t], n, { type: 'application/json' }));
      const over = new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true });
      window.dispatchEvent(over);
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, text] as const,
  );
}

type MapJson = { layers: { name: string; objects?: { id: number; properties?: unknown[] }[] }[] };

function cellMap(edit: (map: MapJson) => void = () => undefined): string {
  const map = JSON.parse(readFileSync('maps/cell.tmj', 'utf8')) as MapJson;
  edit(map);
  return JSON.stringify(map);
}

function objectOf(map: MapJson, id: number): { id: number; properties?: unknown[] } {
  const found = map.layers.flatMap((l) => l.objects ?? []).find((o) => o.id === id);
  if (!found) throw new Error(`no object ${id}`);
  return found;
}

async function errorText(): Promise<string> {
  await page.waitForSelector('#westgate-error');
  // textContent, not innerText: the title is upper-cased by CSS only
  return (await page.locator('#westgate-error').textContent()) ?? '';
}

async function replayLevel(): Promise<string | undefined> {
  return page.evaluate(
    () =>
      (window as unknown as { westgate: { replay: () => { level: string } | null } }).westgate.replay()
        ?.level,
  );
}

describe('custom maps in Chromium', () => {
  it('?map=maps/cell.tmj plays that map as a custom level', async () => {
    await page.goto(`${server.url}?map=maps/cell.tmj`);
    await waitForScene('level');
    await waitForLevel(page);
    const start = await probe(page);
    expect(start?.id).toMatch(/^custom-[0-9a-f]{8}$/);
    expect(start?.joe).toEqual({ x: 104, y: 72, facing: 'down' });
    await hold('ArrowLeft', 400);
    expect((await probe(page))?.joe.x).toBeLessThan(104);
    // its replay claims no campaign level
    expect(await replayLevel()).toBe(start?.id);
  });

  it('?map= refuses a path outside maps/', async () => {
    await page.goto(`${server.url}?map=../index.html`);
    expect(await errorText()).toContain('?map=../index.html: not a map path');
    expect(await scenes(page)).toContain('error');
  });

  it('a dropped map with problems shows them, naming file, layer, object and rule', async () => {
    await page.goto(server.url);
    await waitForScene('title');
    await drop(
      'broken.tmj',
      cellMap((m) => {
        objectOf(m, 5).properties?.push({ name: 'visonRange', type: 'int', value: 9 });
        objectOf(m, 6).properties?.push({ name: 'route', type: 'object', value: 99 });
      }),
    );
    const text = await errorText();
    expect(text).toContain('The dropped map dropped/broken.tmj has problems');
    expect(text).toContain(
      'dropped/broken.tmj: layer "objects", object 5 "Hodges, yard" (guard): property "visonRange" is not a guard property: did you mean "visionRange"? (valid: route, facing, visionRange, visionAngle, speed, credibility, minAlert, unless, warning, familiarAfter, onlyIf) [unknown-property]',
    );
    expect(text).toContain(
      'dropped/broken.tmj: layer "objects", object 6 "Kramer, corridor" (guard): route 99 does not exist [route-exists]',
    );
    expect(await scenes(page)).toEqual(['error']);
  });

  it('a dropped map with no problems is played, and a later good drop recovers from the error screen', async () => {
    await page.goto(server.url);
    await waitForScene('title');
    await drop('notes.txt', 'hello');
    expect(await errorText()).toContain('dropped/notes.txt: only Tiled JSON maps (.tmj) can be played');
    await drop('my level.tmj', cellMap());
    await waitForLevel(page);
    expect(await page.locator('#westgate-error').count()).toBe(0);
    expect((await probe(page))?.id).toMatch(/^custom-/);
    await hold('ArrowLeft', 300);
    expect((await probe(page))?.joe.x).toBeLessThan(104);
  });

  it('refuses a dropped file over 2 MB without reading it', async () => {
    await page.goto(server.url);
    await waitForScene('title');
    await drop('huge.tmj', ' '.repeat(2 * 1024 * 1024 + 1));
    expect(await errorText()).toContain(
      'dropped/huge.tmj: map: file is 2097153 bytes; dropped maps are at most 2097152 bytes',
    );
  });
});
