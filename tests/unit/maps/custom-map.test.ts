/** Custom maps (?map=, dropped files): which paths are accepted, how a dropped map finds its files. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../src/cli/node-files.ts';
import {
  asCustom,
  droppedPath,
  isCustomLevel,
  loadDroppedMap,
  loadMapParam,
  MAX_DROPPED_BYTES,
} from '../../../src/scenes/custom-map.ts';

const bundled = ['maps/cell.tmj', 'maps/tilesets/prison.tsj', 'maps/westgate.tiled-project'];
const cell = readFileSync('maps/cell.tmj', 'utf8');

function drop(name: string, text: string, size = text.length) {
  return loadDroppedMap(name, size, () => Promise.resolve(text), readRepoFile);
}

describe('?map=PATH', () => {
  it('plays a bundled map under maps/ as a custom level', async () => {
    const result = await loadMapParam('maps/cell.tmj', readRepoFile, bundled);
    if (!result.ok) throw new Error(result.lines.join('\n'));
    expect(result.map.level.id).toBe(`custom-${result.map.hash.slice(0, 8)}`);
    expect(result.map.level.file).toBe('maps/cell.tmj');
    expect(isCustomLevel(result.map.level.id)).toBe(true);
    expect(isCustomLevel('cell')).toBe(false);
  });

  it.each([
    ['../secret.tmj'],
    ['maps/../package.json'],
    ['maps/.hidden/x.tmj'],
    ['/etc/passwd'],
    ['maps/cell.tmx'],
    ['https://example.com/maps/x.tmj'],
  ])('refuses %s', async (param) => {
    const result = await loadMapParam(param, readRepoFile, bundled);
    expect(result).toEqual({
      ok: false,
      title: 'Westgate cannot play that map',
      lines: [`?map=${param}: not a map path: give a .tmj file under maps/, e.g. ?map=maps/cell.tmj`],
    });
  });

  it('names the maps there are when the path is not one of them', async () => {
    const result = await loadMapParam('maps/yard.tmj', readRepoFile, bundled);
    expect(result.ok ? [] : result.lines).toEqual([
      '?map=maps/yard.tmj: no such map in this build (maps: maps/cell.tmj)',
    ]);
  });
});

describe('a dropped map', () => {
  it('finds the game tileset by name, wherever the map was saved', async () => {
    const map = JSON.parse(cell) as { tilesets: { source: string }[] };
    map.tilesets = [{ ...map.tilesets[0], source: 'C:/Users/ann/Desktop/westgate/tilesets/prison.tsj' }];
    const result = await drop('level.tmj', JSON.stringify(map));
    if (!result.ok) throw new Error(result.lines.join('\n'));
    expect(result.map.level.file).toBe('dropped/level.tmj');
    // the level draws a tileset from the texture its image is named after
    expect(result.map.tiled.tilesets[0]?.image).toMatch(/\/assets\/tiles\.png$/);
    expect(result.map.tiled.tilesets[0]?.tilecount).toBe(32);
  });

  it('gets a safe path from any file name', () => {
    expect(droppedPath('../../etc/x.tmj')).toBe('dropped/x.tmj');
    expect(droppedPath('C:\\maps\\my level <1>.tmj')).toBe('dropped/my_level__1_.tmj');
    expect(droppedPath('.tmj')).toBe('dropped/_tmj');
  });

  it('reports its problems with the rule id, and refuses what is not a .tmj or too big', async () => {
    const broken = await drop('b.tmj', cell.replace('"machine-shop"', '""'));
    expect(broken.ok ? [] : broken.lines).toEqual([
      'dropped/b.tmj: layer "objects", object 2 "work detail gate" (exit): exit has no "to" level id [exit-target]',
    ]);
    expect(await drop('b.tmx', '<map/>')).toMatchObject({
      ok: false,
      lines: [
        'dropped/b.tmx: only Tiled JSON maps (.tmj) can be played: in Tiled use File > Save As, JSON map files',
      ],
    });
    expect(await drop('big.tmj', '{}', MAX_DROPPED_BYTES + 1)).toMatchObject({
      ok: false,
      lines: [
        `dropped/big.tmj: map: file is ${MAX_DROPPED_BYTES + 1} bytes; dropped maps are at most 2097152 bytes`,
      ],
    });
  });

  it('may not read anything but the game tilesets, templates and project', async () => {
    const map = JSON.parse(cell) as { tilesets: unknown[] };
    map.tilesets = [{ firstgid: 1, source: '../../../package.json' }];
    const result = await drop('x.tmj', JSON.stringify(map));
    expect(result.ok ? [] : result.lines.slice(0, 1)).toEqual([
      'dropped/x.tmj: map: tileset "../../../package.json" cannot be read (../../package.json) [tileset-missing]',
    ]);
  });

  it('must use the game tile images', async () => {
    const map = JSON.parse(cell) as { tilesets: unknown[] };
    const tileset = JSON.parse(readFileSync('maps/tilesets/prison.tsj', 'utf8')) as Record<string, unknown>;
    map.tilesets = [{ ...tileset, firstgid: 1, image: 'my-tiles.png' }];
    const result = await drop('x.tmj', JSON.stringify(map));
    expect(result.ok ? [] : result.lines).toEqual([
      'dropped/x.tmj: map: tileset "prison" image "dropped/my-tiles.png" is not one of the game\'s (assets/tiles.png): use the tileset maps/tilesets/prison.tsj [tileset-image]',
    ]);
  });

  it('keeps its level id apart from the campaign', async () => {
    const result = await drop('c.tmj', cell);
    if (!result.ok) throw new Error(result.lines.join('\n'));
    expect(asCustom(result.map).level.id).toBe(result.map.level.id);
    expect(result.map.level.id).not.toBe('cell');
  });
});
