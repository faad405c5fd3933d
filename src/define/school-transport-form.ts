// Registers <school-transport-form> and the elements it renders inside.
import './doc-checklist.js';
import './doc-uploader.js';
import './sign-panel.js';
import { SchoolTransportForm } from '../elements/school-transport-form/school-transport-form.js';
import { defineElement } from '../internal/browser-support.js';

defineElement('school-transport-form', SchoolTransportForm);

declare global {
  interface HTMLElementTagNameMap {
    'school-transport-form': SchoolTransportForm;
  }
}
