const DEFAULT_HINT =
  'Fix the problem and save: the dev server reloads the map. `npm run maps:check` prints the same list.';

/**
 * The error screen, drawn in the page itself: it must work when the art failed to load, and a map
 * maker can select and copy the text of each problem. Everything is set as text, never as HTML: the
 * lines may come from a dropped file.
 */
export function showErrorOverlay(title: string, lines: string[], hint: string = DEFAULT_HINT): void {
  let el = document.getElementById('westgate-error');
  if (!el) {
    el = document.createElement('div');
    el.id = 'westgate-error';
    el.setAttribute('role', 'alert');
    document.body.appendChild(el);
  }
  el.replaceChildren();
  const h = document.createElement('h1');
  h.textContent = title;
  const pre = document.createElement('pre');
  pre.textContent = lines.join('\n');
  const p = document.createElement('p');
  p.textContent = hint;
  el.append(h, pre, p);
}

/** Takes the error screen away once the problem is fixed (a hot reload that loads). */
export function hideErrorOverlay(): void {
  document.getElementById('westgate-error')?.remove();
}
