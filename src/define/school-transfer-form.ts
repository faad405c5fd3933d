// Registers <school-transfer-form> and the elements it renders inside.
import './doc-checklist.js';
import './doc-uploader.js';
import './sign-panel.js';
import { SchoolTransferForm } from '../elements/school-transfer-form/school-transfer-form.js';
import { defineElement } from '../internal/browser-support.js';

defineElement('school-transfer-form', SchoolTransferForm);

declare global {
  interface HTMLElementTagNameMap {
    'school-transfer-form': SchoolTransferForm;
  }
}
