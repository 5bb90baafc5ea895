import type Phaser from 'phaser';
import { blankVertices, fanQuads, lineQuads, setFan, setLine } from './flat-geometry';

/**
 * A flat-coloured Mesh2D of Phaser's white texture, its colour the tint. Drawn as quads in the same
 * batch as the sprites, with no triangulation per frame: a Graphics runs earcut over every polygon
 * every frame and breaks the sprite batch, which made cones and beams the dearest thing on screen.
 */
function flatMesh(scene: Phaser.Scene, vertices: number[], quads: number[]): Phaser.GameObjects.Mesh2D {
  const mesh = scene.add.mesh2d(0, 0, '__WHITE', vertices, [0, 0, 0, 0]);
  mesh.indicesOrdered = quads;
  mesh.setUseOrderedIndices(true);
  // corners where they fall: pixel-art rounding moves each corner of a 1 px line on its own, and the
  // line comes out in dashes (a Graphics was never rounded)
  mesh.setVertexRoundMode('off');
  return mesh;
}

/** Quad lists by count, made once and shared by every mesh (never written): at [n], n ends or lines. */
const FAN_QUADS: number[][] = [];
const LINE_QUADS: number[][] = [];

function quadsFor(kind: 'fan' | 'line', n: number): number[] {
  const cache = kind === 'fan' ? FAN_QUADS : LINE_QUADS;
  return (cache[n] ??= kind === 'fan' ? fanQuads(n) : lineQuads(n));
}

/** Mesh2D multiplies its texture by `tint` (Phaser 4.2's typings leave the field out). */
type Tinted = Phaser.GameObjects.Mesh2D & { tint: number };

/** The mesh's colour and opacity. */
function paint(mesh: Phaser.GameObjects.Mesh2D, colour: number, alpha: number): void {
  (mesh as Tinted).tint = colour;
  mesh.setAlpha(alpha);
}

/** What a flat mesh shows, for the page probe: shown, its colour and opacity, and how many quads. */
export interface FlatLook {
  shown: boolean;
  colour: number;
  alpha: number;
  quads: number;
}

function look(mesh: Phaser.GameObjects.Mesh2D): FlatLook {
  return {
    shown: mesh.visible,
    colour: (mesh as Tinted).tint,
    alpha: mesh.alpha,
    quads: (mesh.indicesOrdered?.length ?? 0) / 8,
  };
}

/**
 * The key of a white ellipse `w` by `h` pixels, baked once into a texture: an image of it (tinted,
 * faded) is one quad in the sprite batch, where a Graphics ellipse is a polygon cut up every frame.
 */
export function ellipseTexture(scene: Phaser.Scene, w: number, h: number): string {
  const key = `ellipse-${w}x${h}`;
  if (!scene.textures.exists(key)) {
    const g = scene.make.graphics({}, false);
    g.fillStyle(0xffffff, 1).fillEllipse(w / 2, h / 2, w, h);
    g.generateTexture(key, w, h);
    g.destroy();
  }
  return key;
}

/**
 * A filled fan: an eye and up to `ends` far points, as a vision cone or a searchlight beam. Only
 * the quads of the points set are drawn (a cone along a wall needs few).
 */
export class FanMesh {
  readonly mesh: Phaser.GameObjects.Mesh2D;
  private readonly vertices: number[];
  /** how many far points are set */
  ends = 0;

  constructor(scene: Phaser.Scene, ends: number) {
    this.vertices = blankVertices(ends + 1);
    this.mesh = flatMesh(scene, this.vertices, quadsFor('fan', ends));
  }

  /** The eye, x and y. */
  eye(): { x: number; y: number } {
    return { x: this.vertices[0] ?? 0, y: this.vertices[1] ?? 0 };
  }

  /** The eye at (ox, oy), the far points as x, y pairs: the first `n` of them. */
  set(ox: number, oy: number, points: ArrayLike<number>, n = points.length >> 1): void {
    setFan(this.vertices, ox, oy, points, n);
    this.ends = n;
    this.mesh.indicesOrdered = quadsFor('fan', n);
  }

  colour(colour: number, alpha: number): void {
    paint(this.mesh, colour, alpha);
  }

  look(): FlatLook {
    return look(this.mesh);
  }
}

/** Up to `lines` straight lines of one colour; lines not set this frame are not drawn. */
export class LineMesh {
  readonly mesh: Phaser.GameObjects.Mesh2D;
  private readonly vertices: number[];
  private used = 0;

  constructor(
    scene: Phaser.Scene,
    private readonly lines: number,
  ) {
    this.vertices = blankVertices(4 * lines);
    this.mesh = flatMesh(scene, this.vertices, quadsFor('line', lines));
  }

  colour(colour: number, alpha: number): void {
    paint(this.mesh, colour, alpha);
  }

  look(): FlatLook {
    return look(this.mesh);
  }

  /** Starts a frame's lines. */
  begin(): this {
    this.used = 0;
    return this;
  }

  line(x1: number, y1: number, x2: number, y2: number, width: number): this {
    if (this.used < this.lines) setLine(this.vertices, this.used++, x1, y1, x2, y2, width);
    return this;
  }

  /** Ends the frame's lines: only the first `used` are drawn. */
  end(): void {
    this.mesh.indicesOrdered = quadsFor('line', this.used);
  }
}
