// Registers <home-study-form>; its later steps (<doc-checklist>, <doc-uploader>, <sign-panel>, review and signing) load when the form first needs them (form-engine.ts).
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
