// Library build in two passes so each file stands alone:
//   `vite build`               → dist/egov-forms.js, one module that defines every element
//                                (chunks that load on demand, such as the compression worker, sit beside it);
//   `vite build --mode rules`  → dist/rules.js, DOM-free, for servers.
import { defineConfig } from 'vite';

/**
 * The declared browser floor (README, package.json `browserslist`): Safari/iOS 16.4 (the first with
 * OffscreenCanvas, ElementInternals' form association and adoptedStyleSheets), Chrome/Edge 111 and
 * Firefox 119 (the first with String.prototype.isWellFormed, which RFC 8785 canonicalisation uses).
 * Syntax is also lowered to ES2020, below the floor, so that an older browser (Safari 15–16.3) still
 * parses the kit and each element can say the browser is too old instead of leaving a blank page
 * (class static blocks, for one, are Safari 16.4+).
 */
export const BROWSER_FLOOR = ['chrome111', 'edge111', 'firefox119', 'safari16.4', 'ios16.4'];


export default defineConfig(({ mode }) => {
  const rules = mode === 'rules';
  const entry: Record<string, string> = rules ? { rules: 'src/rules/index.ts' } : { 'egov-forms': 'src/index.ts' };
  return {
    // Relative asset URLs: the worker chunk is found beside the kit wherever the host serves it.
    base: './',
    build: {
      target: ['es2020', ...BROWSER_FLOOR],
      outDir: 'dist',
      emptyOutDir: !rules,
      sourcemap: true,
      lib: {
        entry,
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
    },
    worker: { format: 'es' },
    server: { port: 5173 },
  };
});
