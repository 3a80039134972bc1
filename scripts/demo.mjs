// `npm run demo [-- --backend memory|rest|zendesk|servicenow|jsm|topdesk|freshservice|glpi|zammad] [--port N]`: Vite serves demo/ and
// prints its URL. The embedded backend needs no server; for the others, the fixture servers the
// adapter tests use (speaking each vendor's documented API) run beside Vite on 127.0.0.1, so the
// same page can be pointed at any adapter, from the command line or the switch on the page.
import Koa from 'koa';
import { createServer } from 'vite';
import { fixtureMiddleware } from '../test/fixtures/server-plugin.mjs';

export const BACKENDS = ['memory', 'rest', 'zendesk', 'servicenow', 'jsm', 'topdesk', 'freshservice', 'glpi', 'zammad'];

const args = process.argv.slice(2);
/** `--name value` or `--name=value`. */
const option = (name) => {
  const flag = args.indexOf(`--${name}`);
  return flag >= 0 ? args[flag + 1] : args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
};
const backend = option('backend') ?? 'memory';
const port = option('port') === undefined ? undefined : Number(option('port'));
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error(`--port needs a port number (1-65535), not "${option('port')}".`);
  process.exit(1);
}
if (!BACKENDS.includes(backend)) {
  console.error(`Unknown backend "${backend}". Choose one of: ${BACKENDS.join(', ')}.`);
  process.exit(1);
}

const fixtures = new Koa().use(fixtureMiddleware());
const fixtureServer = await new Promise((resolve) => {
  const listening = fixtures.listen(0, '127.0.0.1', () => resolve(listening));
});
const fixturePort = fixtureServer.address().port;

process.env.VITE_SX_BACKEND = backend;
const vite = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  // An explicit --port must be that port: a silent move to the next free one would open the wrong page.
  server: { proxy: { '/__fixtures': `http://127.0.0.1:${fixturePort}` }, ...(port && { port, strictPort: true }) },
});
await vite.listen();
vite.printUrls();
console.log(`  ➜  Backend: ${backend}${backend === 'memory' ? ' (embedded, no server)' : ` (fixture server on 127.0.0.1:${fixturePort})`}`);
vite.bindCLIShortcuts({ print: true });

const stop = async () => {
  await vite.close();
  fixtureServer.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
