// Registers <home-study-form> and the elements it renders inside.
import './page-locale.js';
import './doc-checklist.js';
import './doc-uploader.js';
import './sign-panel.js';
import { HomeStudyForm } from '../elements/home-study-form/home-study-form.js';

if (!customElements.get('home-study-form')) customElements.define('home-study-form', HomeStudyForm);

declare global {
  interface HTMLElementTagNameMap {
    'home-study-form': HomeStudyForm;
  }
}
