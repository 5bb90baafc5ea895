import { pathToFileURL } from 'node:url';

/**
 * Runs a CLI module's `main` when the file is executed (not when a test imports it), and turns its
 * result into the exit code: the number it returns, or 1 on a thrown error.
 */
export function runMain(moduleUrl: string, main: () => Promise<number | void>): void {
  if (process.argv[1] === undefined || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
