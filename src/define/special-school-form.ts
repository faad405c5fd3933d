// Registers <special-school-form>; its later steps (<doc-checklist>, <doc-uploader>, <sign-panel>, review and signing) load when the form first needs them (form-engine.ts).
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
