import { RESERVED_KEYS } from './keys';
import { ACTIONS, ACTION_LABELS, MAX_KEYS_PER_ACTION, type Action, type Bindings } from './schema';

export type BindingProblem =
  | { kind: 'unbound'; action: Action }
  | { kind: 'conflict'; key: number; actions: [Action, Action] }
  | { kind: 'reserved'; key: number; action: Action };

/** Every way a set of bindings is unusable: an action with no key, a key on two actions, a reserved key. */
export function bindingProblems(b: Bindings): BindingProblem[] {
  const problems: BindingProblem[] = [];
  const owner = new Map<number, Action>();
  for (const action of ACTIONS) {
    const keys = b[action];
    if (keys.length === 0) problems.push({ kind: 'unbound', action });
    for (const key of keys) {
      if (RESERVED_KEYS.includes(key)) problems.push({ kind: 'reserved', key, action });
      const other = owner.get(key);
      if (other !== undefined && other !== action)
        problems.push({ kind: 'conflict', key, actions: [other, action] });
      else owner.set(key, action);
    }
  }
  return problems;
}

export type RebindResult = { ok: true; bindings: Bindings } | { ok: false; reason: string };

function copy(b: Bindings): Bindings {
  return Object.fromEntries(ACTIONS.map((a) => [a, [...b[a]]])) as Bindings;
}

/**
 * Binds `key` to `action` in slot `slot` (a slot past the end appends). A key already used by another
 * action is rejected, not stolen: the player sees why and chooses again.
 */
export function rebind(b: Bindings, action: Action, slot: number, key: number): RebindResult {
  if (RESERVED_KEYS.includes(key)) return { ok: false, reason: 'that key is reserved' };
  const holder = ACTIONS.find((a) => a !== action && b[a].includes(key));
  if (holder) return { ok: false, reason: `already used by ${ACTION_LABELS[holder]}` };
  const next = copy(b);
  const keys = next[action].filter((k) => k !== key);
  if (slot < keys.length) keys[slot] = key;
  else if (keys.length < MAX_KEYS_PER_ACTION) keys.push(key);
  else keys[keys.length - 1] = key;
  next[action] = [...new Set(keys)];
  return { ok: true, bindings: next };
}

/** Removes one key from an action, unless it is the action's last. */
export function unbind(b: Bindings, action: Action, key: number): RebindResult {
  if (b[action].length <= 1) return { ok: false, reason: `${ACTION_LABELS[action]} needs at least one key` };
  const next = copy(b);
  next[action] = next[action].filter((k) => k !== key);
  return { ok: true, bindings: next };
}

/** The action a key triggers, if any. */
export function actionOf(b: Bindings, key: number): Action | undefined {
  return ACTIONS.find((a) => b[a].includes(key));
}
