// The build's split of src/i18n/kk.ts, ru.ts and en.ts into the parts elements load
// (vite.config.ts splitCatalogueSource, src/i18n/parts.ts): every key in a part, each part valid code.
import '../../src/i18n/index.js';
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { splitCatalogueSource } from '../../vite.config.js';
import { catalogue, locales } from '../../src/i18n/localize.js';
import { allParts, catalogueParts, errorPart, keyPart } from '../../src/i18n/parts.js';

/** namespace.key of every entry the text declares (the same shape splitCatalogueSource reads). */
function keysIn(code: string): Set<string> {
  const keys = new Set<string>();
  let ns = '';
  for (const line of code.split('\n')) {
    const start = /^  ([A-Za-z]+): \{$/.exec(line);
    if (start) ns = start[1];
    const entry = /^    '?([A-Za-z0-9-]+)'?:/.exec(line);
    if (ns && entry) keys.add(`${ns}.${entry[1]}`);
  }
  return keys;
}

describe('catalogue parts (the build splits each language by what an element shows)', () => {
  for (const locale of locales) {
    const source = readFileSync(new URL(`../../src/i18n/${locale}.ts`, import.meta.url), 'utf8');
    const parts = Object.fromEntries(allParts.map((part) => [part, splitCatalogueSource(source, part)]));

    it(`${locale}: each part is valid TypeScript`, () => {
      for (const part of allParts) {
        const out = ts.transpileModule(parts[part], { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
        expect(out.diagnostics ?? [], `${locale} ${part}`).to.have.length(0);
      }
    });

    it(`${locale}: every key of the catalogue is in a part, and only in the parts that list its namespace`, () => {
      const whole = catalogue(locale) as Record<string, Record<string, unknown>>;
      const inParts = allParts.map((part) => keysIn(parts[part]));
      for (const [ns, table] of Object.entries(whole)) {
        for (const key of Object.keys(table)) {
          const id = `${ns}.${key}`;
          expect(inParts.some((keys) => keys.has(id)), `${locale} ${id} in no part`).to.equal(true);
          // Namespaces split by key (error, form, journey): each key in exactly the one part keyPart names.
          const only = keyPart(ns, key);
          if (only) {
            for (const part of allParts) expect(inParts[allParts.indexOf(part)].has(id), `${part} ${id}`).to.equal(only === part);
          }
        }
      }
      for (const part of allParts) {
        for (const id of inParts[allParts.indexOf(part)]) {
          const ns = id.split('.')[0];
          const listedSomewhere = Object.values(catalogueParts).some((list) => (list as readonly string[]).includes(ns));
          expect((catalogueParts[part] as readonly string[]).includes(ns) || !listedSomewhere, `${part} has ${id}`).to.equal(true);
        }
      }
    });
  }

  it('the uploader\'s texts are in upload, the checklist\'s and sign panel\'s in files, a form\'s first step in forms', () => {
    const source = readFileSync(new URL('../../src/i18n/en.ts', import.meta.url), 'utf8');
    const upload = keysIn(splitCatalogueSource(source, 'upload'));
    const files = keysIn(splitCatalogueSource(source, 'files'));
    const forms = keysIn(splitCatalogueSource(source, 'forms'));
    for (const id of ['upload.choose', 'upload.kilobytes', 'error.file-type', 'error.heic-unsupported', 'error.budget-exceeded']) expect(upload.has(id), id).to.equal(true);
    for (const id of ['error.sms-code-wrong', 'signing.chooseMethod', 'document.birth-certificate', 'state.missing']) expect(files.has(id), id).to.equal(true);
    for (const id of ['signing.chooseMethod', 'document.birth-certificate', 'form.continue', 'error.iin-checksum']) expect(upload.has(id), id).to.equal(false);
    expect(files.has('upload.choose')).to.equal(false);
    for (const id of ['service.school-enrollment', 'form.continue', 'error.iin-checksum', 'error.window-closed', 'error.required']) expect(forms.has(id), id).to.equal(true);
    expect(files.has('form.continue')).to.equal(false);
    expect(forms.has('upload.choose')).to.equal(false);
  });

  it('what a form shows after its questions (documents, review, signing, receipt) is in steps, not in its first load', () => {
    const source = readFileSync(new URL('../../src/i18n/en.ts', import.meta.url), 'utf8');
    const forms = keysIn(splitCatalogueSource(source, 'forms'));
    const steps = keysIn(splitCatalogueSource(source, 'steps'));
    const later = ['form.budgetLabel', 'form.documentsIntro', 'form.signIntro', 'form.inPersonCheck', 'form.change', 'journey.receiptTitle', 'journey.sending', 'journey.retry', 'journey.service', 'nextStep.school-reviews', 'error.submit-offline', 'error.document-missing', 'error.already-applied', 'error.application-check-failed'];
    for (const id of later) {
      expect(steps.has(id), `${id} in steps`).to.equal(true);
      expect(forms.has(id), `${id} not in forms`).to.equal(false);
    }
    // The question steps, the header's window, the loading state and the drafts' notice stay in forms.
    const first = ['form.continue', 'form.stepDocuments', 'form.partsLoading', 'form.partsFailed', 'form.partsRetry', 'journey.lookupFound', 'journey.chooseYesNo', 'journey.fromRecords', 'drafts.restored', 'error.iin-checksum', 'error.required', 'error.window-closed', 'error.clock-invalid'];
    for (const id of first) {
      expect(forms.has(id), `${id} in forms`).to.equal(true);
      expect(steps.has(id), `${id} not in steps`).to.equal(false);
    }
    expect(errorPart('submit-failed')).to.equal('steps');
  });
});
