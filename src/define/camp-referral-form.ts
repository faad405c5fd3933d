// Registers <camp-referral-form>; its later steps (<doc-checklist>, <doc-uploader>, <sign-panel>, review and signing) load when the form first needs them (form-engine.ts).
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
