// rollup's `manualChunks` for dist/cdn/. Left alone, rollup gives every distinct set of entries
// that share a module its own chunk: sx-kit.js then loads 17 chunks up front, many under 1 kB, and
// each one costs a request, its own gzip dictionary, and export/import names terser cannot mangle
// or inline across files. Here the shared code that two or more element entries load up front
// (lit, core, the shared controllers and styles) becomes ONE chunk, `kit-shared`. What it never
// moves: code loaded with `import()` (it stays lazy), an element's own modules (a single-element
// page does not pay for another element), code only the provider or one element loads.
// The price: a single-element page also loads the few shared core modules only other elements use
// (measured: search −1.4 kB, catalog −0.9, ticket status and satisfaction +0.2, insights +1.2;
// provider.js alone +8.7, as it now shares lit's file with the elements it is always used with).
// Lazily loaded modules that always load together are grouped too (LOADED_TOGETHER).

/**
 * Lazily loaded modules that always load together: one file instead of several. Validation
 * (zod/mini and the schemas built with it) loads with a page's first adapter result. A group may
 * only hold modules whose static imports are lazy too: rollup moves a dependency no other chunk
 * claims into the group, and a group holding up-front code would load up front (core/http.js,
 * which imports core/adapter.js, is left out for that reason; build.mjs warns if it happens).
 */
const LOADED_TOGETHER = [['validation', /[\\/](node_modules[\\/]zod[\\/]|dist[\\/]core[\\/](schemas|result-schemas)\.js$)/]];
// Build helpers (\0sx-kit:decorate, scripts/shared-decorate.mjs) count as shared code too.
const SHARED_HOMES = /[\\/](node_modules|dist[\\/](core|styles|elements[\\/]shared))[\\/]|^\0sx-kit:/;

/**
 * @param {(entryId: string) => boolean} isElementEntry which entries are single-element pages
 * @returns {import('rollup').GetManualChunk}
 */
export function sharedUpFront(isElementEntry) {
  /** module id → the entries that load it up front (through static imports only) */
  let loadedUpFrontBy;
  return (id, { getModuleIds, getModuleInfo }) => {
    loadedUpFrontBy ??= staticReach([...getModuleIds()].filter((moduleId) => getModuleInfo(moduleId).isEntry), getModuleInfo);
    const entries = loadedUpFrontBy.get(id);
    if (!entries) return LOADED_TOGETHER.find(([, pattern]) => pattern.test(id))?.[0];
    const elements = [...entries].filter(isElementEntry).length;
    return elements >= 2 && SHARED_HOMES.test(id) ? 'kit-shared' : undefined;
  };
}

function staticReach(entries, getModuleInfo) {
  const reach = new Map();
  for (const entry of entries) {
    const seen = new Set();
    const stack = [entry];
    while (stack.length) {
      const id = stack.pop();
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(getModuleInfo(id)?.importedIds ?? []));
    }
    for (const id of seen) reach.set(id, (reach.get(id) ?? new Set()).add(entry));
  }
  return reach;
}
