/** The custom-elements manifest that main.ts generates for the docs pages. */
declare module 'virtual:sx-kit-manifest' {
  const manifest: object;
  export default manifest;
}
