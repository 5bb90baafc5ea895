import { describe, expect, it } from 'vitest';
import {
  KEY,
  actionOf,
  bindingProblems,
  defaultBindings,
  keyName,
  rebind,
  unbind,
} from '../../../src/settings';

describe('bindings', () => {
  it('the defaults have no problems', () => {
    expect(bindingProblems(defaultBindings())).toEqual([]);
  });

  it('finds conflicts, unbound actions and reserved keys', () => {
    const b = { ...defaultBindings(), skip: [KEY.E], restart: [], pause: [KEY.G] };
    const kinds = bindingProblems(b).map((p) => p.kind);
    expect(kinds).toContain('conflict');
    expect(kinds).toContain('unbound');
    expect(kinds).toContain('reserved');
  });

  it('rebinding to a key another action uses is rejected, naming that action', () => {
    const r = rebind(defaultBindings(), 'run', 0, KEY.W);
    expect(r).toEqual({ ok: false, reason: 'already used by Up' });
  });

  it('the action is named as the controls page names it', () => {
    expect(rebind(defaultBindings(), 'up', 0, KEY.E)).toEqual({
      ok: false,
      reason: 'already used by Talk / use',
    });
  });

  it('rebinding replaces a slot or appends, and the key then triggers that action', () => {
    const r = rebind(defaultBindings(), 'run', 0, KEY.CTRL);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.bindings.run).toEqual([KEY.CTRL]);
    expect(actionOf(r.bindings, KEY.CTRL)).toBe('run');
    const more = rebind(r.bindings, 'run', 5, KEY.SHIFT);
    expect(more.ok && more.bindings.run).toEqual([KEY.CTRL, KEY.SHIFT]);
    expect(rebind(defaultBindings(), 'pause', 0, KEY.G).ok).toBe(false);
  });

  it('never leaves an action unbound', () => {
    expect(unbind(defaultBindings(), 'skip', KEY.X).ok).toBe(false);
    const r = unbind(defaultBindings(), 'up', KEY.W);
    expect(r.ok && r.bindings.up).toEqual([KEY.UP]);
  });

  it('names keys readably', () => {
    expect([KEY.W, KEY.SPACE, KEY.ESC, KEY.UP, 49, 112, 300].map(keyName)).toEqual([
      'W',
      'Space',
      'Esc',
      'Up',
      '1',
      'F1',
      '#300',
    ]);
  });
});
