import { browserStore } from '../ui/browser-store';
import { SettingsStore } from './store';

function prefersReducedMotion(): boolean {
  try {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
}

/** The settings store for this page. A copy that had to be reset says so once in the console too. */
export function createBrowserSettings(): SettingsStore {
  const store = new SettingsStore(browserStore, prefersReducedMotion());
  if (!store.saved) console.warn('[westgate] settings cannot be saved in this browser: they last this visit');
  return store;
}
