import type { KeyValueStore } from '../storage/safe-store';

/**
 * localStorage as a KeyValueStore. Reading it can throw (blocked storage, private modes): then
 * nothing is kept, and the game says so in the console once, but plays on.
 */
export const browserStore: KeyValueStore = {
  get(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      warnOnce();
      return null;
    }
  },
  set(key, value) {
    window.localStorage.setItem(key, value);
  },
  remove(key) {
    try {
      window.localStorage.removeItem(key);
    } catch {
      warnOnce();
    }
  },
};

let warned = false;
function warnOnce(): void {
  if (warned) return;
  warned = true;
  console.warn(
    '[westgate] browser storage is not available: settings, records and replays last this visit only',
  );
}
