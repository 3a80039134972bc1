// `cem analyze` (run by `npm run build`): custom-elements.json from the element classes' JSDoc.
export default {
  globs: ['src/elements/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  // package.json already points `customElements` at the manifest; don't let the analyzer rewrite it.
  packagejson: false,
};
