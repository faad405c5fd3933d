// A part of a catalogue file as the build splits it (vite.config.ts, splitCatalogues): some of its namespaces.
declare module '*?part=upload' {
  const table: Partial<import('./types.js').Catalogue>;
  export default table;
}
declare module '*?part=files' {
  const table: Partial<import('./types.js').Catalogue>;
  export default table;
}
declare module '*?part=forms' {
  const table: Partial<import('./types.js').Catalogue>;
  export default table;
}
declare module '*?part=steps' {
  const table: Partial<import('./types.js').Catalogue>;
  export default table;
}
