// `npm run test:package`: the package as a user gets it. Builds (unless --skip-build, for CI right
// after `npm run build`), runs `npm pack`, installs the tarball into a scratch project and checks:
// - the tarball: LICENSE, no src/, every `exports` target present, every typed entry also in
//   `typesVersions`, `sideEffects` naming only files that register something, source maps that
//   carry their sources, the manifest's modules present, `web-types` present;
// - TypeScript, strict, without skipLibCheck: every entry point imported under
//   `moduleResolution: node16` and under `node10` with esModuleInterop (SharePoint Framework
//   projects; zod's and @lit/react's own types need the flag there), and
//   test/package/*.fixture (React 19 JSX with the wrappers and the bare tags, Vue 3, Svelte 5).
// Prints "N passed, N failed" last.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './entries.mjs';

/** What the scratch project installs beside the tarball: the compiler and the frameworks' types. */
const CONSUMER_DEPENDENCIES = { typescript: '5.9.3', react: '^19.0.0', '@types/react': '^19.0.0', vue: '^3.5.0', svelte: '^5.0.0' };

const started = performance.now();
const results = [];
const check = (name, problems) => {
  results.push({ name, problems });
  console.log(`${problems.length ? '✗' : '✓'} ${name}${problems.length ? `\n    ${problems.slice(0, 20).join('\n    ')}` : ''}`);
};
const run = (command, args, cwd, what) => {
  const child = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`${what} failed (${child.status}):\n${child.stdout}\n${child.stderr}`);
  return child.stdout;
};

const scratch = mkdtempSync(path.join(os.tmpdir(), 'sx-package-'));
try {
  if (!process.argv.includes('--skip-build')) run('npm', ['run', 'build', '--silent'], repoRoot, 'npm run build');
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], repoRoot, 'npm pack'))[0];
  const files = new Set(packed.files.map((file) => file.path));
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  checkTarball(pkg, files);

  const app = path.join(scratch, 'app');
  // The consumer's files are `.fixture` in the repo so the repo's own tsc and eslint leave them alone.
  const fixtures = readdirSync(path.join(repoRoot, 'test', 'package')).filter((name) => name.endsWith('.fixture'));
  mkdirSync(app);
  for (const name of fixtures) cpSync(path.join(repoRoot, 'test', 'package', name), path.join(app, name.replace(/\.fixture$/, '')));
  writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({ name: 'sx-kit-consumer', private: true, type: 'module', dependencies: { 'sx-kit': `file:../${packed.filename}`, ...CONSUMER_DEPENDENCIES } }, null, 2),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app, 'npm install of the tarball');

  const typed = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'object' && target.types);
  const runtime = typed.filter(([, target]) => target.default);
  const specifier = (subpath) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`);
  // Every entry point: the modules as namespaces, the type-only ones (frameworks/*) for their effect.
  const imports = typed.map(([subpath, target], index) =>
    target.default ? `import * as entry${index} from '${specifier(subpath)}';\nvoid entry${index};` : `import type {} from '${specifier(subpath)}';`,
  );
  writeFileSync(path.join(app, 'entries.mts'), `${imports.join('\n')}\n`);
  // Svelte's own types need node16 or bundler resolution: a node10 project cannot use Svelte 5.
  writeFileSync(path.join(app, 'entries-node10.ts'), `${imports.filter((line) => !line.includes('/frameworks/svelte')).join('\n')}\n`);
  const strict = { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: [], jsx: 'react-jsx' };
  writeFileSync(path.join(app, 'tsconfig.node16.json'), JSON.stringify({ compilerOptions: { ...strict, module: 'node16', moduleResolution: 'node16' }, include: ['*.mts', '*.tsx'] }));
  writeFileSync(path.join(app, 'tsconfig.node10.json'), JSON.stringify({ compilerOptions: { ...strict, module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true }, include: ['entries-node10.ts'] }));
  const tsc = path.join(app, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const resolution of ['node16', 'node10']) {
    const child = spawnSync(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: app, encoding: 'utf8' });
    const errors = child.stdout.split('\n').filter((line) => /error TS/.test(line));
    if (child.status !== 0 && !errors.length) errors.push(child.stdout || child.stderr || `tsc exited ${child.status}`);
    const what = resolution === 'node16' ? `, and ${fixtures.map((name) => name.replace(/\.fixture$/, '')).join(', ')}` : '';
    check(`strict tsc, moduleResolution ${resolution}: ${typed.length} entry points (${runtime.length} modules)${what}`, errors);
  }
} catch (error) {
  check('the package could not be packed, installed or checked', [error.message]);
} finally {
  if (process.env.SX_KEEP_SCRATCH) console.log(`scratch project kept: ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

const failed = results.filter((result) => result.problems.length).length;
console.log(`\ntest-package: ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

function checkTarball(pkg, files) {
  const has = (target) => files.has(target.replace(/^\.\//, ''));
  const glob = (pattern) => new RegExp(`^${pattern.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  check('LICENSE and package.json ship; src/ does not', [
    ...(['LICENSE', 'package.json', 'custom-elements.json'].filter((file) => !files.has(file)).map((file) => `${file} is missing`)),
    ...[...files].filter((file) => file.startsWith('src/')).slice(0, 3).map((file) => `${file} ships`),
  ]);

  const targets = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) targets.push({ subpath, file });
  }
  check(`every exports target is in the tarball (${targets.length})`, targets.filter(({ file }) => (file.includes('*') ? ![...files].some((name) => glob(file).test(name)) : !has(file))).map(({ subpath, file }) => `${subpath}: ${file}`));

  // What TypeScript does under node10: the first matching pattern, its candidates in order, the first that exists.
  const patterns = Object.entries(pkg.typesVersions?.['*'] ?? {});
  const node10Types = (subpath) => {
    for (const [pattern, candidates] of patterns) {
      const [prefix, suffix = ''] = pattern.split('*');
      const star = pattern.includes('*');
      if (star ? !(subpath.startsWith(prefix) && subpath.endsWith(suffix)) : subpath !== pattern) continue;
      const matched = star ? subpath.slice(prefix.length, subpath.length - suffix.length) : '';
      return candidates.map((candidate) => candidate.replace('*', matched)).find((candidate) => has(candidate));
    }
    return undefined;
  };
  const typedSubpaths = Object.entries(pkg.exports).filter(([subpath, target]) => subpath !== '.' && typeof target === 'object' && target.types);
  check('typesVersions resolves every typed entry to its "types" (moduleResolution node10)', [
    ...typedSubpaths.filter(([subpath, target]) => node10Types(subpath.slice(2)) !== target.types).map(([subpath, target]) => `${subpath}: ${node10Types(subpath.slice(2)) ?? 'nothing'} instead of ${target.types}`),
    ...(pkg.types && has(pkg.types) ? [] : [`"types" (${pkg.types}) is not in the tarball`]),
  ]);

  // A registering module: an entry file (dist/x.js), a define file (dist/elements/sx-x/sx-x.js), the adapter registry, the CDN files.
  const registers = /^dist\/([\w-]+\.js|react\/index\.js|elements\/(sx-[\w-]+)\/\2\.js|adapters\/builtin\.js|cdn\/.*\.js)$/;
  const shipped = (pkg.sideEffects ?? []).filter((pattern) => pattern.startsWith('./dist/'));
  check('sideEffects names only modules that register something', [
    ...[...files].filter((file) => shipped.some((pattern) => glob(pattern).test(file)) && !registers.test(file)).map((file) => `${file} is listed but registers nothing`),
    ...shipped.filter((pattern) => ![...files].some((file) => glob(pattern).test(file))).map((pattern) => `${pattern} matches no file`),
  ]);

  const maps = [...files].filter((file) => file.endsWith('.map'));
  const mapProblems = [];
  for (const file of maps) {
    const map = JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));
    if ((map.sourcesContent ?? []).filter((text) => typeof text === 'string').length !== map.sources.length) mapProblems.push(`${file} points at ${map.sources[0]} without its text`);
  }
  check(`source maps carry their sources (${maps.length} maps)`, mapProblems);

  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'custom-elements.json'), 'utf8'));
  check('the manifest names only shipped modules; web-types and VS Code data ship', [
    ...manifest.modules.filter((mod) => !files.has(mod.path)).map((mod) => `${mod.path} is not in the tarball`),
    ...[pkg['web-types'], pkg.customElements, './dist/vscode.html-custom-data.json'].filter((file) => !file || !has(file)).map((file) => `${file} is missing`),
  ]);
  if (!existsSync(path.join(repoRoot, 'LICENSE'))) throw new Error('no LICENSE file');
}
