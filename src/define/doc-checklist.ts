// Registers <doc-checklist>; importing this file has that side effect and nothing else.
import { loadPageLocale } from './page-locale.js';
import { DocChecklist } from '../elements/doc-checklist/doc-checklist.js';
import { defineElement } from '../internal/browser-support.js';

await loadPageLocale(['files']);
defineElement('doc-checklist', DocChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'doc-checklist': DocChecklist;
  }
}

export { DocChecklist };
