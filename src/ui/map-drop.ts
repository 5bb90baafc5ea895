/** A file dropped on the page, as far as the map loader needs it. */
export interface DroppedFile {
  name: string;
  size: number;
  text: () => Promise<string>;
}

/**
 * Dropping a file onto the page hands it to `play` (which checks it is a .tmj map of fair size before
 * reading it). Replay files are left to replay-drop.ts; the browser never opens a dropped file itself.
 */
export function installMapDrop(play: (file: DroppedFile) => void): void {
  window.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length === 0 || files.some((f) => f.name.endsWith('.replay.json'))) return;
    e.preventDefault();
    const file = files.find((f) => f.name.toLowerCase().endsWith('.tmj')) ?? files[0];
    if (file) play({ name: file.name, size: file.size, text: () => file.text() });
  });
}
