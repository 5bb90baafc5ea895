import { showErrorOverlay } from './error-overlay';

/** Largest replay file the page accepts from a drop: a four-hour run is well under this. */
const MAX_REPLAY_BYTES = 8 * 1024 * 1024;

/**
 * Dropping a .replay.json on the page verifies it right here, with the same referee as
 * `npm run verify`, and shows the verdict as plain text. The file is data: it is parsed, never run.
 */
export function installReplayDrop(verify: (text: string) => { ok: boolean } & Record<string, unknown>): void {
  window.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    const file = [...(e.dataTransfer?.files ?? [])].find((f) => f.name.endsWith('.replay.json'));
    if (!file) return;
    e.preventDefault();
    if (file.size > MAX_REPLAY_BYTES) {
      showVerdict(file.name, {
        ok: false,
        error: `the file is ${file.size} bytes; a replay is at most ${MAX_REPLAY_BYTES}`,
      });
      return;
    }
    void file.text().then((text) => showVerdict(file.name, verify(text)));
  });
}

function showVerdict(name: string, verdict: { ok: boolean } & Record<string, unknown>): void {
  const title = verdict.ok ? `Replay verified: ${name}` : `Replay refused: ${name}`;
  showErrorOverlay(title, [JSON.stringify(verdict, null, 2)], 'Reload the page to play on.');
}
