/**
 * The map files of this build, by repo path ("maps/cell.tmj"), as Vite bundled them. In `npm run dev`
 * files.ts hands over fresh texts each time a map file is saved; listeners hear which paths changed.
 * It lives in its own module so it outlives files.ts being re-run by a hot update.
 */
export type MapFilesListener = (changed: string[]) => void;

export class MapStore {
  private files = new Map<string, string>();
  private readonly listeners = new Set<MapFilesListener>();
  private loaded = false;

  /** Replaces the files (keys as Vite's glob gives them: "/maps/cell.tmj"); tells listeners what changed. */
  update(globbed: Record<string, string>): string[] {
    const next = new Map(Object.entries(globbed).map(([key, text]) => [key.replace(/^\//, ''), text]));
    const changed = [...new Set([...this.files.keys(), ...next.keys()])]
      .filter((path) => this.files.get(path) !== next.get(path))
      .sort();
    this.files = next;
    const first = !this.loaded;
    this.loaded = true;
    if (!first && changed.length > 0) for (const listener of this.listeners) listener(changed);
    return changed;
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  get(path: string): string | undefined {
    return this.files.get(path);
  }

  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  /** Calls `listener` after each hot update; returns the unsubscribe. */
  subscribe(listener: MapFilesListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const bundledMaps = new MapStore();
