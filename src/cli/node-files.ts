import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReadFile } from '../maps';

/** Reads repo-relative paths ('maps/cell.tmj') from the working directory, for the Node tools. */
export const readRepoFile: ReadFile = (p) => readFile(path.resolve(process.cwd(), p), 'utf8');
