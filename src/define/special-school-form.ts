// Registers <special-school-form> and the elements it renders inside.
import './page-locale.js';
import './doc-checklist.js';
import './doc-uploader.js';
import './sign-panel.js';
import { SpecialSchoolForm } from '../elements/special-school-form/special-school-form.js';

if (!customElements.get('special-school-form')) customElements.define('special-school-form', SpecialSchoolForm);

declare global {
  interface HTMLElementTagNameMap {
    'special-school-form': SpecialSchoolForm;
  }
}
