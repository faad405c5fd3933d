// Registers <home-study-form> and the elements it renders inside.
import './doc-checklist.js';
import './doc-uploader.js';
import './sign-panel.js';
import { HomeStudyForm } from '../elements/home-study-form/home-study-form.js';
import { defineElement } from '../internal/browser-support.js';

defineElement('home-study-form', HomeStudyForm);

declare global {
  interface HTMLElementTagNameMap {
    'home-study-form': HomeStudyForm;
  }
}
