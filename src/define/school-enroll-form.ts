// Registers <school-enroll-form> and the elements it renders inside.
import './doc-checklist.js';
import './doc-uploader.js';
import './sign-panel.js';
import { SchoolEnrollForm } from '../elements/school-enroll-form/school-enroll-form.js';
import { defineElement } from '../internal/browser-support.js';

defineElement('school-enroll-form', SchoolEnrollForm);

declare global {
  interface HTMLElementTagNameMap {
    'school-enroll-form': SchoolEnrollForm;
  }
}
