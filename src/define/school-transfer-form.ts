// Registers <school-transfer-form>; its later steps (<doc-checklist>, <doc-uploader>, <sign-panel>, review and signing) load when the form first needs them (form-engine.ts).
import { loadPageLocale } from './page-locale.js';
import { SchoolTransferForm } from '../elements/school-transfer-form/school-transfer-form.js';
import { defineElement } from '../internal/browser-support.js';

await loadPageLocale(['forms']);
defineElement('school-transfer-form', SchoolTransferForm);

declare global {
  interface HTMLElementTagNameMap {
    'school-transfer-form': SchoolTransferForm;
  }
}

export { SchoolTransferForm };
