// Registers <camp-referral-form> and the elements it renders inside.
import './doc-checklist.js';
import './doc-uploader.js';
import './sign-panel.js';
import { CampReferralForm } from '../elements/camp-referral-form/camp-referral-form.js';
import { defineElement } from '../internal/browser-support.js';

defineElement('camp-referral-form', CampReferralForm);

declare global {
  interface HTMLElementTagNameMap {
    'camp-referral-form': CampReferralForm;
  }
}
