import { describe, expect, it } from 'vitest';
import { actionKey, currentDevice, hintLine, noteDevice, onDeviceChange } from '../../../src/input/device';
import { linkSettings } from '../../../src/settings/link';
import { KEY } from '../../../src/settings/keys';
import { SettingsStore, type SettingsStorage } from '../../../src/settings/store';

class Storage implements SettingsStorage {
  readonly data = new Map<string, string>();
  get = (k: string) => this.data.get(k) ?? null;
  set = (k: string, v: string) => void this.data.set(k, v);
  remove = (k: string) => void this.data.delete(k);
}

describe('prompts follow the device and the player keys', () => {
  it('names the first bound key, then the pad button after a pad is used, and back', () => {
    const game = {};
    const settings = new SettingsStore(new Storage());
    linkSettings(game, settings);
    const items: Parameters<typeof hintLine>[1] = [
      ['move', 'move'],
      ['interact', 'talk'],
      ['skip', 'skip'],
      ['restart', 'restart'],
    ];
    const seen: string[] = [];
    const off = onDeviceChange((d) => seen.push(d));
    noteDevice('keyboard');
    expect(hintLine(game, items)).toBe('Arrows move · E talk · X skip · R restart');
    settings.update({ bindings: { ...settings.current.bindings, interact: [KEY.SPACE, KEY.E] } });
    expect(hintLine(game, items)).toBe('Arrows move · Space talk · X skip · R restart');
    noteDevice('pad');
    noteDevice('pad');
    expect(currentDevice()).toBe('pad');
    expect(hintLine(game, items)).toBe('Stick move · A talk · B skip · Back restart');
    noteDevice('keyboard');
    off();
    noteDevice('pad');
    noteDevice('keyboard');
    // each change announced once, and nothing after unsubscribing
    expect(seen).toEqual(['pad', 'keyboard']);
  });

  it("the interact prompt's keycap: E, the remapped key at once, A on a pad", () => {
    const game = {};
    const settings = new SettingsStore(new Storage());
    linkSettings(game, settings);
    noteDevice('keyboard');
    expect(actionKey(game, 'interact')).toBe('E');
    settings.update({ bindings: { ...settings.current.bindings, interact: [KEY.ENTER, KEY.E] } });
    expect(actionKey(game, 'interact')).toBe('Enter');
    noteDevice('pad');
    expect(actionKey(game, 'interact')).toBe('A');
    noteDevice('keyboard');
    // no settings linked: the defaults
    expect(actionKey({}, 'interact')).toBe('E');
  });
});
