// Registers <camp-referral-form> and the elements it renders inside.
import './page-locale.js';
import './doc-checklist.js';
import './doc-uploader.js';
import './sign-panel.js';
import { CampReferralForm } from '../elements/camp-referral-form/camp-referral-form.js';

if (!customElements.get('camp-referral-form')) customElements.define('camp-referral-form', CampReferralForm);

declare global {
  interface HTMLElementTagNameMap {
    'camp-referral-form': CampReferralForm;
  }
}
