// Registers <meal-subsidy-form> and the elements it renders inside.
import './page-locale.js';
import './doc-checklist.js';
import './doc-uploader.js';
import './sign-panel.js';
import { MealSubsidyForm } from '../elements/meal-subsidy-form/meal-subsidy-form.js';

if (!customElements.get('meal-subsidy-form')) customElements.define('meal-subsidy-form', MealSubsidyForm);

declare global {
  interface HTMLElementTagNameMap {
    'meal-subsidy-form': MealSubsidyForm;
  }
}
