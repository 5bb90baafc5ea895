/**
 * The Tiled extension: the committed maps/extension/westgate.js is what its sources build to, and it
 * runs as Tiled runs it (a classic script with a `tiled` global), reporting the game's problems.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExtension, EXTENSION_OUT } from '../../../src/cli/build-extension.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const built = readFileSync(path.join(root, EXTENSION_OUT), 'utf8');

interface FakeObject {
  id: number;
}
interface FakeLayer {
  name: string;
  isGroupLayer: boolean;
  isObjectLayer: boolean;
  objects: FakeObject[];
}
interface FakeMap {
  fileName: string;
  isTileMap: boolean;
  layerCount: number;
  layerAt(i: number): FakeLayer;
  currentLayer?: FakeLayer;
  selectedObjects?: FakeObject[];
}

/** A stand-in for Tiled's script API, just wide enough for the extension, over the real file system. */
function fakeTiled(openMaps: FakeMap[] = []) {
  const issues: { text: string; activate: () => void }[] = [];
  const log: string[] = [];
  const saved: ((asset: unknown) => void)[] = [];
  const actions: string[] = [];
  const tiled = {
    version: '1.10.2',
    projectFilePath: '',
    openAssets: openMaps,
    activeAsset: null as unknown,
    assetSaved: { connect: (f: (asset: unknown) => void) => saved.push(f) },
    error: (text: string, activate: () => void) => issues.push({ text, activate }),
    warn: (text: string, activate: () => void) => issues.push({ text, activate }),
    log: (text: string) => log.push(text),
    open: (file: string) => openMaps.find((m) => m.fileName === file) ?? null,
    registerAction: (id: string) => {
      actions.push(id);
      return { text: '' };
    },
    extendMenu: () => undefined,
  };
  class TextFile {
    static ReadOnly = 0;
    private readonly text: string;
    constructor(file: string) {
      this.text = readFileSync(file, 'utf8');
    }
    readAll(): string {
      return this.text;
    }
    close(): void {}
  }
  const context: Record<string, unknown> = { tiled, TextFile };
  runInNewContext(built, context);
  const api = context['westgateExtension'] as {
    onAssetSaved: (asset: unknown) => Promise<unknown>;
  };
  return { tiled, issues, log, saved, actions, api };
}

function fakeMap(fileName: string, layers: FakeLayer[]): FakeMap {
  return { fileName, isTileMap: true, layerCount: layers.length, layerAt: (i) => layers[i] as FakeLayer };
}

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the repo's maps/ folder, with cell.tmj edited. */
function editedRepo(
  edit: (map: { layers: { name: string; objects?: Record<string, unknown>[] }[] }) => void,
) {
  const dir = mkdtempSync(path.join(tmpdir(), 'westgate-ext-'));
  temps.push(dir);
  cpSync(path.join(root, 'maps'), path.join(dir, 'maps'), { recursive: true });
  const file = path.join(dir, 'maps/cell.tmj');
  const map = JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof edit>[0];
  edit(map);
  writeFileSync(file, JSON.stringify(map));
  return file.split(path.sep).join('/');
}

describe('the Tiled extension', () => {
  it('westgate.js is up to date with its sources (run `npm run maps:extension`)', async () => {
    expect(await buildExtension(root)).toBe(built);
  }, 60_000);

  it('hooks map saves and adds a menu action when Tiled loads it', () => {
    const { saved, actions } = fakeTiled();
    expect(saved).toHaveLength(1);
    expect(actions).toEqual(['WestgateCheckMap']);
  });

  it('finds no problem in the real cell map, and says so in the console', async () => {
    const { issues, log, api } = fakeTiled();
    const fileName = path.join(root, 'maps/cell.tmj').split(path.sep).join('/');
    expect(existsSync(fileName)).toBe(true);
    await api.onAssetSaved({ fileName, isTileMap: true });
    expect(issues).toEqual([]);
    expect(log).toContain('Westgate: maps/cell.tmj: ok');
  });

  it('lists a broken map in the Issues panel, and activating an issue selects the object', async () => {
    const fileName = editedRepo((map) => {
      const guard = map.layers.find((l) => l.name === 'objects')?.objects?.find((o) => o['id'] === 5);
      (guard?.['properties'] as Record<string, unknown>[]).push({
        name: 'visonRange',
        type: 'int',
        value: 9,
      });
    });
    const guard = { id: 5 };
    const objects: FakeLayer = {
      name: 'objects',
      isGroupLayer: false,
      isObjectLayer: true,
      objects: [guard],
    };
    const ground: FakeLayer = { name: 'ground', isGroupLayer: false, isObjectLayer: false, objects: [] };
    const map = fakeMap(fileName, [ground, objects]);
    const { tiled, issues, log, api } = fakeTiled([map]);
    await api.onAssetSaved(map);
    expect(issues.map((i) => i.text)).toEqual([
      'Westgate: maps/cell.tmj: layer "objects", object 5 "Hodges, yard" (guard): property "visonRange" is not a guard property: did you mean "visionRange"? (valid: route, facing, visionRange, visionAngle, speed, credibility, minAlert, unless, warning, familiarAfter, onlyIf) [unknown-property]',
    ]);
    expect(log).toContain('Westgate: maps/cell.tmj: 1 problem');
    issues[0]?.activate();
    expect(tiled.activeAsset).toBe(map);
    expect(map.currentLayer).toBe(objects);
    expect(map.selectedObjects).toEqual([guard]);
  });

  it('re-checks open maps when a tileset is saved', async () => {
    const fileName = editedRepo((map) => {
      const objects = map.layers.find((l) => l.name === 'objects');
      if (objects) objects.objects = objects.objects?.filter((o) => o['type'] !== 'spawn');
    });
    const { issues, api } = fakeTiled([fakeMap(fileName, [])]);
    await api.onAssetSaved({
      fileName: path.join(path.dirname(fileName), 'tilesets/prison.tsj'),
      isTileMap: false,
    });
    expect(issues.map((i) => i.text)).toEqual([
      'Westgate: maps/cell.tmj: map: exactly one player spawn is required, found 0 [spawn-count]',
    ]);
  });
});
