// `npm test`: every test, in headless Chromium, through @web/test-runner.
import { spawn } from 'node:child_process';
import { chromiumPath, MISSING_CHROMIUM } from './chromium.mjs';

if (!chromiumPath()) {
  console.error(MISSING_CHROMIUM);
  process.exit(1);
}
const child = spawn('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 1));
