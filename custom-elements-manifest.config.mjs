// @custom-elements-manifest/analyzer: reads the element classes (not the define/ files) and writes custom-elements.json.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.worker.ts', 'src/**/index.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
