/**
 * font.png + font.xml: the typewriter face as an AngelCode BMFont (XML), which Phaser reads with
 * `this.load.bitmapFont(key, 'assets/font.png', 'assets/font.xml')`. White ink on transparency so the game
 * can tint it. Every glyph is a full 6 x 10 cell (xoffset 0, yoffset 0, xadvance 6): a monospaced face.
 */
import { Canvas } from './canvas.ts';
import { GLYPHS } from './font-glyphs.ts';
import { g } from './palette.ts';

export const CELL_W = 6;
export const CELL_H = 10;
const BASE = 8;
const LINE_HEIGHT = 10;
// One empty pixel right of and below every cell, so filtering or rounding never bleeds a neighbour in.
const STRIDE_X = CELL_W + 1;
const STRIDE_Y = CELL_H + 1;
const COLUMNS = 16;

interface Placed {
  code: number;
  x: number;
  y: number;
}

function glyphRows(ch: string): string[] {
  const src = GLYPHS[ch];
  if (src === undefined) throw new Error(`no glyph for ${ch}`);
  // trailing blank rows may be left out of the source
  const rows = src.split('/');
  if (rows.length > CELL_H) throw new Error(`glyph '${ch}' has ${rows.length} rows, more than ${CELL_H}`);
  while (rows.length < CELL_H) rows.push('');
  for (const row of rows) if (row.length > CELL_W) throw new Error(`glyph '${ch}' row "${row}" is too wide`);
  return rows;
}

/** Glyphs in code-point order: the atlas and the XML list them the same way. */
function sortedChars(): string[] {
  return Object.keys(GLYPHS).sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
}

export function drawFont(): { png: Canvas; xml: string } {
  const chars = sortedChars();
  for (let code = 32; code <= 126; code++) {
    if (GLYPHS[String.fromCharCode(code)] === undefined) throw new Error(`font lacks ASCII ${code}`);
  }
  const rowsOfCells = Math.ceil(chars.length / COLUMNS);
  const png = new Canvas(COLUMNS * STRIDE_X, rowsOfCells * STRIDE_Y);
  const placed: Placed[] = [];
  chars.forEach((ch, i) => {
    const x = (i % COLUMNS) * STRIDE_X;
    const y = Math.floor(i / COLUMNS) * STRIDE_Y;
    glyphRows(ch).forEach((row, dy) =>
      [...row].forEach((px, dx) => {
        if (px === '#') png.set(x + dx, y + dy, 0xffffff);
      }),
    );
    placed.push({ code: ch.codePointAt(0) ?? 0, x, y });
  });
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<font>',
    `  <info face="typewriter" size="${BASE}" bold="0" italic="0" charset="" unicode="1" stretchH="100" smooth="0" aa="1" padding="0,0,0,0" spacing="1,1"/>`,
    `  <common lineHeight="${LINE_HEIGHT}" base="${BASE}" scaleW="${png.width}" scaleH="${png.height}" pages="1" packed="0"/>`,
    '  <pages>',
    '    <page id="0" file="font.png"/>',
    '  </pages>',
    `  <chars count="${placed.length}">`,
    ...placed.map(
      (p) =>
        `    <char id="${p.code}" x="${p.x}" y="${p.y}" width="${CELL_W}" height="${CELL_H}" xoffset="0" yoffset="0" xadvance="${CELL_W}" page="0" chnl="15"/>`,
    ),
    '  </chars>',
    '</font>',
    '',
  ];
  return { png, xml: lines.join('\n') };
}

/** Set a line of text with the font, for previews and the title's own tests. */
export function drawText(c: Canvas, text: string, x: number, y: number, colour = g(13)): void {
  [...text].forEach((ch, i) => {
    glyphRows(GLYPHS[ch] === undefined ? '?' : ch).forEach((row, dy) =>
      [...row].forEach((px, dx) => {
        if (px === '#') c.set(x + i * CELL_W + dx, y + dy, colour);
      }),
    );
  });
}
