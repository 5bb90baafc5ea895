/** A tiny RGBA pixel canvas with the few operations the art generator needs, written out with pngjs. */
import pngjs from 'pngjs';

/** A colour as 0xRRGGBB. */
export type Rgb = number;

export class Canvas {
  readonly data: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8Array(width * height * 4);
  }

  private index(x: number, y: number): number {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return -1;
    return (y * this.width + x) * 4;
  }

  /** Overwrite one pixel; outside the canvas is ignored so shapes may be clipped freely. */
  set(x: number, y: number, c: Rgb, alpha = 255): void {
    const i = this.index(x | 0, y | 0);
    if (i < 0) return;
    this.data[i] = (c >> 16) & 255;
    this.data[i + 1] = (c >> 8) & 255;
    this.data[i + 2] = c & 255;
    this.data[i + 3] = alpha;
  }

  /** Set with coordinates wrapped, for seamless tiles. */
  wrap(x: number, y: number, c: Rgb): void {
    const wx = ((x % this.width) + this.width) % this.width;
    const wy = ((y % this.height) + this.height) % this.height;
    this.set(wx, wy, c);
  }

  /** The colour at a pixel, or undefined where transparent or outside. */
  get(x: number, y: number): Rgb | undefined {
    const i = this.index(x | 0, y | 0);
    if (i < 0 || (this.data[i + 3] ?? 0) === 0) return undefined;
    return ((this.data[i] ?? 0) << 16) | ((this.data[i + 1] ?? 0) << 8) | (this.data[i + 2] ?? 0);
  }

  alphaAt(x: number, y: number): number {
    const i = this.index(x | 0, y | 0);
    return i < 0 ? 0 : (this.data[i + 3] ?? 0);
  }

  /** Source-over blend of `c` at opacity `a` (0..1). */
  blend(x: number, y: number, c: Rgb, a: number): void {
    const i = this.index(x | 0, y | 0);
    if (i < 0 || a <= 0) return;
    const da = (this.data[i + 3] ?? 0) / 255;
    const oa = a + da * (1 - a);
    const mixc = (shift: number, k: number): number => {
      const s = (c >> shift) & 255;
      const d = this.data[i + k] ?? 0;
      return Math.round((s * a + d * da * (1 - a)) / oa);
    };
    this.data[i] = mixc(16, 0);
    this.data[i + 1] = mixc(8, 1);
    this.data[i + 2] = mixc(0, 2);
    this.data[i + 3] = Math.round(oa * 255);
  }

  fill(x: number, y: number, w: number, h: number, c: Rgb): void {
    for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) this.set(xx, yy, c);
  }

  hline(x0: number, x1: number, y: number, c: Rgb): void {
    for (let x = Math.min(x0, x1); x <= Math.max(x0, x1); x++) this.set(x, y, c);
  }

  vline(x: number, y0: number, y1: number, c: Rgb): void {
    for (let y = Math.min(y0, y1); y <= Math.max(y0, y1); y++) this.set(x, y, c);
  }

  /** Copy a region of `src` here; transparent source pixels are skipped. */
  blit(
    src: Canvas,
    sx: number,
    sy: number,
    w: number,
    h: number,
    dx: number,
    dy: number,
    flipX = false,
  ): void {
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const fx = flipX ? sx + w - 1 - x : sx + x;
        const a = src.alphaAt(fx, sy + y);
        const c = src.get(fx, sy + y);
        if (a === 0 || c === undefined) continue;
        if (a === 255) this.set(dx + x, dy + y, c);
        else this.blend(dx + x, dy + y, c, a / 255);
      }
    }
  }

  toPng(): Buffer {
    const png = new pngjs.PNG({ width: this.width, height: this.height });
    png.data = Buffer.from(this.data);
    return pngjs.PNG.sync.write(png, { colorType: 6 });
  }
}

/** Ring every opaque shape with a 1 px outline (4-connected), so sprites pop on any floor. */
export function outline(c: Canvas, col: Rgb): void {
  const marks: [number, number][] = [];
  for (let y = 0; y < c.height; y++) {
    for (let x = 0; x < c.width; x++) {
      if (c.alphaAt(x, y) !== 0) continue;
      const near = [c.alphaAt(x - 1, y), c.alphaAt(x + 1, y), c.alphaAt(x, y - 1), c.alphaAt(x, y + 1)];
      if (near.some((a) => a === 255)) marks.push([x, y]);
    }
  }
  for (const [x, y] of marks) c.set(x, y, col);
}

/** Paint a string template: each character is looked up in `colours`, '.' is transparent. */
export function stamp(
  c: Canvas,
  rows: readonly string[],
  colours: Record<string, Rgb>,
  ox = 0,
  oy = 0,
): void {
  rows.forEach((row, y) =>
    [...row].forEach((ch, x) => {
      if (ch === '.' || ch === ' ') return;
      const col = colours[ch];
      if (col === undefined) throw new Error(`stamp: no colour for '${ch}'`);
      c.set(ox + x, oy + y, col);
    }),
  );
}

/** Linear mix of two colours, t = 0 gives a. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  const ch = (shift: number): number =>
    Math.round(((a >> shift) & 255) * (1 - t) + ((b >> shift) & 255) * t) & 255;
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
}

/** 4x4 Bayer matrix, for ordered dithering of gradients and glows (the 16-bit look, and deterministic). */
const BAYER = [0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5];

/** True where a dithered fill of density t (0..1) puts a pixel at (x, y). */
export function dither(x: number, y: number, t: number): boolean {
  const threshold = ((BAYER[((y & 3) << 2) | (x & 3)] ?? 0) + 0.5) / 16;
  return t > threshold;
}

/** v squared, by multiplication: no Math.pow, whose last bits may differ between engines. */
export const sq = (v: number): number => v * v;
