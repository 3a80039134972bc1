// `cem analyze` (run by `npm run build`): custom-elements.json from the element classes' JSDoc.
// The define files (`sx-x.ts`) give the tag names and the shared base class gives inherited
// members; the component files alone would leave most elements out of the manifest.
export default {
  globs: ['src/elements/**/*.component.ts', 'src/elements/*/sx-*.ts', 'src/elements/shared/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/**/*.messages.ts'],
  outdir: '.',
  litelement: true,
  // package.json already points `customElements` at the manifest; don't let the analyzer rewrite it.
  packagejson: false,
};
