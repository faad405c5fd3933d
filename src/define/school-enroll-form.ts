// Registers <school-enroll-form>; <doc-checklist>, <doc-uploader> and <sign-panel> load when the form first needs them (ServiceForm.loadParts).
import { loadPageLocale } from './page-locale.js';
import { SchoolEnrollForm } from '../elements/school-enroll-form/school-enroll-form.js';

await loadPageLocale(['forms']);
if (!customElements.get('school-enroll-form')) customElements.define('school-enroll-form', SchoolEnrollForm);

declare global {
  interface HTMLElementTagNameMap {
    'school-enroll-form': SchoolEnrollForm;
  }
}

export { SchoolEnrollForm };
