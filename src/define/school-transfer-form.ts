// Registers <school-transfer-form>; <doc-checklist>, <doc-uploader> and <sign-panel> load when the form first needs them (ServiceForm.loadParts).
import { loadPageLocale } from './page-locale.js';
import { SchoolTransferForm } from '../elements/school-transfer-form/school-transfer-form.js';

await loadPageLocale(['forms']);
if (!customElements.get('school-transfer-form')) customElements.define('school-transfer-form', SchoolTransferForm);

declare global {
  interface HTMLElementTagNameMap {
    'school-transfer-form': SchoolTransferForm;
  }
}

export { SchoolTransferForm };
