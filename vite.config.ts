// Library build in two passes so each file stands alone:
//   `vite build`               → dist/egov-forms.js, which defines every element, and one entry per
//                                element (dist/school-enroll-form.js, dist/doc-uploader.js, …) that
//                                defines its own tag; shared code and what loads on demand (other
//                                languages, the compression worker, signing) sit beside them as chunks;
//   `vite build --mode rules`  → dist/rules.js, DOM-free, for servers.
import { defineConfig, type Plugin } from 'vite';

/**
 * The kit's stylesheets are Lit `css` literals, which the minifier leaves as written: this drops
 * their comments and spare whitespace in the build (the files in src/ stay readable).
 */
function minifyCssLiterals(): Plugin {
  return {
    name: 'egov-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*(\.styles|[\\/]styles[\\/]tokens)\.ts$/.test(id)) return null;
      // map: null: the stylesheets' own lines are not worth mapping; the rest of the file keeps its map.
      const out = code.replace(/\bcss`([^`$]*)`/g, (_all, text: string) => {
        const min = text
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
      return { code: out, map: null };
    },
  };
}

/** Tags with an entry of their own: dist/<tag>.js and the package export "./<tag>". */
export const elementEntries = [
  'doc-uploader',
  'doc-checklist',
  'sign-panel',
  'school-enroll-form',
  'special-school-form',
  'meal-subsidy-form',
  'school-transport-form',
  'home-study-form',
  'camp-referral-form',
  'school-transfer-form',
] as const;

export default defineConfig(({ mode }) => {
  const rules = mode === 'rules';
  const entry: Record<string, string> = rules
    ? { rules: 'src/rules/entry.ts' }
    : {
        'egov-forms': 'src/index.ts',
        ...Object.fromEntries(elementEntries.map((tag) => [tag, `src/define/${tag}.ts`])),
      };
  return {
    // Relative asset URLs: the worker chunk is found beside the kit wherever the host serves it.
    base: './',
    plugins: rules ? [] : [minifyCssLiterals()],
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
      rolldownOptions: {
        // In library mode `build.minify` leaves whitespace in; the output option minifies fully.
        output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
    worker: { format: 'es', rolldownOptions: { output: { minify: true } } },
    server: { port: 5173 },
  };
});
