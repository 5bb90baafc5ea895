/**
 * The error screen, drawn in the page itself: it must work when the art failed to load, and a map
 * maker can select and copy the text of each problem.
 */
export function showErrorOverlay(title: string, lines: string[]): void {
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
  const hint = document.createElement('p');
  hint.textContent =
    'Fix the problem and save: the dev server reloads the page. `npm run maps:check` prints the same list.';
  el.append(h, pre, hint);
}
