/**
 * The checks the game runs, run on a file Tiled just saved: the same loadMap and rules as the game and
 * `npm run maps:check` (bundled from src/maps, not copied), over files read through Tiled.
 */
import { loadMap } from '../../src/maps/index.ts';
import type { MapProblem, ReadFile } from '../../src/maps/index.ts';
import { ancestors, basename, dirname, join, relativeTo } from './paths.ts';

export const PROJECT_FILE = 'westgate.tiled-project';

/** What the checker needs from Tiled: read a text file, test that one exists, the open project. */
export interface Host {
  readText(absolutePath: string): string;
  exists(absolutePath: string): boolean;
  /** the project Tiled has open, '' for none */
  projectFilePath: string;
}

/** Where the repo is: the folder above the one holding the project file (maps/westgate.tiled-project). */
export interface Workspace {
  root: string;
  /** project file relative to root, e.g. "maps/westgate.tiled-project" */
  projectPath: string;
}

/** The Westgate project nearest above the file, else the open project, else a guess beside the file. */
export function findWorkspace(file: string, host: Host): Workspace {
  const near = ancestors(file).find((dir) => host.exists(join(dir, PROJECT_FILE)));
  const open = host.projectFilePath.endsWith('.tiled-project') ? host.projectFilePath : '';
  const project = near !== undefined ? join(near, PROJECT_FILE) : open || join(dirname(file), PROJECT_FILE);
  const projectDir = dirname(project);
  return { root: dirname(projectDir), projectPath: `${basename(projectDir)}/${basename(project)}` };
}

export interface CheckResult {
  workspace: Workspace;
  /** the map as the game names it, e.g. "maps/cell.tmj" */
  path: string;
  problems: MapProblem[];
}

/** Loads and checks one map file by absolute path. */
export async function checkMapFile(file: string, host: Host): Promise<CheckResult> {
  const workspace = findWorkspace(file, host);
  const read: ReadFile = (path) => Promise.resolve(host.readText(join(workspace.root, path)));
  const path = relativeTo(workspace.root, file);
  const result = await loadMap(path, read, workspace.projectPath);
  return { workspace, path, problems: result.ok ? [] : result.problems };
}
