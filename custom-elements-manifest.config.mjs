// @custom-elements-manifest/analyzer: reads the element classes (not the define/ files) and writes custom-elements.json.

/** Platform and Lit lifecycle callbacks: the browser calls them, a host page never does. */
const lifecycle = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
  'formAssociatedCallback',
  'formResetCallback',
  'formDisabledCallback',
  'formStateRestoreCallback',
]);

/**
 * Keeps the manifest to the public API, so Storybook's docs tables and editors show what a host
 * page may use:
 * - private members, members marked `@internal`, static members and lifecycle callbacks go;
 * - internal reactive state (`state: true` in `static properties`) is not an attribute;
 * - an event is one documented with `@fires` (a generic `dispatchEvent(new CustomEvent(name))`
 *   helper is not an event called "name");
 * - the form engine's protected members (the extension points of a new service form) are
 *   documented once, on ServiceForm, not repeated on each of the seven forms;
 * - only element classes and the engine are listed (controllers and helpers are internal).
 */
function publicApiOnly() {
  const internal = new Set();
  return {
    name: 'egov-public-api-only',
    analyzePhase({ ts, node, moduleDoc }) {
      // Members whose JSDoc says @internal (the analyzer keeps the tag nowhere else).
      if ((ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) && node.name) {
        const tags = ts.getJSDocTags(node);
        if (tags.some((t) => t.tagName.getText() === 'internal')) {
          const owner = node.parent && ts.isClassLike(node.parent) && node.parent.name ? node.parent.name.getText() : '';
          internal.add(`${moduleDoc.path}#${owner}#${node.name.getText()}`);
          internal.add(`*#${owner}#${node.name.getText()}`);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // Modules by path: the glob's order follows the directory listing, which differs between
      // checkouts, and CI compares the committed file with a fresh one.
      customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const mod of customElementsManifest.modules ?? []) {
        mod.declarations = (mod.declarations ?? []).filter((dec) => dec.customElement || dec.name === 'ServiceForm');
        for (const dec of mod.declarations) {
          const isInternal = (m) => internal.has(`*#${m.inheritedFrom?.name ?? dec.name}#${m.name}`);
          const hidden = new Set(
            (dec.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          if (dec.attributes) dec.attributes = dec.attributes.filter((a) => !hidden.has(a.fieldName));
          if (dec.events) dec.events = dec.events.filter((e) => e.description);
          dec.members = (dec.members ?? []).filter(
            (m) =>
              m.privacy !== 'private' &&
              (!m.static || (dec.name === 'ServiceForm' && m.name === 'definition')) &&
              !lifecycle.has(m.name) &&
              !isInternal(m) &&
              !(m.privacy === 'protected' && m.inheritedFrom?.name === 'ServiceForm'),
          );
        }
        mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'js' || mod.declarations.some((d) => d.name === e.declaration?.name));
      }
      customElementsManifest.modules = customElementsManifest.modules.filter((mod) => mod.declarations.length);
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
