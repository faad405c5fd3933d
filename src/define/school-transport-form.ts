// Registers <school-transport-form> and the elements it renders inside.
import './page-locale.js';
import './doc-checklist.js';
import './doc-uploader.js';
import './sign-panel.js';
import { SchoolTransportForm } from '../elements/school-transport-form/school-transport-form.js';

if (!customElements.get('school-transport-form')) customElements.define('school-transport-form', SchoolTransportForm);

declare global {
  interface HTMLElementTagNameMap {
    'school-transport-form': SchoolTransportForm;
  }
}
