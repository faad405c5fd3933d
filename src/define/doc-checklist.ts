// Registers <doc-checklist>; importing this file has that side effect and nothing else.
import { loadPageLocale } from './page-locale.js';
import { DocChecklist } from '../elements/doc-checklist/doc-checklist.js';

await loadPageLocale(['files']);
if (!customElements.get('doc-checklist')) customElements.define('doc-checklist', DocChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'doc-checklist': DocChecklist;
  }
}

export { DocChecklist };
