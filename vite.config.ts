// Library build in two passes so each file stands alone:
//   `vite build`               → dist/egov-forms.js, which defines every element, one entry per
//                                element (dist/school-enroll-form.js, dist/doc-uploader.js, …) that
//                                defines its own tag, and dist/signers.js (egov-forms/signers); shared code
//                                and what loads on demand (other languages, the compression worker,
//                                signing, the QR encoder) sit beside them as chunks;
//   `vite build --mode rules`  → dist/rules.js, DOM-free, for servers and browsers;
//   `vite build --mode server` → dist/server.js, egov-forms/server (verifyPayload), Node 20+, no DOM;
//   `vite build --mode demo`   → dist/demo/, the demo page (index.html) as `npm start` serves it (not part of the package).
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { catalogueParts, keyPart, type CataloguePart } from './src/i18n/parts.js';
import { elementTags } from './src/define/tags.js';

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

/**
 * A catalogue file's source with only the namespaces src/i18n/parts.ts lists for `part` (a
 * namespace in no list goes to every part; `error`, `form` and `journey` are split by key, keyPart). The files
 * keep their one-object shape: a namespace is a block from `  name: {` to `  },` at two spaces, an
 * entry starts at four spaces (`    'code':` or `    key:`), which this reads.
 */
export function splitCatalogueSource(code: string, part: CataloguePart): string {
  const listed = new Set<string>(Object.values(catalogueParts).flat());
  const keepNamespace = (ns: string) => (catalogueParts[part] as readonly string[]).includes(ns) || !listed.has(ns);
  const out: string[] = [];
  let namespace: string | undefined;
  let droppingNamespace = false;
  let droppingEntry = false;
  for (const line of code.split('\n')) {
    const start = /^  ([A-Za-z]+): \{$/.exec(line);
    if (start) {
      namespace = start[1];
      droppingNamespace = !keepNamespace(namespace);
      droppingEntry = false;
    }
    const end = /^  \},?$/.test(line);
    if (namespace !== undefined && !start && !end && !droppingNamespace && keyPart(namespace, '') !== undefined) {
      const entry = /^    '?([A-Za-z0-9-]+)'?:/.exec(line);
      if (entry) droppingEntry = keyPart(namespace, entry[1]) !== part;
      if (droppingEntry) continue;
    }
    if (!droppingNamespace) out.push(line);
    if (end) {
      namespace = undefined;
      droppingNamespace = false;
      droppingEntry = false;
    }
  }
  return out.join('\n');
}

/** `src/i18n/kk.ts?part=files` (and ru, en; `upload`, `files`, `forms` or `steps`): that part of the catalogue, so an element loads the text it shows. */
function splitCatalogues(): Plugin {
  return {
    name: 'egov-split-catalogues',
    enforce: 'pre',
    transform(code, id) {
      const match = /[\\/]src[\\/]i18n[\\/](kk|ru|en)\.ts\?part=(upload|files|forms|steps)$/.exec(id);
      if (!match) return null;
      return { code: splitCatalogueSource(code, match[2] as CataloguePart), map: null };
    },
  };
}

/** Tags with an entry of their own: dist/<tag>.js and the package export "./<tag>" (src/define/tags.ts). */
export const elementEntries = elementTags;

/** Ships the themes (plain CSS a host links, e.g. the high-contrast one) as dist/themes/*.css. */
function themes(): Plugin {
  return {
    name: 'egov-themes',
    generateBundle() {
      const file = 'themes/high-contrast.css';
      this.emitFile({ type: 'asset', fileName: file, source: readFileSync(new URL(`./src/${file}`, import.meta.url), 'utf8') });
    },
  };
}

/**
 * Chunks of the element entries beyond `core`, each loaded whole by the pages that need any of it,
 * so a form's first load is a few files rather than a dozen small ones (each gzipped on its own):
 * - `rules`: zod and the rules a checklist asks (every form and `<doc-checklist>`);
 * - `form`: the form engine as the question steps need it, its drafts shell and attachments model
 *   (every form; the steps after the questions, signing, the drafts' work and store stay on demand).
 * A group also takes what its modules import, so the small modules other entries share with the
 * forms (the uploader's budget, display rules and directives; the drafts' names) get
 * groups of their own first, as the default splitting had them. `npm run size` shows what each page receives.
 */
const sharedLeaves: [string, RegExp][] = [
  ['display', /[\\/]src[\\/]upload[\\/]display\.ts$/],
  // The budget pool and its context, and Lit's directive base (an uploader's and a form's, both).
  ['context', /[\\/]src[\\/](upload[\\/]plan|context[\\/]budget|attachments[\\/]context)\.ts$|[\\/]node_modules[\\/](@lit[\\/]context[\\/]lib[\\/](create-context|context-request-event)|lit-html[\\/](directive|directive-helpers))\.js$/],
  ['common', /[\\/]src[\\/]drafts[\\/]common\.ts$/],
];
const elementGroups = [
  ...sharedLeaves.map(([name, test]) => ({ name, test })),
  {
    name: 'rules',
    test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]rules[\\/](ids|dates|documents|day-input|requirements|service|iin|age|zod-config|services[\\/]common)\.ts$/,
  },
  {
    name: 'form',
    test: /[\\/]src[\\/](elements[\\/]service-form[\\/](?!after-questions|documents-step|review-step|sign-step|sign-check|submit-errors|steps\.styles|receipt)[a-z-]+(\.styles)?|drafts[\\/](draft-shell|draft-notice)|attachments[\\/]attachments|rules[\\/](validate-with|window|school-year))\.ts$|[\\/]node_modules[\\/](@lit[\\/]context[\\/]lib[\\/](value-notifier|controllers[\\/]context-provider)|lit-html[\\/]directives[\\/]live)\.js$/,
  },
];

const entries: Record<string, Record<string, string>> = {
  rules: { rules: 'src/rules/entry.ts' },
  server: { server: 'src/server/index.ts' },
};

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
  if (mode === 'demo') {
    // `vite build --mode demo` → dist/demo: index.html and its scripts built for production, as `npm start` serves them.
    return {
      base: '/',
      plugins: [splitCatalogues(), minifyCssLiterals()],
      build: { target: 'es2022', outDir: 'dist/demo', emptyOutDir: true, sourcemap: true },
      worker: { format: 'es' },
    };
  }
  const rules = mode in entries; // a pass that adds to dist/ rather than emptying it
  const entry: Record<string, string> = entries[mode] ?? {
    'egov-forms': 'src/index.ts',
    signers: 'src/signers.ts',
    ...Object.fromEntries(elementEntries.map((tag) => [tag, `src/define/${tag}.ts`])),
  };
  return {
    // Relative asset URLs: the worker chunk is found beside the kit wherever the host serves it.
    base: './',
    plugins: rules ? [] : [splitCatalogues(), minifyCssLiterals(), themes()],
    build: {
      target: mode === 'server' ? 'node20' : ['es2020', ...BROWSER_FLOOR],
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
        output: {
          minify: true,
          chunkFileNames: 'chunks/[name]-[hash].js',
          // What every element loads (Lit, the text lookup and its number and date formats, the
          // tokens) in one file rather than four small ones: one request and one gzip stream.
          codeSplitting: {
            groups: [
              {
                name: 'core',
                test: /[\\/]node_modules[\\/](lit[\\/]index|lit-html[\\/]lit-html|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/](reactive-element|css-tag))\.js$|[\\/]src[\\/](i18n[\\/](localize|dates|plural|types|parts)|internal[\\/]locale-controller|styles[\\/]tokens|define[\\/]page-locale)\.ts$/,
              },
              ...(rules ? [] : elementGroups),
            ],
          },
        },
      },
    },
    worker: { format: 'es', rolldownOptions: { output: { minify: true } } },
    server: { port: 5173 },
  };
});
