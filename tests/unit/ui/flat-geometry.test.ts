import { describe, expect, it } from 'vitest';
import {
  blankVertices,
  dropCollinear,
  fanQuads,
  lineQuads,
  setFan,
  setLine,
  STRIDE,
} from '../../../src/ui/flat-geometry';
import { randomInt, seedRng } from '../../../src/state/rng';

/** The triangles a Mesh2D ordered index list draws: a, b, c and b, c, d of each quad. */
function triangles(quads: number[]): number[][] {
  const out: number[][] = [];
  for (let o = 0; o < quads.length; o += 8) {
    const [a, b, c, d] = [quads[o], quads[o + 1], quads[o + 2], quads[o + 6]] as number[];
    expect(quads[o + 4]).toBe(b);
    expect(quads[o + 5]).toBe(c);
    expect(quads[o + 3]).toBe(0);
    expect(quads[o + 7]).toBe(0);
    for (const t of [
      [a, b, c],
      [b, c, d],
    ] as number[][])
      if (new Set(t).size === 3) out.push([...t].sort((x, y) => x - y));
  }
  return out;
}

const area = (v: number[], t: number[]) => {
  const [a, b, c] = t.map((i) => [v[i * STRIDE] ?? 0, v[i * STRIDE + 1] ?? 0]) as [
    [number, number],
    [number, number],
    [number, number],
  ];
  return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
};

describe('a fan as quads', () => {
  it('draws each triangle eye-P(k)-P(k+1) exactly once, for odd and even counts', () => {
    for (const ends of [2, 3, 4, 17, 21]) {
      const drawn = triangles(fanQuads(ends));
      const wanted = Array.from({ length: ends - 1 }, (_, k) => [0, k + 1, k + 2]);
      expect(drawn.sort()).toEqual(wanted.sort());
    }
    expect(fanQuads(21).length).toBe(10 * 8);
    expect(fanQuads(1)).toEqual([]);
    expect(fanQuads(0)).toEqual([]);
  });

  it('covers the fan polygon: the triangles add up to its area', () => {
    // a half disc of radius 10 round (5, 5), 13 far points
    const points = Array.from({ length: 13 }, (_, k) => {
      const a = (Math.PI * k) / 12;
      return [5 + 10 * Math.cos(a), 5 + 10 * Math.sin(a)];
    }).flat();
    const v = blankVertices(14);
    setFan(v, 5, 5, points);
    expect(v.slice(0, 4)).toEqual([5, 5, 0.5, 0.5]);
    expect(v[STRIDE]).toBeCloseTo(15, 12);
    const polygon = 13 * 0 + 12 * ((100 * Math.sin(Math.PI / 12)) / 2);
    const sum = triangles(fanQuads(13)).reduce((s, t) => s + area(v, t), 0);
    expect(sum).toBeCloseTo(polygon, 9);
  });
});

describe('lines as quads', () => {
  it('a line is a rectangle `width` across, centred on the segment', () => {
    const v = blankVertices(8);
    setLine(v, 1, 0, 0, 10, 0, 2);
    // line 1 owns vertices 4..7: start +normal, start -normal, end +normal, end -normal
    const corners = [4, 5, 6, 7].map((i) => [v[i * STRIDE], v[i * STRIDE + 1]]);
    expect(corners).toEqual([
      [0, 1],
      [0, -1],
      [10, 1],
      [10, -1],
    ]);
    const drawn = triangles(lineQuads(2));
    expect(drawn).toEqual([
      [0, 1, 2],
      [1, 2, 3],
      [4, 5, 6],
      [5, 6, 7],
    ]);
    expect(drawn.slice(2).reduce((s, t) => s + area(v, t), 0)).toBe(20);
    // a line of no length has no area
    setLine(v, 0, 3, 3, 3, 3, 2);
    expect(drawn.slice(0, 2).reduce((s, t) => s + area(v, t), 0)).toBe(0);
  });
});

describe('dropping ends in a row along a wall', () => {
  const kept = (points: number[], tolerance?: number) => {
    const out = new Float32Array(points.length);
    const n = dropCollinear(points, out, tolerance);
    return Array.from(out.slice(0, 2 * n));
  };

  it('keeps the first and last of a straight row and every corner', () => {
    // along y = 0 from x = 0 to 4, then a corner, then down x = 4
    expect(kept([0, 0, 1, 0, 2, 0, 3, 0, 4, 0, 4, 1, 4, 2, 4, 3])).toEqual([0, 0, 4, 0, 4, 3]);
    expect(kept([0, 0, 5, 5])).toEqual([0, 0, 5, 5]);
    expect(kept([])).toEqual([]);
  });

  it('keeps an arc (points a cone ends on at its range) and a spike out and back', () => {
    const arc = Array.from({ length: 5 }, (_, k) => [100 * Math.cos(k / 10), 100 * Math.sin(k / 10)]).flat();
    expect(kept(arc).length).toBe(10);
    expect(kept([0, 0, 4, 0, 2, 0])).toEqual([0, 0, 4, 0, 2, 0]);
  });

  it('never moves the outline more than the tolerance (seeded walls and arcs)', () => {
    const rng = seedRng(11);
    for (let n = 0; n < 200; n++) {
      const points: number[] = [];
      let x = randomInt(rng, 100);
      let y = randomInt(rng, 100);
      for (let k = 0; k < 21; k++) {
        points.push(x, y);
        if (randomInt(rng, 3) === 0) x += 1 + randomInt(rng, 5);
        else y += randomInt(rng, 3) - 1;
      }
      const out = kept(points, 0.25);
      // each dropped point is within 0.25 px of the kept outline
      for (let k = 0; k < points.length; k += 2) {
        const px = points[k] ?? 0;
        const py = points[k + 1] ?? 0;
        let best = Infinity;
        for (let j = 0; j + 3 < out.length; j += 2) {
          const [ax, ay, bx, by] = [out[j], out[j + 1], out[j + 2], out[j + 3]] as [
            number,
            number,
            number,
            number,
          ];
          const l2 = (bx - ax) ** 2 + (by - ay) ** 2;
          const t =
            l2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / l2));
          best = Math.min(best, Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay))));
        }
        expect(best).toBeLessThanOrEqual(0.25 + 1e-9);
      }
    }
  });
});
