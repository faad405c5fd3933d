// Library build in two passes so each file stands alone:
//   `vite build`               → dist/egov-forms.js, one module that defines every element, and
//                                dist/signers.js, the signers alone (egov-forms/signers; shared code in chunks
//                                beside them, as are the chunks that load on demand: the compression worker, the QR encoder);
//   `vite build --mode rules`  → dist/rules.js, DOM-free, for servers.
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

export default defineConfig(({ mode }) => {
  const rules = mode === 'rules';
  const entry: Record<string, string> = rules ? { rules: 'src/rules/index.ts' } : { 'egov-forms': 'src/index.ts', signers: 'src/signers.ts' };
  return {
    // Relative asset URLs: the worker chunk is found beside the kit wherever the host serves it.
    base: './',
    build: {
      target: 'es2022',
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
