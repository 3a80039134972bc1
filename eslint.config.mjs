// `npm run lint`: rules that catch bugs (typescript-eslint and eslint-plugin-lit recommended),
// not formatting. Type-aware rules stay off: they would double lint time for little gain over tsc.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const unusedVars = { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true };

export default defineConfig(
  globalIgnores(['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'coverage/']),
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
  {
    files: ['**/*.mjs', '.storybook/**/*.ts', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The page side of scripts/bench.mjs: evaluated in the browser.
    files: ['scripts/bench.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
