// Registers <special-school-form> and the elements it renders inside.
import './doc-checklist.js';
import './doc-uploader.js';
import './sign-panel.js';
import { SpecialSchoolForm } from '../elements/special-school-form/special-school-form.js';
import { defineElement } from '../internal/browser-support.js';

defineElement('special-school-form', SpecialSchoolForm);

declare global {
  interface HTMLElementTagNameMap {
    'special-school-form': SpecialSchoolForm;
  }
}
