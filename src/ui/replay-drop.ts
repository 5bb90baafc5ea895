import { hideErrorOverlay, showErrorOverlay } from './error-overlay';

/** Largest replay file the page accepts from a drop: a four-hour run is well under this. */
const MAX_REPLAY_BYTES = 8 * 1024 * 1024;
const VERDICT_ID = 'westgate-verdict';

/** What the verdict needs of the game: to stand still under it, and to go on after it. */
export interface GameHold {
  pause(): void;
  resume(): void;
}

/**
 * Dropping a .replay.json on the page verifies it right here, with the same referee as
 * `npm run verify`, and shows the verdict as plain text. The file is data: it is parsed, never run.
 * While the verdict is up the game is paused and takes no key; Esc or Enter puts it away and the game
 * goes on where it was.
 */
export function installReplayDrop(
  verify: (text: string) => { ok: boolean } & Record<string, unknown>,
  game: GameHold,
): void {
  window.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    const file = [...(e.dataTransfer?.files ?? [])].find((f) => f.name.endsWith('.replay.json'));
    if (!file) return;
    e.preventDefault();
    if (file.size > MAX_REPLAY_BYTES) {
      showVerdict(file.name, game, {
        ok: false,
        error: `the file is ${file.size} bytes; a replay is at most ${MAX_REPLAY_BYTES}`,
      });
      return;
    }
    void file.text().then((text) => showVerdict(file.name, game, verify(text)));
  });
}

/** The verdict's key listener while it is up. */
let dismiss: ((e: KeyboardEvent) => void) | null = null;

function showVerdict(name: string, game: GameHold, verdict: { ok: boolean } & Record<string, unknown>): void {
  const title = verdict.ok ? `Replay verified: ${name}` : `Replay refused: ${name}`;
  showErrorOverlay(
    title,
    [JSON.stringify(verdict, null, 2)],
    'Esc or Enter: back to the game.',
    VERDICT_ID,
    verdict.ok ? 'ok' : 'error',
  );
  game.pause();
  if (dismiss) return; // a second drop only replaced the text
  // capture, on the window: it runs before the game's listeners and keeps every key press from them
  // (releases go through, so a key held when the verdict came up is not stuck down after it)
  const onKey = (e: KeyboardEvent) => {
    e.stopImmediatePropagation();
    // only the verdict's own keys: F5, F12 and the browser's shortcuts still work under it
    if (e.key !== 'Escape' && e.key !== 'Enter') return;
    e.preventDefault();
    hideErrorOverlay(VERDICT_ID);
    window.removeEventListener('keydown', onKey, true);
    dismiss = null;
    game.resume();
  };
  dismiss = onKey;
  window.addEventListener('keydown', onKey, true);
}
