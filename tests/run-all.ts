/**
 * npm test: every check in order — typecheck, lint, unit tests, the golden replays (inside the unit
 * tests), the production build, and the browser tests in Chromium. Stops at the first failing step
 * and ends with one summary line, 'N passed, N failed', counted over all test cases.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = 'test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;

function run(name: string, cmd: string, args: string[], report?: string): boolean {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (report) {
    try {
      const json = JSON.parse(readFileSync(report, 'utf8')) as {
        numPassedTests: number;
        numFailedTests: number;
      };
      passed += json.numPassedTests;
      failed += json.numFailedTests;
    } catch {
      // the runner died before writing its report: the exit code below tells
    }
  }
  const ok = r.status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${secs.toFixed(1)} s`);
  if (!ok && !report) failed++;
  return ok;
}

const npx = 'npx';
const steps: (() => boolean)[] = [
  () => run('typecheck', npx, ['tsc', '--noEmit', '-p', '.']),
  // the Tiled extension compiles against Tiled's own API types, apart from the browser's
  () => run('typecheck extension', npx, ['tsc', '-p', 'maps/extension']),
  () => run('lint', npx, ['eslint', '.']),
  () => run('format', npx, ['prettier', '--check', '.']),
  () => run('maps', npx, ['tsx', 'src/cli/maps-check.ts']),
  () => run('tiled', 'bash', ['tests/tiled/roundtrip.sh']),
  () =>
    run(
      'unit',
      npx,
      ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/unit.json`],
      `${out}/unit.json`,
    ),
  () => run('build', npx, ['vite', 'build', '--logLevel', 'warn']),
  () =>
    run(
      'browser',
      npx,
      [
        'vitest',
        'run',
        '--config',
        'tests/e2e/vitest.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${out}/e2e.json`,
      ],
      `${out}/e2e.json`,
    ),
];

let ok = true;
for (const step of steps) {
  if (!step()) {
    ok = false;
    break;
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
