// Registers <school-enroll-form>; its later steps (<doc-checklist>, <doc-uploader>, <sign-panel>, review and signing) load when the form first needs them (form-engine.ts).
import { loadPageLocale } from './page-locale.js';
import { SchoolEnrollForm } from '../elements/school-enroll-form/school-enroll-form.js';
import { defineElement } from '../internal/browser-support.js';

await loadPageLocale(['forms']);
defineElement('school-enroll-form', SchoolEnrollForm);

declare global {
  interface HTMLElementTagNameMap {
    'school-enroll-form': SchoolEnrollForm;
  }
}

export { SchoolEnrollForm };
