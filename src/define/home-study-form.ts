// Registers <home-study-form>; <doc-checklist>, <doc-uploader> and <sign-panel> load when the form first needs them (ServiceForm.loadParts).
import { loadPageLocale } from './page-locale.js';
import { HomeStudyForm } from '../elements/home-study-form/home-study-form.js';
import { defineElement } from '../internal/browser-support.js';

await loadPageLocale(['forms']);
defineElement('home-study-form', HomeStudyForm);

declare global {
  interface HTMLElementTagNameMap {
    'home-study-form': HomeStudyForm;
  }
}

export { HomeStudyForm };
