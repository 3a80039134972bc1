// React ships CommonJS only. For the browser tests, rollup (with its CommonJS plugin) bundles
// react, react-dom and react-dom/client once into one ES module, and each of those specifiers is
// served as a module re-exporting its part of that bundle: one React instance, named exports as
// Node sees them. (Listed in web-test-runner.config.mjs `plugins`.)
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { spawnSync } from 'node:child_process';
import { rollup } from 'rollup';

const BUNDLE = '/__react-bundle.js';
/** The file nodeResolve resolves each specifier to → the name of its object in the bundle. */
const PARTS = { 'react/index.js': 'React', 'react-dom/index.js': 'ReactDOM', 'react-dom/client.js': 'ReactDOMClient' };
const SPECIFIERS = { React: 'react', ReactDOM: 'react-dom', ReactDOMClient: 'react-dom/client' };

const nodeEnv = {
  name: 'node-env',
  transform: (code) => (code.includes('process.env.NODE_ENV') ? code.replaceAll('process.env.NODE_ENV', '"development"') : null),
};

let bundled;
async function bundle() {
  const entry = Object.entries(SPECIFIERS).map(([name, specifier]) => `export { default as ${name} } from '${specifier}';`).join('\n');
  const build = await rollup({
    input: 'react-entry',
    plugins: [{ name: 'entry', resolveId: (id) => (id === 'react-entry' ? id : null), load: (id) => (id === 'react-entry' ? entry : null) }, nodeEnv, nodeResolve({ browser: true }), commonjs()],
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0].code;
}

/** The names Node sees on the CommonJS module (asked in a child: React's dev build writes to the console). */
function exportNames(specifier) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'development' } });
  if (child.status !== 0) throw new Error(`cannot load ${specifier}: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key));
}

function reexport(name) {
  const names = exportNames(SPECIFIERS[name]);
  return `import { ${name} } from '${BUNDLE}';\nexport default ${name};\nexport const { ${names.join(', ')} } = ${name};\n`;
}

export const reactPlugin = {
  name: 'react-esm',
  async serve(context) {
    if (context.path === BUNDLE) return { body: await (bundled ??= bundle()), type: 'js' };
    const part = Object.entries(PARTS).find(([file]) => context.path.endsWith(`/node_modules/${file}`));
    return part ? { body: reexport(part[1]), type: 'js' } : undefined;
  },
};
