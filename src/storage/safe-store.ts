/**
 * A key-value store as the speedrun code sees it: browser localStorage in the game, a Map in tests.
 * Writes may throw (storage full, private mode): callers must keep the previous copy readable.
 */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  get(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.data.set(key, value);
  }
  remove(key: string): void {
    this.data.delete(key);
  }
}

/**
 * Writes a value so that a crash or a full storage at any point leaves a readable copy: first to
 * KEY.next, then to KEY, then drops KEY.next. Returns false (and changes nothing readable) on failure.
 */
export function safeWrite(store: KeyValueStore, key: string, value: string): boolean {
  try {
    store.set(`${key}.next`, value);
  } catch {
    return false;
  }
  try {
    store.set(key, value);
  } catch {
    // KEY still holds the old copy; KEY.next the new one, which safeRead prefers when it parses.
    return false;
  }
  try {
    store.remove(`${key}.next`);
  } catch {
    // harmless: both copies are the same
  }
  return true;
}

/**
 * Reads what safeWrite wrote: the newest copy that `parse` accepts (KEY.next from an interrupted
 * write, else KEY), or null when neither is usable.
 */
export function safeRead<T>(store: KeyValueStore, key: string, parse: (text: string) => T | null): T | null {
  for (const k of [`${key}.next`, key]) {
    let text: string | null = null;
    try {
      text = store.get(k);
    } catch {
      text = null;
    }
    if (text === null) continue;
    try {
      const value = parse(text);
      if (value !== null) return value;
    } catch {
      // a corrupt copy: try the other
    }
  }
  return null;
}
