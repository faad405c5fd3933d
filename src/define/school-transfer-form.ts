// Registers <school-transfer-form> and the elements it renders inside.
import './page-locale.js';
import './doc-checklist.js';
import './doc-uploader.js';
import './sign-panel.js';
import { SchoolTransferForm } from '../elements/school-transfer-form/school-transfer-form.js';

if (!customElements.get('school-transfer-form')) customElements.define('school-transfer-form', SchoolTransferForm);

declare global {
  interface HTMLElementTagNameMap {
    'school-transfer-form': SchoolTransferForm;
  }
}
