/**
 * Mutations of JSON files, as a hostile or careless editor would make them: on the parsed tree (wrong
 * types, deleted keys, hostile strings and numbers, deep nesting) and on the text (truncation,
 * stray characters). Each returns a short description, printed when a case fails.
 */
import { HOSTILE_NUMBERS, HOSTILE_STRINGS } from './hostile';
import type { Prng } from './prng';

export { HOSTILE_NUMBERS, HOSTILE_STRINGS } from './hostile';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Key = string | number;

/** Literals JSON.stringify cannot write: set as a marker string, substituted into the text by `serialize`. */
const RAW_MARK = '\u0000RAW:';
const RAW_LITERALS: readonly string[] = ['1e999', '-1e999', '-0', '1E400', '0.0000000000000000000000001'];

function deep(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}0${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`;
}

/** A marker for a raw literal or a deeply nested value. */
function rawValue(rng: Prng): string {
  if (rng.chance(0.5)) return RAW_MARK + rng.pick(RAW_LITERALS);
  return RAW_MARK + deep(rng.pick([64, 1_000, 5_000]), rng.chance(0.5) ? 'array' : 'object');
}

/** The tree as JSON text, with raw markers replaced by their literal text. */
export function serialize(root: Json, indent?: number): string {
  const text = JSON.stringify(root, null, indent);
  return text.replace(/"\\u0000RAW:(?:[^"\\]|\\.)*"/g, (m) =>
    (JSON.parse(m) as string).slice(RAW_MARK.length),
  );
}

export function clone<T extends Json>(value: T): T {
  return structuredClone(value);
}

function childKeys(node: Json): Key[] {
  if (Array.isArray(node)) return node.map((_v, i) => i);
  if (node !== null && typeof node === 'object') return Object.keys(node);
  return [];
}

function child(node: Json, key: Key): Json {
  if (Array.isArray(node)) return node[key as number] ?? null;
  if (node !== null && typeof node === 'object') return node[key as string] ?? null;
  return null;
}

export function getAt(root: Json, path: readonly Key[]): Json {
  return path.reduce<Json>((node, key) => child(node, key), root);
}

/** Replaces the value at `path` (the root itself when the path is empty); returns the new root. */
export function setAt(root: Json, path: readonly Key[], value: Json): Json {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent)) parent[key as number] = value;
  else if (parent !== null && typeof parent === 'object') {
    // defineProperty: a plain assignment of '__proto__' would change the prototype instead
    Object.defineProperty(parent, key as string, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return root;
}

export function deleteAt(root: Json, path: readonly Key[]): void {
  const parent = getAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (key === undefined) return;
  if (Array.isArray(parent)) parent.splice(key as number, 1);
  else if (parent !== null && typeof parent === 'object') delete parent[key as string];
}

/** A random path into the tree: descends into a random child, stopping with probability `stop`. */
export function pickPath(rng: Prng, root: Json, stop = 0.3): Key[] {
  const path: Key[] = [];
  let node = root;
  for (;;) {
    const keys = childKeys(node);
    if (keys.length === 0 || (path.length > 0 && rng.chance(stop))) return path;
    const key = rng.pick(keys);
    path.push(key);
    node = child(node, key);
  }
}

/** A random value of any type, small, hostile where it can be. */
export function randomValue(rng: Prng, depth = 0): Json {
  const kind = rng.int(depth > 2 ? 4 : 7);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return rng.pick(HOSTILE_NUMBERS);
    case 3:
      return rng.pick(HOSTILE_STRINGS);
    case 4:
      return Array.from({ length: rng.int(4) }, () => randomValue(rng, depth + 1));
    case 5: {
      const o: { [key: string]: Json } = {};
      for (let i = rng.int(4); i > 0; i--) setAt(o, [rng.pick(HOSTILE_STRINGS)], randomValue(rng, depth + 1));
      return o;
    }
    default:
      return rawValue(rng);
  }
}

function typeOf(v: Json): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** A value whose type differs from `v`'s. */
function otherType(rng: Prng, v: Json): Json {
  for (let i = 0; i < 20; i++) {
    const next = randomValue(rng);
    if (typeOf(next) !== typeOf(v)) return next;
  }
  return null;
}

const show = (path: readonly Key[]): string => (path.length === 0 ? '(root)' : path.join('.'));

/** One structural mutation at a random place. Mutates and returns the (possibly new) root. */
export function mutateTree(rng: Prng, root: Json, path = pickPath(rng, root)): { root: Json; what: string } {
  const node = getAt(root, path);
  const at = show(path);
  const op = rng.int(11);
  if (op === 9 && typeof node === 'number') {
    const d = rng.pick([-1, 1, -2, 2, -60, 60]);
    return { root: setAt(root, path, node + d), what: `${at} nudged by ${d}` };
  }
  if (op === 10 && Array.isArray(node) && node.length > 1) {
    const [i, j] = [rng.int(node.length), rng.int(node.length)];
    [node[i], node[j]] = [node[j] ?? null, node[i] ?? null];
    return { root, what: `items ${i} and ${j} of ${at} swapped` };
  }
  if (op === 0) return { root: setAt(root, path, otherType(rng, node)), what: `wrong type at ${at}` };
  if (op === 1 && path.length > 0) {
    deleteAt(root, path);
    return { root, what: `deleted ${at}` };
  }
  if (op === 2)
    return { root: setAt(root, path, rng.pick(HOSTILE_STRINGS)), what: `hostile string at ${at}` };
  if (op === 3)
    return { root: setAt(root, path, rng.pick(HOSTILE_NUMBERS)), what: `hostile number at ${at}` };
  if (op === 4)
    return { root: setAt(root, path, rawValue(rng)), what: `raw literal or deep nesting at ${at}` };
  if (op === 5 && Array.isArray(node)) {
    node.push(randomValue(rng));
    return { root, what: `appended to ${at}` };
  }
  if (op === 5 && node !== null && typeof node === 'object') {
    setAt(node, [rng.pick(HOSTILE_STRINGS)], randomValue(rng));
    return { root, what: `added a hostile key to ${at}` };
  }
  if (op === 6 && (Array.isArray(node) || (node !== null && typeof node === 'object'))) {
    return { root: setAt(root, path, Array.isArray(node) ? [] : {}), what: `emptied ${at}` };
  }
  if (op === 7 && Array.isArray(node) && node.length > 0) {
    const i = rng.int(node.length);
    node.splice(rng.int(node.length + 1), 0, clone(node[i] ?? null));
    return { root, what: `duplicated an item of ${at}` };
  }
  return { root: setAt(root, path, randomValue(rng)), what: `random value at ${at}` };
}

/** Characters a careless edit leaves behind. */
const STRAY = ['"', '{', '}', '[', ']', ',', ':', '\\', '\u0000', '\n', '0', '-', 'e', '\ufeff', '\u{1f694}'];

/** One text-level mutation: truncation, a deleted slice, a stray character, a changed digit. */
export function mutateText(rng: Prng, text: string): { text: string; what: string } {
  const at = rng.int(text.length + 1);
  switch (rng.int(4)) {
    case 0:
      return { text: text.slice(0, at), what: `truncated at ${at} of ${text.length}` };
    case 1: {
      const n = 1 + rng.int(20);
      return { text: text.slice(0, at) + text.slice(at + n), what: `deleted ${n} chars at ${at}` };
    }
    case 2: {
      const c = rng.pick(STRAY);
      return { text: text.slice(0, at) + c + text.slice(at), what: `inserted ${JSON.stringify(c)} at ${at}` };
    }
    default:
      return mutateDigit(rng, text);
  }
}

/** One digit of the text changed: still JSON, another number (ticks, ids, counts). */
export function mutateDigit(rng: Prng, text: string): { text: string; what: string } {
  const digits = [...text.matchAll(/[0-9]/g)].map((m) => m.index);
  if (digits.length === 0) return { text, what: 'no digit to change' };
  const i = rng.pick(digits);
  const d = String(rng.int(10));
  return { text: text.slice(0, i) + d + text.slice(i + 1), what: `digit at ${i} set to ${d}` };
}

/** Offsets just after a structural character outside strings: whitespace there changes no meaning. */
export function tokenGaps(text: string): number[] {
  const gaps: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if ('{}[],:'.includes(c)) gaps.push(i + 1);
  }
  return gaps;
}

/** Inserts JSON whitespace at a few token gaps (and maybe the start): same meaning, other bytes. */
export function addWhitespace(rng: Prng, text: string): { text: string; what: string } {
  const gaps = [0, ...tokenGaps(text)];
  const chosen = new Set(Array.from({ length: 1 + rng.int(5) }, () => rng.pick(gaps)));
  let out = text;
  for (const g of [...chosen].sort((a, b) => b - a)) {
    out = out.slice(0, g) + rng.pick([' ', '\n', '\t', '\r\n', '  \n  ']) + out.slice(g);
  }
  return { text: out, what: `whitespace at ${[...chosen].join(',')}` };
}

/**
 * The tree cut after its first `keep` values in document order, every open container closed: what a
 * save written only part way looks like once its brackets are balanced.
 */
export function truncateTree(root: Json, keep: number): Json {
  let left = keep;
  const cut = (node: Json): Json => {
    left--;
    if (Array.isArray(node)) {
      const out: Json[] = [];
      for (const item of node) {
        if (left <= 0) break;
        out.push(cut(item));
      }
      return out;
    }
    if (node !== null && typeof node === 'object') {
      const out: { [key: string]: Json } = {};
      for (const [k, v] of Object.entries(node)) {
        if (left <= 0) break;
        setAt(out, [k], cut(v));
      }
      return out;
    }
    return node;
  };
  return cut(root);
}

/** Number of values in the tree. */
export function countNodes(root: Json): number {
  return 1 + childKeys(root).reduce<number>((n, k) => n + countNodes(child(root, k)), 0);
}
