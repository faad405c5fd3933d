// Registers <meal-subsidy-form> and the elements it renders inside.
import './doc-checklist.js';
import './doc-uploader.js';
import './sign-panel.js';
import { MealSubsidyForm } from '../elements/meal-subsidy-form/meal-subsidy-form.js';
import { defineElement } from '../internal/browser-support.js';

defineElement('meal-subsidy-form', MealSubsidyForm);

declare global {
  interface HTMLElementTagNameMap {
    'meal-subsidy-form': MealSubsidyForm;
  }
}
