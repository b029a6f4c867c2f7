// `npm test`: type check, lint (layers included), unit and component tests, a renderer build, and
// the end-to-end tests in Debian's Chromium. Ends with one plain line CI can read:
// "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = mkdtempSync(path.join(os.tmpdir(), 'peerdesk-test-'));
let passed = 0;
let failed = 0;
const failures = [];

function step(name, command, args) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${result.status === 0 ? '✔' : '✘'} ${name} (${seconds} s)`);
  return result.status === 0;
}

/** A check that is not a test file still counts: one pass or one failure. */
function check(name, command, args) {
  if (step(name, command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
}

/** Runs vitest with a JSON report and adds its real test counts. */
function vitest(name, extraArgs) {
  const report = path.join(reports, `${name}.json`);
  const ok = step(name, 'npx', [
    'vitest',
    'run',
    ...extraArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    failed += 1;
    failures.push(`${name} (no report)`);
    return;
  }
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed += summary.numPassedTests;
  const failedHere =
    summary.numFailedTests + (summary.numTotalTestSuites > 0 && !ok && summary.numFailedTests === 0 ? 1 : 0);
  failed += failedHere;
  if (failedHere > 0) failures.push(name);
}

check('type check (tsc --noEmit)', 'npx', ['tsc', '--noEmit']);
check('lint (eslint + prettier)', 'npm', ['run', '--silent', 'lint']);
vitest('unit and component tests', []);
const built = step('app build (renderer, main, preload)', 'npm', ['run', '--silent', 'build']);
if (built) {
  vitest('end-to-end tests (Chromium)', ['--config', 'e2e/vitest.config.ts']);
  check('packaging layout (electron-builder against a stub Electron)', 'node', [
    'scripts/check-packaging.mjs',
  ]);
} else {
  failed += 1;
  failures.push('app build');
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
