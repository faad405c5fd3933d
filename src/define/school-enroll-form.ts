// Registers <school-enroll-form>; <doc-checklist>, <doc-uploader> and <sign-panel> load when the form first needs them (ServiceForm.loadParts).
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
