/**
 * Canonical JSON and a 64-bit content hash. Saves, replays and map files are compared by these, so
 * the output must be identical in every engine: keys sorted by UTF-16 code unit (not locale), numbers
 * printed by the spec'd shortest round-trip form, and anything JSON cannot say exactly is an error.
 */

/**
 * JSON with object keys sorted, arrays in order, no whitespace. Object properties that are
 * `undefined` are left out (as JSON.stringify does); NaN, ±Infinity, undefined array items or holes,
 * functions, symbols, bigints, non-plain objects and cycles throw a TypeError naming the path.
 */
export function stableStringify(value: unknown): string {
  const out: string[] = [];
  write(value, '$', out, new Set());
  return out.join('');
}

function write(value: unknown, path: string, out: string[], open: Set<object>): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`stableStringify: ${path} is ${value}`);
      out.push(JSON.stringify(value));
      return;
    case 'object':
      break;
    default:
      throw new TypeError(`stableStringify: ${path} is ${typeof value}`);
  }
  if (open.has(value)) throw new TypeError(`stableStringify: ${path} is a cycle`);
  open.add(value);
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      const item: unknown = value[i];
      if (item === undefined) throw new TypeError(`stableStringify: ${path}[${i}] is undefined`);
      write(item, `${path}[${i}]`, out, open);
    }
    out.push(']');
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(`stableStringify: ${path} is not a plain object`);
    }
    const record = value as Record<string, unknown>;
    out.push('{');
    let first = true;
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      if (item === undefined) continue;
      if (!first) out.push(',');
      first = false;
      out.push(JSON.stringify(key), ':');
      write(item, `${path}.${key}`, out, open);
    }
    out.push('}');
  }
  open.delete(value);
}

/**
 * Two 32-bit multiply-xor lanes (cyrb53's construction, kept to the full 64 bits) over bytes, each
 * finalised with the other so a difference in either spreads to both halves.
 */
class Hasher {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  byte(b: number): void {
    this.h1 = Math.imul(this.h1 ^ b, 2654435761);
    this.h2 = Math.imul(this.h2 ^ b, 1597334677);
  }

  digest(): string {
    let h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507);
    h1 ^= Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    let h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return hex8(h2) + hex8(h1);
  }
}

function hex8(x: number): string {
  return (x >>> 0).toString(16).padStart(8, '0');
}

/** 16 lowercase hex chars over raw bytes (a map file as read from disk). */
export function hashBytes(bytes: Uint8Array): string {
  const h = new Hasher();
  for (const b of bytes) h.byte(b);
  return h.digest();
}

/**
 * 16 lowercase hex chars over the string's UTF-8 bytes, so `hashString(text)` equals `hashBytes` of
 * the same text saved as UTF-8. Lone surrogates are encoded as 3 bytes each (WTF-8), not replaced.
 */
export function hashString(text: string): string {
  const h = new Hasher();
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) {
      h.byte(c);
    } else if (c < 0x800) {
      h.byte(0xc0 | (c >>> 6));
      h.byte(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      h.byte(0xe0 | (c >>> 12));
      h.byte(0x80 | ((c >>> 6) & 0x3f));
      h.byte(0x80 | (c & 0x3f));
    } else {
      h.byte(0xf0 | (c >>> 18));
      h.byte(0x80 | ((c >>> 12) & 0x3f));
      h.byte(0x80 | ((c >>> 6) & 0x3f));
      h.byte(0x80 | (c & 0x3f));
    }
  }
  return h.digest();
}

/** hashString(stableStringify(value)): equal for equal JSON data, whatever the key order. */
export function stableHash(value: unknown): string {
  return hashString(stableStringify(value));
}
