import { SettingsStore, type SettingsStorage } from './store';

/** localStorage, or nothing when the browser blocks it (then settings last for this visit only). */
const localStore: SettingsStorage = {
  get: (k) => window.localStorage.getItem(k),
  set: (k, v) => window.localStorage.setItem(k, v),
  remove: (k) => window.localStorage.removeItem(k),
};

function prefersReducedMotion(): boolean {
  try {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
}

/** The settings store for this page. A copy that had to be reset says so once in the console too. */
export function createBrowserSettings(): SettingsStore {
  const store = new SettingsStore(localStore, prefersReducedMotion());
  if (!store.saved) console.warn('[westgate] settings cannot be saved in this browser: they last this visit');
  return store;
}
