// Registers <special-school-form>; <doc-checklist>, <doc-uploader> and <sign-panel> load when the form first needs them (ServiceForm.loadParts).
import { loadPageLocale } from './page-locale.js';
import { SpecialSchoolForm } from '../elements/special-school-form/special-school-form.js';
import { defineElement } from '../internal/browser-support.js';

await loadPageLocale(['forms']);
defineElement('special-school-form', SpecialSchoolForm);

declare global {
  interface HTMLElementTagNameMap {
    'special-school-form': SpecialSchoolForm;
  }
}

export { SpecialSchoolForm };
