import type { SettingsStore } from './store';

/**
 * Settings for views built by scenes that do not receive them (rain, cones, markers, the keyboard):
 * main.ts links the one store to its game object; a view asks with its scene's game. Keyed per game,
 * so two games on a page (tests) never share settings. Absent = defaults.
 */
const links = new WeakMap<object, SettingsStore>();

export function linkSettings(game: object, store: SettingsStore): void {
  links.set(game, store);
}

export function settingsOf(game: object): SettingsStore | undefined {
  return links.get(game);
}
