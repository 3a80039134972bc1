// `cem analyze` (run by `npm run build`): custom-elements.json from the element classes' JSDoc.
// The define files (`sx-x.ts`) give the tag names and the shared base class gives inherited
// members; the component files alone would leave most elements out of the manifest.
// The plugins below make it the manifest of the package as published: typed events, public API
// only, and module paths of the files that ship (dist/*.js), not of src/.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** `'sx-x': CustomEvent<Detail>` entries of every `GlobalEventHandlersEventMap` declared under src/. */
function declaredEventTypes() {
  const types = new Map();
  const files = readdirSync('src', { recursive: true }).filter((file) => file.endsWith('.ts'));
  for (const file of files) {
    const source = readFileSync(path.join('src', file), 'utf8');
    for (const [, body] of source.matchAll(/interface GlobalEventHandlersEventMap\s*\{([^}]*)\}/g)) {
      for (const [, name, detail] of body.matchAll(/'(sx-[a-z-]+)':\s*CustomEvent<(\w+)>/g)) {
        const module = `dist/${file.split(path.sep).join('/').replace(/\.ts$/, '.js')}`;
        types.set(name, { text: detail, references: [{ name: detail, module }] });
      }
    }
  }
  return types;
}

/**
 * Event types from the declared event maps, so `@event name - text` in JSDoc is enough. The
 * manifest names the `detail` type (`SxSearchDetail`, with the module that exports it), as the
 * framework type generators expect: they wrap it in `CustomEvent<…>` themselves.
 */
function typedEvents() {
  return {
    name: 'sx-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      const types = declaredEventTypes();
      for (const declaration of allDeclarations(customElementsManifest)) {
        for (const event of declaration.events ?? []) {
          const type = types.get(event.name);
          if (type && !event.type?.text) event.type = structuredClone(type);
        }
      }
    },
  };
}

/**
 * The kit registers its elements with `defineElement('sx-x', SxX, …)` (elements/shared/define.ts),
 * not `customElements.define` directly: record those calls as the definitions the analyzer links
 * tag names to.
 */
function kitDefineCalls() {
  return {
    name: 'sx-define-element-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      const imported = context?.imports?.find((entry) => entry.name === element.text && !entry.isBareModuleSpecifier);
      const module = imported ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname : moduleDoc.path;
      moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } }];
    },
  };
}

/** Drops what is not public API: private/protected/#-members and Lit internals inherited from SxElement. */
function publicApiOnly() {
  const internal = new Set(['emit', 'reportError', 'localize', 'service']);
  const isPublic = (member) =>
    !member.privacy || member.privacy === 'public'
      ? !member.name.startsWith('#') && !member.name.startsWith('_') && !internal.has(member.name)
      : false;
  return {
    name: 'sx-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      const elementClasses = new Set([...allDeclarations(customElementsManifest)].filter((declaration) => declaration.tagName).map((declaration) => declaration.name));
      for (const declaration of allDeclarations(customElementsManifest)) {
        if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        // An attribute backed by a non-public field is not something a page can set.
        if (declaration.attributes && declaration.members) {
          declaration.attributes = declaration.attributes.filter(
            (attribute) => !attribute.fieldName || declaration.members.some((member) => member.name === attribute.fieldName),
          );
        }
      }
      for (const mod of customElementsManifest.modules) {
        // `customElements.define(tag, element)` inside defineElement() itself defines no element of ours.
        mod.exports = (mod.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition' || elementClasses.has(entry.declaration?.name));
        // The abstract base (SxElement) has no tag: its public members are already inherited.
        mod.declarations = (mod.declarations ?? []).filter((declaration) => !declaration.customElement || declaration.tagName);
        // Tools show `description`; our JSDoc puts the one-line summary first.
        for (const declaration of mod.declarations) {
          if (declaration.customElement && !declaration.description && declaration.summary) declaration.description = declaration.summary;
        }
      }
      // Only modules that declare an element or define a tag are of interest to tools.
      customElementsManifest.modules = customElementsManifest.modules.filter((mod) =>
        (mod.declarations ?? []).some((declaration) => declaration.customElement) ||
        (mod.exports ?? []).some((entry) => entry.kind === 'custom-element-definition'),
      );
    },
  };
}

/** src/x/y.ts → dist/x/y.js everywhere a module is named: the published package has no src/. */
function shippedModulePaths() {
  const toDist = (file) => (typeof file === 'string' && /^\/?src\//.test(file) ? file.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js') : file);
  const fixReference = (reference) => {
    if (reference?.module) reference.module = toDist(reference.module);
  };
  return {
    name: 'sx-shipped-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        // `export type { X } from './x.js'` names its module relative to the re-exporting one.
        for (const entry of mod.exports ?? []) {
          const target = entry.declaration?.module;
          if (target?.startsWith('.')) entry.declaration.module = path.posix.join(path.posix.dirname(mod.path), target.replace(/\.js$/, '.ts'));
          fixReference(entry.declaration);
        }
        mod.path = toDist(mod.path);
        for (const declaration of mod.declarations ?? []) {
          fixReference(declaration.superclass);
          for (const list of [declaration.members, declaration.attributes, declaration.events]) {
            for (const item of list ?? []) fixReference(item.inheritedFrom);
          }
        }
      }
    },
  };
}

function* allDeclarations(manifest) {
  for (const mod of manifest.modules ?? []) yield* mod.declarations ?? [];
}

export default {
  globs: ['src/elements/**/*.component.ts', 'src/elements/*/sx-*.ts', 'src/elements/shared/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/**/*.messages.ts'],
  outdir: '.',
  litelement: true,
  // package.json already points `customElements` at the manifest; don't let the analyzer rewrite it.
  packagejson: false,
  plugins: [kitDefineCalls(), typedEvents(), publicApiOnly(), shippedModulePaths()],
};
