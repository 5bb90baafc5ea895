/** Tile layer data in any of Tiled's encodings -> plain GIDs. */
import { gunzipSync, unzlibSync } from 'fflate';

export type Decoded = { ok: true; gids: number[] } | { ok: false; rule: string; message: string };

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_INDEX = new Map([...BASE64].map((c, i) => [c, i]));

/** Standard base64 (padding optional, whitespace ignored) -> bytes; undefined when malformed. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '').replace(/=+$/, '');
  if (clean.length % 4 === 1) return undefined;
  const out = new Uint8Array((clean.length * 3) >> 2);
  let bits = 0;
  let count = 0;
  let at = 0;
  for (const c of clean) {
    const value = BASE64_INDEX.get(c);
    if (value === undefined) return undefined;
    bits = ((bits << 6) | value) & 0xffffff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out[at++] = (bits >> count) & 0xff;
    }
  }
  return out;
}

function gidsFromBytes(bytes: Uint8Array): number[] {
  const gids: number[] = new Array<number>(bytes.length >> 2);
  for (let i = 0, n = 0; i + 3 < bytes.length; i += 4, n += 1) {
    // little-endian unsigned 32-bit, flip flags included
    gids[n] =
      ((bytes[i] ?? 0) |
        ((bytes[i + 1] ?? 0) << 8) |
        ((bytes[i + 2] ?? 0) << 16) |
        ((bytes[i + 3] ?? 0) << 24)) >>>
      0;
  }
  return gids;
}

function fail(rule: string, message: string): Decoded {
  return { ok: false, rule, message };
}

function checkedGids(values: readonly unknown[]): Decoded {
  const gids: number[] = new Array<number>(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffffff) {
      return fail(
        'layer-data',
        `data[${i}] must be a GID (an integer from 0 to 4294967295), got ${JSON.stringify(value)}`,
      );
    }
    gids[i] = value;
  }
  return { ok: true, gids };
}

/** Decodes a tile layer's `data` given its `encoding` and `compression`. */
export function decodeLayerData(
  data: readonly unknown[] | string,
  encoding?: string,
  compression?: string,
): Decoded {
  if (Array.isArray(data)) return checkedGids(data);
  if (typeof data !== 'string') return fail('layer-data', 'data must be an array or a string');
  if (encoding === 'csv' || encoding === undefined) {
    const cells = data.split(',').map((s) => s.trim());
    if (cells.length === 1 && cells[0] === '') return { ok: true, gids: [] };
    return checkedGids(cells.map((s) => (/^[0-9]+$/.test(s) ? Number(s) : s)));
  }
  const bytes = decodeBase64(data);
  if (!bytes) return fail('layer-data', 'data is not valid base64');
  let raw: Uint8Array;
  try {
    if (compression === undefined || compression === '') raw = bytes;
    else if (compression === 'zlib') raw = unzlibSync(bytes);
    else if (compression === 'gzip') raw = gunzipSync(bytes);
    else if (compression === 'zstd') {
      return fail(
        'compression',
        'zstd compression is not supported: set Map > Map Properties > Tile Layer Format to Base64 (zlib), Base64 (gzip), Base64 (uncompressed) or CSV, and save',
      );
    } else return fail('compression', `unknown compression "${compression}"`);
  } catch {
    return fail('layer-data', `data does not decompress as ${compression}`);
  }
  if (raw.length % 4 !== 0)
    return fail('layer-data', `decoded data is ${raw.length} bytes, not a multiple of 4`);
  return { ok: true, gids: gidsFromBytes(raw) };
}
