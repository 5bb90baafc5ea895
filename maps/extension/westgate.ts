/// <reference types="@mapeditor/tiled-api" />
/**
 * Westgate's Tiled extension: each time a map (or a tileset, template or the project a map uses) is
 * saved, it runs the game's own map checks and lists every problem in Tiled's Issues panel; activating
 * an issue selects the object it names. Built to westgate.js by `npm run maps:extension`.
 */
import './polyfills.ts';
import { formatProblem } from '../../src/maps/index.ts';
import type { MapProblem } from '../../src/maps/index.ts';
import { checkMapFile } from './check.ts';
import type { CheckResult, Host } from './check.ts';
import { join } from './paths.ts';

function readText(path: string): string {
  const file = new TextFile(path, TextFile.ReadOnly);
  try {
    return file.readAll();
  } finally {
    file.close();
  }
}

const host: Host = {
  readText,
  // TextFile throws on a file it cannot open; Tiled's File.exists is shadowed by the DOM's File in the
  // repo-wide typecheck, so this stays on TextFile
  exists(path) {
    try {
      readText(path);
      return true;
    } catch {
      return false;
    }
  },
  get projectFilePath() {
    // tiled.projectFilePath is Tiled 1.10+; older versions find the project beside the map
    return typeof tiled.projectFilePath === 'string' ? tiled.projectFilePath : '';
  },
};

function findLayer(layers: { layerCount: number; layerAt(i: number): Layer }, name: string): Layer | null {
  for (let i = 0; i < layers.layerCount; i += 1) {
    const layer = layers.layerAt(i);
    if (layer.name === name) return layer;
    if (layer.isGroupLayer) {
      const inner = findLayer(layer as GroupLayer, name);
      if (inner) return inner;
    }
  }
  return null;
}

/** Opens the file a problem is in and selects its layer and object, as far as they still exist. */
function reveal(problem: MapProblem, result: CheckResult, mapFile: string): void {
  const file = problem.file === result.path ? mapFile : join(result.workspace.root, problem.file);
  if (file.endsWith('.tiled-project')) return;
  const asset = tiled.openAssets.find((a) => a.fileName === file) ?? tiled.open(file);
  if (!asset) return;
  tiled.activeAsset = asset;
  if (!asset.isTileMap || problem.layer === undefined) return;
  const map = asset as TileMap;
  const layer = findLayer(map, problem.layer);
  if (!layer) return;
  map.currentLayer = layer;
  if (problem.objectId === undefined || !layer.isObjectLayer) return;
  const object = (layer as ObjectGroup).objects.find((o) => o.id === problem.objectId);
  if (object) map.selectedObjects = [object];
}

/** Checks one map file and reports into the Issues panel; resolves when done (tests wait on it). */
export async function checkMap(mapFile: string): Promise<CheckResult> {
  const result = await checkMapFile(mapFile, host);
  for (const problem of result.problems) {
    const text = `Westgate: ${formatProblem(problem)} [${problem.rule}]`;
    tiled.error(text, () => reveal(problem, result, mapFile));
  }
  const count = result.problems.length;
  tiled.log(`Westgate: ${result.path}: ${count === 0 ? 'ok' : `${count} problem${count === 1 ? '' : 's'}`}`);
  return result;
}

/** A map is checked when it is saved; a saved tileset, template or project re-checks every open map. */
export function onAssetSaved(asset: Asset): Promise<unknown> {
  if (asset.fileName.endsWith('.tmx')) {
    tiled.warn(
      `Westgate: ${asset.fileName}: the game reads .tmj maps: use File > Save As, JSON map files`,
      () => undefined,
    );
    return Promise.resolve();
  }
  const maps = asset.isTileMap ? [asset] : tiled.openAssets.filter((a) => a.isTileMap);
  return Promise.all(
    maps
      .filter((m) => m.fileName.endsWith('.tmj'))
      .map((m) =>
        checkMap(m.fileName).catch((error: unknown) => {
          tiled.error(`Westgate: checking ${m.fileName} failed: ${String(error)}`, () => undefined);
        }),
      ),
  );
}

tiled.assetSaved.connect((asset) => void onAssetSaved(asset));

const action = tiled.registerAction('WestgateCheckMap', () => {
  const asset = tiled.activeAsset;
  if (asset?.isTileMap) void checkMap(asset.fileName);
  else tiled.log('Westgate: open a map to check it');
});
action.text = 'Check Westgate Map';
tiled.extendMenu('Map', [{ separator: true }, { action: 'WestgateCheckMap' }]);
