// @custom-elements-manifest/analyzer: reads the element classes (not the define/ files) and writes custom-elements.json.

/**
 * Keeps the manifest to the public API: internal reactive state (private/protected fields declared
 * in `static properties` with `state: true`) is not an attribute, and an event is one documented with
 * `@fires` (a generic `dispatchEvent(new CustomEvent(name))` helper is not an event called "name").
 */
function publicApiOnly() {
  return {
    name: 'egov-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      // Modules by path: the glob's order follows the directory listing, which differs between
      // checkouts, and CI compares the committed file with a fresh one.
      customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const mod of customElementsManifest.modules ?? []) {
        for (const dec of mod.declarations ?? []) {
          const hidden = new Set(
            (dec.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          if (dec.attributes) dec.attributes = dec.attributes.filter((a) => !hidden.has(a.fieldName));
          if (dec.events) dec.events = dec.events.filter((e) => e.description);
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.worker.ts', 'src/**/index.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json already points at custom-elements.json; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [publicApiOnly()],
};
