// `npm run lint`: rules that catch bugs (typescript-eslint and eslint-plugin-lit recommended),
// not formatting. Type-aware rules stay off: they would double lint time for little gain over tsc.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const unusedVars = { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true };

/**
 * The layers of src/ (DESIGN.md): core imports no element and no adapter; an adapter imports no
 * element; an element imports no adapter and no runtime zod value (validation lives in core, so an
 * element's weight stays lit + core). Entry files (src/*.ts, src/adapters/builtin.ts) sit outside
 * these folders or import only adapters, so they may import what they register.
 * Matched on the import specifier: static imports, type imports, re-exports and `import()`.
 * Proved by scripts/check-boundaries.mjs against test/lint/fixtures/ (part of `npm run lint`).
 */
const folder = (name) => `(^|/)${name}(/|$)`;
const noElements = { regex: folder('elements'), message: 'imports no element (elements build on it, not the other way)' };
const noAdapters = { regex: folder('adapters'), message: 'imports no adapter (a backend is reached through core/adapter.ts)' };
const noRuntimeZod = {
  regex: '^zod(/|$)',
  allowTypeImports: true,
  message: 'imports zod only as types (validation runs in core/validate.ts, outside the element weight)',
};

function boundaries(layer, files, forbidden) {
  const patterns = forbidden.map((rule) => ({ ...rule, message: `${layer} ${rule.message}. See eslint.config.mjs.` }));
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
      // no-restricted-imports does not look at import(); esquery regexes cannot contain "/".
      'no-restricted-syntax': [
        'error',
        ...patterns.map(({ regex, message }) => ({ selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`, message })),
      ],
    },
  };
}

export default defineConfig(
  // test/lint/fixtures/ holds deliberate violations, linted on purpose by scripts/check-boundaries.mjs.
  globalIgnores(['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'coverage/', 'test/lint/fixtures/', 'demo/frameworks/']),
  js.configs.recommended,
  {
    // `_name` marks a parameter an interface requires but this implementation does not use.
    rules: { 'no-unused-vars': ['error', unusedVars] },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended, lit.configs['flat/recommended']],
    rules: { '@typescript-eslint/no-unused-vars': ['error', unusedVars] },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-console': 'warn' },
  },
  boundaries('core/', ['src/core/**/*.ts'], [noElements, noAdapters]),
  boundaries('An adapter', ['src/adapters/**/*.ts'], [noElements]),
  boundaries('An element', ['src/elements/**/*.ts'], [noAdapters, noRuntimeZod]),
  {
    files: ['**/*.mjs', '.storybook/**/*.ts', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The page side of the bench scripts: evaluated in the browser.
    files: ['scripts/bench.mjs', 'scripts/page-weight.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
