export const DEFAULT_HINT =
  'Fix the problem and save: the dev server reloads the map. `npm run maps:check` prints the same list.';

/** How an overlay reads: `error` (a problem, the heading in red) or `ok` (news, the heading in paper). */
export type OverlayTone = 'error' | 'ok';

/**
 * The error screen, drawn in the page itself: it must work when the art failed to load, and a map
 * maker can select and copy the text of each problem. Everything is set as text, never as HTML: the
 * lines may come from a dropped file.
 */
export function showErrorOverlay(
  title: string,
  lines: string[],
  hint: string = DEFAULT_HINT,
  id = 'westgate-error',
  tone: OverlayTone = 'error',
): HTMLElement {
  let el = document.getElementById(id);
  if (!el) {
    el = document.createElement('div');
    el.id = id;
    el.setAttribute('role', tone === 'error' ? 'alert' : 'status');
    document.body.appendChild(el);
  }
  el.className = `westgate-overlay ${tone}`;
  el.replaceChildren();
  const h = document.createElement('h1');
  h.textContent = title;
  const pre = document.createElement('pre');
  pre.textContent = lines.join('\n');
  const p = document.createElement('p');
  p.textContent = hint;
  el.append(h, pre, p);
  return el;
}

/** Takes the error screen away once the problem is fixed (a hot reload that loads). */
export function hideErrorOverlay(id = 'westgate-error'): void {
  document.getElementById(id)?.remove();
}
