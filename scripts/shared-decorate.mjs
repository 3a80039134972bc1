// A rollup plugin for the CDN build: tsc (experimentalDecorators, no tslib) writes its `__decorate`
// helper into every module that uses a decorator, so the script-tag files carried eight copies, one
// per element chunk. Here each copy becomes an import of one shared module holding the same
// function. Nothing else changes: at a module's top level `this` is undefined, so tsc's
// `(this && this.__decorate) || function …` always was the function.
import MagicString from 'magic-string';

export const DECORATE_MODULE = '\0sx-kit:decorate';

// tsc's text for the helper, whitespace-insensitive; its body is checked, not assumed.
const TSC_HELPER =
  /var __decorate = \(this && this\.__decorate\) \|\| function \(decorators, target, key, desc\) \{\s*var c = arguments\.length, r = c < 3 \? target : desc === null \? desc = Object\.getOwnPropertyDescriptor\(target, key\) : desc, d;\s*if \(typeof Reflect === "object" && typeof Reflect\.decorate === "function"\) r = Reflect\.decorate\(decorators, target, key, desc\);\s*else for \(var i = decorators\.length - 1; i >= 0; i--\) if \(d = decorators\[i\]\) r = \(c < 3 \? d\(r\) : c > 3 \? d\(target, key, r\) : d\(target, key\)\) \|\| r;\s*return c > 3 && r && Object\.defineProperty\(target, key, r\), r;\s*\};?/;

// The same function, once (TSC_HELPER only matches this text).
const HELPER_MODULE = `export function __decorate(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
}
`;

/** @returns {import('rollup').Plugin} */
export function sharedDecorate() {
  return {
    name: 'shared-decorate',
    resolveId: (id) => (id === DECORATE_MODULE ? id : null),
    load: (id) => (id === DECORATE_MODULE ? HELPER_MODULE : null),
    transform(code, id) {
      if (id === DECORATE_MODULE || !code.includes('var __decorate')) return null;
      const edited = replaceHelper(code);
      return edited ? { code: edited.toString(), map: edited.generateMap({ hires: 'boundary', source: id }) } : null;
    },
  };
}

/** @returns {MagicString | undefined} undefined when the module has no tsc helper. */
export function replaceHelper(code) {
  const match = TSC_HELPER.exec(code);
  if (!match) return undefined;
  const edited = new MagicString(code);
  edited.overwrite(match.index, match.index + match[0].length, `import { __decorate } from ${JSON.stringify(DECORATE_MODULE)};`);
  return edited;
}
