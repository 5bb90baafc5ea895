/**
 * Corners and quads for flat shapes drawn as a Phaser Mesh2D (see flat-mesh.ts): a fan (a vision
 * cone or a searchlight beam, seen from its eye) and straight lines of a given width. The quads are
 * fixed when the shape is made; drawing only moves corners. Plain arrays: no Phaser here, so it is
 * unit-tested in Node.
 *
 * A vertex is x, y, u, v (the Mesh2D layout); a quad is four vertex indices a, b, c, d drawn as the
 * triangles a-b-c and b-c-d, written the way Mesh2D's ordered index list wants it:
 * a, b, c, page, b, c, d, page.
 */

/** Floats per vertex: x, y, u, v. */
export const STRIDE = 4;

/** Each vertex at (0, 0), its texture coordinate in the middle of the (white) texture. */
export function blankVertices(count: number): number[] {
  const v: number[] = [];
  for (let i = 0; i < count; i++) v.push(0, 0, 0.5, 0.5);
  return v;
}

function pushQuad(out: number[], a: number, b: number, c: number, d: number): void {
  out.push(a, b, c, 0, b, c, d, 0);
}

/**
 * A fan of `ends` points round an eye: vertex 0 is the eye, vertices 1..ends the far points in
 * order, and the triangles eye-P(k)-P(k+1). Two neighbouring triangles share the edge eye-P(k+1),
 * so each pair is one quad P(k), eye, P(k+1), P(k+2); an odd one out is a quad with a repeated corner.
 */
export function fanQuads(ends: number): number[] {
  const out: number[] = [];
  for (let k = 0; k + 1 < ends; k += 2) {
    const p = k + 1;
    pushQuad(out, p, 0, p + 1, k + 2 < ends ? p + 2 : p + 1);
  }
  return out;
}

/**
 * Drops the points that lie on the straight line between their neighbours (within `tolerance`
 * pixels): rays that end on one wall give a row of points along it, and a straight edge needs only
 * its ends. A point is dropped only if it and every point dropped since the last one kept lie on
 * the segment from that kept point to the next point, so the outline never strays further than
 * the tolerance. Writes the kept x, y pairs to `out`; returns how many.
 */
export function dropCollinear(points: ArrayLike<number>, out: Float32Array, tolerance = 0.25): number {
  const n = points.length >> 1;
  const x = (i: number) => points[2 * i] ?? 0;
  const y = (i: number) => points[2 * i + 1] ?? 0;
  /** point j lies on the segment a-c, within the tolerance */
  const onSegment = (a: number, j: number, c: number) => {
    const cx = x(c) - x(a);
    const cy = y(c) - y(a);
    const bx = x(j) - x(a);
    const by = y(j) - y(a);
    const along = bx * cx + by * cy;
    const length2 = cx * cx + cy * cy;
    // a and c one point: j must be on it (a ray out to a corner and back is kept)
    if (length2 === 0) return bx * bx + by * by <= tolerance * tolerance;
    return along >= 0 && along <= length2 && Math.abs(bx * cy - by * cx) <= tolerance * Math.sqrt(length2);
  };
  let kept = 0;
  let last = 0;
  for (let i = 0; i < n; i++) {
    let drop = i > last && i < n - 1;
    for (let j = last + 1; drop && j <= i; j++) drop = onSegment(last, j, i + 1);
    if (drop) continue;
    out[2 * kept] = x(i);
    out[2 * kept + 1] = y(i);
    kept++;
    last = i;
  }
  return kept;
}

/** Puts the fan's eye at (ox, oy) and its far points at `points` (x, y pairs). */
export function setFan(
  vertices: number[],
  ox: number,
  oy: number,
  points: ArrayLike<number>,
  n = points.length >> 1,
): void {
  vertices[0] = ox;
  vertices[1] = oy;
  for (let k = 0; k < n; k++) {
    vertices[(k + 1) * STRIDE] = points[2 * k] ?? ox;
    vertices[(k + 1) * STRIDE + 1] = points[2 * k + 1] ?? oy;
  }
}

/** Lines as quads: line i owns vertices 4i..4i+3. */
export function lineQuads(lines: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines; i++) pushQuad(out, 4 * i, 4 * i + 1, 4 * i + 2, 4 * i + 3);
  return out;
}

/**
 * Line i from (x1, y1) to (x2, y2), `width` pixels across and centred on the segment (as a
 * Graphics stroke is). A line of no length draws nothing.
 */
export function setLine(
  vertices: number[],
  i: number,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  width: number,
): void {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.hypot(dx, dy);
  const nx = len === 0 ? 0 : (-dy / len) * (width / 2);
  const ny = len === 0 ? 0 : (dx / len) * (width / 2);
  const at = 4 * i * STRIDE;
  corner(vertices, at, x1 + nx, y1 + ny);
  corner(vertices, at + STRIDE, x1 - nx, y1 - ny);
  corner(vertices, at + 2 * STRIDE, x2 + nx, y2 + ny);
  corner(vertices, at + 3 * STRIDE, x2 - nx, y2 - ny);
}

function corner(vertices: number[], at: number, x: number, y: number): void {
  vertices[at] = x;
  vertices[at + 1] = y;
}
