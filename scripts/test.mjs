// `npm test`: every test, in headless Chromium, through @web/test-runner.
import { spawn } from 'node:child_process';
import { chromiumPath, MISSING_CHROMIUM } from './chromium.mjs';

if (!chromiumPath()) {
  console.error(MISSING_CHROMIUM);
  process.exit(1);
}
const args = process.argv.slice(2);
const run = (command, commandArgs) =>
  new Promise((resolve) => spawn(command, commandArgs, { stdio: 'inherit' }).on('exit', (code) => resolve(code ?? 1)));

let code = await run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...args]);
// The whole suite also checks the custom-elements manifest and the build plugins (node's test runner, no browser).
if (code === 0 && !args.some((arg) => arg === '--files' || arg.startsWith('--files=') || arg === '--watch')) {
  code = await run('node', ['--test', 'test/manifest/', 'test/build/', 'test/docs/']);
}
process.exit(code);
