// Registers <school-transport-form>; its later steps (<doc-checklist>, <doc-uploader>, <sign-panel>, review and signing) load when the form first needs them (form-engine.ts).
import { loadPageLocale } from './page-locale.js';
import { SchoolTransportForm } from '../elements/school-transport-form/school-transport-form.js';
import { defineElement } from '../internal/browser-support.js';

await loadPageLocale(['forms']);
defineElement('school-transport-form', SchoolTransportForm);

declare global {
  interface HTMLElementTagNameMap {
    'school-transport-form': SchoolTransportForm;
  }
}

export { SchoolTransportForm };
