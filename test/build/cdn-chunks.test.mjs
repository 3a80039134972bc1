// The CDN build's chunking (scripts/cdn-chunks.mjs) and its shared decorator helper
// (scripts/shared-decorate.mjs), on small module graphs held in memory. Node test: `node --test test/build/`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rollup } from 'rollup';
import ts from 'typescript';
import { sharedUpFront } from '../../scripts/cdn-chunks.mjs';
import { DECORATE_MODULE, replaceHelper, sharedDecorate } from '../../scripts/shared-decorate.mjs';

/** Serves `files` (absolute ids → code) to rollup; relative imports resolve among them. */
function memory(files) {
  return {
    name: 'memory',
    resolveId(source, importer) {
      if (source.startsWith('\0')) return null;
      const id = importer ? new URL(source, `file://${importer}`).pathname : source;
      return id in files ? id : null;
    },
    load: (id) => files[id] ?? null,
  };
}

async function build(files, input, options = {}) {
  const bundle = await rollup({ input, plugins: [...(options.plugins ?? []), memory(files)], onwarn() {} });
  const { output } = await bundle.generate({ format: 'es', manualChunks: options.manualChunks, chunkFileNames: '[name].js' });
  await bundle.close();
  return output;
}

describe('sharedUpFront', () => {
  const files = {
    '/p/dist/search.js': "import './core/both.js'; import './core/search-only.js'; import './elements/search-own.js'; import('./core/lazy.js');",
    '/p/dist/catalog.js': "import './core/both.js'; import('./core/lazy.js');",
    '/p/dist/core/both.js': 'export const both = globalThis.b = 1;',
    '/p/dist/core/search-only.js': 'export const searchOnly = globalThis.s = 2;',
    '/p/dist/elements/search-own.js': 'export const own = globalThis.o = 3;',
    '/p/dist/core/lazy.js': "import '/p/node_modules/zod/index.js'; export const lazy = 4;",
    '/p/node_modules/zod/index.js': 'export const z = globalThis.z = 5;',
  };
  const isElementEntry = (id) => ['/p/dist/search.js', '/p/dist/catalog.js'].includes(id);

  it('puts what two element entries load up front in kit-shared, and nothing lazy or element-owned', async () => {
    const output = await build(files, { search: '/p/dist/search.js', catalog: '/p/dist/catalog.js' }, { manualChunks: sharedUpFront(isElementEntry) });
    const chunkOf = (id) => output.find((chunk) => chunk.type === 'chunk' && id in chunk.modules)?.fileName;
    assert.equal(chunkOf('/p/dist/core/both.js'), 'kit-shared.js');
    assert.equal(chunkOf('/p/dist/core/search-only.js'), 'search.js');
    assert.equal(chunkOf('/p/dist/elements/search-own.js'), 'search.js');
    assert.notEqual(chunkOf('/p/dist/core/lazy.js'), 'kit-shared.js');
    const catalog = output.find((chunk) => chunk.fileName === 'catalog.js');
    assert.deepEqual(catalog.imports, ['kit-shared.js'], 'a catalog-only page loads nothing of search');
  });

  it('groups lazily loaded validation code in one chunk, still loaded lazily', async () => {
    const output = await build(files, { search: '/p/dist/search.js', catalog: '/p/dist/catalog.js' }, { manualChunks: sharedUpFront(isElementEntry) });
    const validation = output.find((chunk) => chunk.fileName === 'validation.js');
    assert.ok(validation && '/p/node_modules/zod/index.js' in validation.modules);
    for (const entry of output.filter((chunk) => chunk.isEntry)) assert.ok(!entry.imports.includes('validation.js'));
  });
});

describe('sharedDecorate', () => {
  // What tsc writes for a decorated class with the repo's settings (experimentalDecorators, no tslib).
  const compile = (source) =>
    ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, experimentalDecorators: true, useDefineForClassFields: false } }).outputText;
  const decorated = (name) =>
    compile(`const seen: string[] = (globalThis as any).seen ??= [];
      const mark = (tag: string) => (target: object, key: string) => { seen.push(tag + ':' + key); };
      export class ${name} { @mark('${name}') value = 1; @mark('${name}') other = 2; }`);

  it('finds tsc\'s helper and imports the shared one instead', () => {
    const code = decorated('A');
    assert.match(code, /var __decorate = \(this && this\.__decorate\)/, 'tsc still writes the helper this plugin expects');
    const edited = replaceHelper(code)?.toString();
    assert.ok(edited?.includes(`import { __decorate } from ${JSON.stringify(DECORATE_MODULE)};`));
    assert.ok(!edited.includes('Reflect.decorate'));
  });

  it('leaves a bundle with one helper that decorates as before', async () => {
    const files = { '/p/a.js': decorated('A'), '/p/b.js': decorated('B'), '/p/main.js': "export { A } from './a.js'; export { B } from './b.js';" };
    const [plain] = await build(files, '/p/main.js');
    const [shared] = await build(files, '/p/main.js', { plugins: [sharedDecorate()] });
    assert.equal(plain.code.match(/Reflect\.decorate\(/g).length, 2);
    assert.equal(shared.code.match(/Reflect\.decorate\(/g).length, 1);
    const run = async (code) => {
      globalThis.seen = [];
      await import(`data:text/javascript,${encodeURIComponent(code)}`);
      return globalThis.seen;
    };
    const expected = ['A:value', 'A:other', 'B:value', 'B:other'];
    assert.deepEqual((await run(plain.code)).toSorted(), expected.toSorted());
    assert.deepEqual((await run(shared.code)).toSorted(), expected.toSorted());
  });
});
