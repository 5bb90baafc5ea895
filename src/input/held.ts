/** Keys down on the keyboard now, by code, from the page's own key events. */
const down = new Set<string>();

/** Tracks which keys are down (once, from main.ts); a lost focus lets them all go. */
export function trackHeldKeys(): void {
  window.addEventListener('keydown', (e) => down.add(e.code), true);
  window.addEventListener(
    'keyup',
    (e) => {
      down.delete(e.code);
      // macOS sends no keyup for keys pressed while Cmd was down: they would be held for ever
      if (e.key === 'Meta') down.clear();
    },
    true,
  );
  window.addEventListener('blur', () => down.clear());
}

/** Whether any key is held down now. */
export function anyKeyHeld(): boolean {
  return down.size > 0;
}
