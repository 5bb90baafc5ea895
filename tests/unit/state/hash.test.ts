import { describe, expect, it } from 'vitest';
import { hashBytes, hashString, stableHash, stableStringify } from '../../../src/state/hash';

// cyrb53 as published; our hash keeps both 32-bit lanes, so its low 53 bits must equal cyrb53 on ASCII.
function cyrb53(str: string): bigint {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return BigInt(4294967296 * (2097151 & h2) + (h1 >>> 0));
}

describe('stableStringify', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(stableStringify({ b: 1, a: [1, 2, { d: null, c: 'x' }] })).toBe(
      '{"a":[1,2,{"c":"x","d":null}],"b":1}',
    );
  });

  it('prints scalars as JSON does', () => {
    expect(stableStringify('q"\n\u2028')).toBe(JSON.stringify('q"\n\u2028'));
    expect(stableStringify([true, false, null, 0, -0, 1.5, 1e21, -3])).toBe(
      '[true,false,null,0,0,1.5,1e+21,-3]',
    );
    expect(stableStringify({})).toBe('{}');
    expect(stableStringify([])).toBe('[]');
  });

  it('sorts keys by code unit, not locale', () => {
    expect(stableStringify({ b: 1, B: 2, a: 3, é: 4, _: 5 })).toBe('{"B":2,"_":5,"a":3,"b":1,"é":4}');
  });

  it('leaves out undefined properties, as JSON does', () => {
    expect(stableStringify({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('accepts shared references that are not cycles', () => {
    const shared = { x: 1 };
    expect(stableStringify([shared, shared])).toBe('[{"x":1},{"x":1}]');
  });

  it.each([
    [{ a: [1, Number.NaN] }, '$.a[1] is NaN'],
    [{ a: Infinity }, '$.a is Infinity'],
    [[-Infinity], '$[0] is -Infinity'],
    [[1, undefined], '$[1] is undefined'],
    [[1, , 3], '$[1] is undefined'],
    [undefined, '$ is undefined'],
    [{ f: () => 1 }, '$.f is function'],
    [{ n: 10n }, '$.n is bigint'],
    [{ s: Symbol('s') }, '$.s is symbol'],
    [{ m: new Map() }, '$.m is not a plain object'],
  ])('rejects %o', (value, message) => {
    expect(() => stableStringify(value)).toThrow(TypeError);
    expect(() => stableStringify(value)).toThrow(message);
  });

  it('rejects cycles', () => {
    const a: Record<string, unknown> = {};
    a.self = { back: a };
    expect(() => stableStringify(a)).toThrow('$.self.back is a cycle');
  });

  it('accepts objects without a prototype', () => {
    const o = Object.create(null) as Record<string, number>;
    o.z = 1;
    o.a = 2;
    expect(stableStringify(o)).toBe('{"a":2,"z":1}');
  });
});

describe('hashString', () => {
  it('pins values', () => {
    expect(hashString('')).toBe('488bdcb81aee8d83');
    expect(hashString('a')).toBe('501c2ba782c97901');
    expect(hashString('westgate')).toBe('15797c4e5d2939b0');
    expect(hashString('é€😀')).toBe('f3475e172cf25c33');
  });

  it('is 16 lowercase hex characters', () => {
    for (const s of ['', 'x', 'a longer string with spaces', '\u0000'])
      expect(hashString(s)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('agrees with cyrb53 on the low 53 bits for ASCII', () => {
    for (const s of ['', 'a', 'westgate', 'R17 informs', '{"a":1}']) {
      expect(BigInt(`0x${hashString(s)}`) & ((1n << 53n) - 1n)).toBe(cyrb53(s));
    }
  });

  it('hashes the UTF-8 bytes: equals hashBytes of the encoded text', () => {
    for (const s of ['', 'plain', 'é', '€uro', '😀 emoji', 'mixed ü 中 🎷']) {
      expect(hashString(s)).toBe(hashBytes(new TextEncoder().encode(s)));
    }
  });

  it('encodes lone surrogates as 3 bytes instead of replacing them', () => {
    expect(hashString('\ud800')).toBe(hashBytes(new Uint8Array([0xed, 0xa0, 0x80])));
    expect(hashString('\ud800')).not.toBe(hashString('\ufffd'));
  });

  it('spreads one-character changes over both halves', () => {
    const a = hashString('suspicion:40');
    const b = hashString('suspicion:41');
    expect(a.slice(0, 8)).not.toBe(b.slice(0, 8));
    expect(a.slice(8)).not.toBe(b.slice(8));
  });

  it('has no collisions over 20000 short strings', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20000; i++) seen.add(hashString(`tick:${i}`));
    expect(seen.size).toBe(20000);
  });
});

describe('stableHash', () => {
  it('pins a value and ignores key order', () => {
    expect(stableHash({ b: 1, a: [1, 2, { d: null, c: 'x' }] })).toBe('02b4539fe2578e62');
    expect(stableHash({ a: [1, 2, { c: 'x', d: null }], b: 1 })).toBe('02b4539fe2578e62');
  });

  it('tells array order and types apart', () => {
    expect(stableHash([1, 2])).not.toBe(stableHash([2, 1]));
    expect(stableHash({ a: 1 })).not.toBe(stableHash({ a: '1' }));
  });
});
