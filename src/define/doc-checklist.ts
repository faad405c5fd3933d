// Registers <doc-checklist>; importing this file has that side effect and nothing else.
import { DocChecklist } from '../elements/doc-checklist/doc-checklist.js';
import { defineElement } from '../internal/browser-support.js';

defineElement('doc-checklist', DocChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'doc-checklist': DocChecklist;
  }
}
