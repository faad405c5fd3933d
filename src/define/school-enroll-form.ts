// Registers <school-enroll-form> and the elements it renders inside.
import './page-locale.js';
import './doc-checklist.js';
import './doc-uploader.js';
import './sign-panel.js';
import { SchoolEnrollForm } from '../elements/school-enroll-form/school-enroll-form.js';

if (!customElements.get('school-enroll-form')) customElements.define('school-enroll-form', SchoolEnrollForm);

declare global {
  interface HTMLElementTagNameMap {
    'school-enroll-form': SchoolEnrollForm;
  }
}
