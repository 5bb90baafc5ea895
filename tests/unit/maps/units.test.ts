/** The loader's small parts: decoding, JSON errors, paths, hashing, grid walks, text formats, the CLI. */
import { describe, expect, it } from 'vitest';
import { checkMaps } from '../../../src/cli/maps-check.ts';
import { decodeBase64, decodeLayerData } from '../../../src/maps/decode.ts';
import { reachable, segmentTiles } from '../../../src/maps/grid.ts';
import { hashFiles } from '../../../src/maps/hash.ts';
import { parseJson } from '../../../src/maps/json-text.ts';
import { normalisePath, resolvePath } from '../../../src/maps/paths.ts';
import { formatProblem, MAX_PROBLEMS, ProblemList } from '../../../src/maps/problems.ts';
import { parseClock, parseDialogueText, parseSchedule, parseWaits } from '../../../src/maps/text-formats.ts';
import { reader } from './fixture-reader.ts';

describe('formatProblem', () => {
  it('names file, layer and object', () => {
    const p = {
      file: 'maps/yard.tmj',
      layer: 'objects',
      objectId: 12,
      objectName: 'east patrol',
      objectClass: 'guard',
      rule: 'route-exists',
      message: 'route 99 does not exist',
    };
    expect(formatProblem(p)).toBe(
      'maps/yard.tmj: layer "objects", object 12 "east patrol" (guard): route 99 does not exist',
    );
    expect(formatProblem({ file: 'maps/cell.tmj', rule: 'spawn-count', message: 'm' })).toBe(
      'maps/cell.tmj: map: m',
    );
    expect(formatProblem({ file: 'maps/tilesets/a.tsj', rule: 'x', message: 'm' })).toBe(
      'maps/tilesets/a.tsj: tileset: m',
    );
    expect(formatProblem({ file: 'maps/a.tmj', layer: 'ground', rule: 'x', message: 'm' })).toBe(
      'maps/a.tmj: layer "ground": m',
    );
  });

  it('caps the list and says how many were left out', () => {
    const list = new ProblemList();
    for (let i = 0; i < MAX_PROBLEMS + 5; i += 1) list.add('maps/a.tmj', 'r', `p${i}`);
    const result = list.result('maps/a.tmj');
    expect(result).toHaveLength(MAX_PROBLEMS + 1);
    expect(result.at(-1)?.message).toBe('5 more problems not shown');
  });
});

describe('paths', () => {
  it('resolves references against the referencing file', () => {
    expect(resolvePath('maps/tilesets/prison.tsj', '../../assets/tiles.png')).toBe('assets/tiles.png');
    expect(resolvePath('maps/cell.tmj', 'tilesets/prison.tsj')).toBe('maps/tilesets/prison.tsj');
    expect(resolvePath('maps/cell.tmj', './templates\\guard.tj')).toBe('maps/templates/guard.tj');
    expect(resolvePath('cell.tmj', 'a.tsj')).toBe('a.tsj');
    expect(normalisePath('../x/../../y')).toBe('../../y');
  });
});

describe('hashFiles', () => {
  it('does not depend on the order files were read in, and keeps paths and contents apart', () => {
    const a = new Map([
      ['x', '1'],
      ['y', '2'],
    ]);
    const b = new Map([
      ['y', '2'],
      ['x', '1'],
    ]);
    expect(hashFiles(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashFiles(a)).toBe(hashFiles(b));
    expect(hashFiles(new Map([['x', '12']]))).not.toBe(hashFiles(new Map([['x1', '2']])));
  });
});

describe('parseJson', () => {
  const error = (text: string) => {
    const r = parseJson(text);
    return r.ok ? 'ok' : r.message;
  };
  it('gives the line, column and reason', () => {
    expect(error('{"a": 1,}')).toBe("line 1, column 9: trailing comma before '}'");
    expect(error('{\n  "a": [1 2]\n}')).toBe("line 2, column 11: expected ',' or ']'");
    expect(error('{"a": tru}')).toBe('line 1, column 7: unexpected character "t"');
    expect(error('{"a": "x')).toBe('line 1, column 9: unterminated string');
    expect(error('')).toBe('line 1, column 1: unexpected end of file');
    expect(error('{} x')).toBe('line 1, column 4: unexpected text after the end of the JSON value');
    expect(error('\uFEFF{"a": 1}')).toBe('ok');
  });
});

describe('decodeLayerData', () => {
  it('reads arrays, CSV strings and base64', () => {
    expect(decodeLayerData([1, 2, 0])).toEqual({ ok: true, gids: [1, 2, 0] });
    expect(decodeLayerData('1, 2,\n3', 'csv')).toEqual({ ok: true, gids: [1, 2, 3] });
    const bytes = new Uint8Array(new Uint32Array([1, 0x80000002]).buffer);
    expect(decodeLayerData(Buffer.from(bytes).toString('base64'), 'base64', '')).toEqual({
      ok: true,
      gids: [1, 0x80000002],
    });
  });

  it('rejects what it cannot read', () => {
    expect(decodeLayerData([1, 'x'])).toMatchObject({ ok: false, rule: 'layer-data' });
    expect(decodeLayerData('!!!!', 'base64')).toEqual({
      ok: false,
      rule: 'layer-data',
      message: 'data is not valid base64',
    });
    expect(decodeLayerData('AAAA', 'base64', 'zlib')).toEqual({
      ok: false,
      rule: 'layer-data',
      message: 'data does not decompress as zlib',
    });
    expect(decodeLayerData('AAAA', 'base64', 'lz4')).toEqual({
      ok: false,
      rule: 'compression',
      message: 'unknown compression "lz4"',
    });
  });

  it('decodes base64 like Buffer does', () => {
    for (const text of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar']) {
      const encoded = Buffer.from(text).toString('base64');
      expect(Buffer.from(decodeBase64(encoded) ?? []).toString()).toBe(text);
    }
  });
});

describe('segmentTiles', () => {
  it('walks every tile a segment crosses', () => {
    expect(segmentTiles(8, 8, 56, 8, 16)).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
    expect(segmentTiles(8, 8, 40, 24, 16)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [2, 1],
    ]);
    expect(segmentTiles(40, 24, 8, 8, 16)).toEqual([
      [2, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ]);
    // exactly through a corner: diagonal step
    expect(segmentTiles(8, 8, 24, 24, 16)).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(segmentTiles(8, 40, 8, 8, 16)).toEqual([
      [0, 2],
      [0, 1],
      [0, 0],
    ]);
  });
});

describe('reachable', () => {
  it('walks 4-connected passable tiles', () => {
    // 3x3 with a wall column in the middle, open at the bottom
    const walls = new Set([1, 4]);
    const seen = reachable(0, 3, 3, (t) => !walls.has(t));
    expect(seen).toEqual([true, false, true, true, false, true, true, true, true]);
  });
});

describe('text formats', () => {
  it('reads clocks, schedules, dialogue and waits', () => {
    expect(parseClock('06:00')).toBe(360);
    expect(parseClock('23:59')).toBe(1439);
    expect(parseClock('24:00')).toBeUndefined();
    expect(parseSchedule('21:00 lights-out Lights out\n').entries).toEqual([
      { minute: 1260, kind: 'lights-out', label: 'Lights out' },
    ]);
    expect(parseDialogueText('TANNOY: Count: now.').lines).toEqual([
      { speaker: 'TANNOY', text: 'Count: now.' },
    ]);
    expect(parseWaits('60', 3)).toEqual({ ok: true, value: [60, 60, 60] });
    expect(parseWaits('', 2)).toEqual({ ok: true, value: [0, 0] });
    expect(parseWaits('1, 2', 2)).toEqual({ ok: true, value: [1, 2] });
    expect(parseWaits('-1', 2)).toEqual({
      ok: false,
      message: 'waits "-1" must be whole numbers of ticks, comma-separated',
    });
  });
});

describe('maps-check CLI', () => {
  it('prints ok lines and problems, and returns the exit code', async () => {
    const lines: string[] = [];
    const code = await checkMaps(['maps/small.tmj'], reader(), (l) => lines.push(l));
    expect([code, lines]).toEqual([0, ['maps/small.tmj: ok (13 objects)']]);
    lines.length = 0;
    expect(await checkMaps(['maps/small.tmj', 'maps/gone.tmj'], reader(), (l) => lines.push(l))).toBe(1);
    expect(lines).toEqual([
      'maps/small.tmj: ok (13 objects)',
      'maps/gone.tmj: map: file cannot be read (missing or unreadable)',
    ]);
  });
});
