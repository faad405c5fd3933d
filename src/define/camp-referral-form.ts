// Registers <camp-referral-form>; <doc-checklist>, <doc-uploader> and <sign-panel> load when the form first needs them (ServiceForm.loadParts).
import { loadPageLocale } from './page-locale.js';
import { CampReferralForm } from '../elements/camp-referral-form/camp-referral-form.js';
import { defineElement } from '../internal/browser-support.js';

await loadPageLocale(['forms']);
defineElement('camp-referral-form', CampReferralForm);

declare global {
  interface HTMLElementTagNameMap {
    'camp-referral-form': CampReferralForm;
  }
}

export { CampReferralForm };
