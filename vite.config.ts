// Library build in two passes so each file stands alone:
//   `vite build`               → dist/egov-forms.js, one module that defines every element, and
//                                dist/signers.js, the signers alone (egov-forms/signers; shared code in chunks
//                                beside them, as are the chunks that load on demand: the compression worker, the QR encoder);
//   `vite build --mode rules`  → dist/rules.js, DOM-free, for servers and browsers;
//   `vite build --mode server` → dist/server.js, egov-forms/server (verifyPayload), Node 20+, no DOM;
//   `vite build --mode demo`   → dist/demo/, the demo page (index.html) as `npm start` serves it (not part of the package).
//   The main pass also ships the themes: dist/themes/high-contrast.css (a stylesheet a host links).
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

/** Ships the themes (plain CSS a host links) as dist/themes/*.css. */
function themes(): Plugin {
  return {
    name: 'egov-themes',
    generateBundle() {
      const file = 'themes/high-contrast.css';
      this.emitFile({ type: 'asset', fileName: file, source: readFileSync(new URL(`./src/${file}`, import.meta.url), 'utf8') });
    },
  };
}

const entries: Record<string, Record<string, string>> = {
  rules: { rules: 'src/rules/index.ts' },
  server: { server: 'src/server/index.ts' },
};

export default defineConfig(({ mode }) => {
  if (mode === 'demo') {
    // `vite build --mode demo` → dist/demo: index.html and its scripts built for production, as `npm start` serves them.
    return { base: '/', build: { target: 'es2022', outDir: 'dist/demo', emptyOutDir: true, sourcemap: true }, worker: { format: 'es' } };
  }
  const entry = entries[mode] ?? { 'egov-forms': 'src/index.ts', signers: 'src/signers.ts' };
  const rules = mode in entries; // a pass that adds to dist/ rather than emptying it
  return {
    // Relative asset URLs: the worker chunk is found beside the kit wherever the host serves it.
    base: './',
    build: {
      target: mode === 'server' ? 'node20' : 'es2022',
      outDir: 'dist',
      emptyOutDir: !rules,
      sourcemap: true,
      lib: {
        entry,
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
    },
    plugins: rules ? [] : [themes()],
    worker: { format: 'es' },
    server: { port: 5173 },
  };
});
