/**
 * Breaks a caption into pages of at most `lines` lines of at most `columns` characters (the font is
 * monospaced), at spaces; a word longer than a line is cut. Large captions are shown a page at a time,
 * so their box never covers more than its few lines of the view.
 */
export function captionPages(text: string, columns: number, lines: number): string[] {
  const rows: string[] = [];
  let row = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    let w = word;
    if (row !== '' && row.length + 1 + w.length <= columns) {
      row += ` ${w}`;
      continue;
    }
    if (row !== '') rows.push(row);
    while (w.length > columns) {
      rows.push(w.slice(0, columns));
      w = w.slice(columns);
    }
    row = w;
  }
  if (row !== '') rows.push(row);
  const pages: string[] = [];
  for (let i = 0; i < rows.length; i += lines) pages.push(rows.slice(i, i + lines).join('\n'));
  return pages.length > 0 ? pages : [''];
}
