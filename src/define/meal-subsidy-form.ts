// Registers <meal-subsidy-form>; <doc-checklist>, <doc-uploader> and <sign-panel> load when the form first needs them (ServiceForm.loadParts).
import { loadPageLocale } from './page-locale.js';
import { MealSubsidyForm } from '../elements/meal-subsidy-form/meal-subsidy-form.js';
import { defineElement } from '../internal/browser-support.js';

await loadPageLocale(['forms']);
defineElement('meal-subsidy-form', MealSubsidyForm);

declare global {
  interface HTMLElementTagNameMap {
    'meal-subsidy-form': MealSubsidyForm;
  }
}

export { MealSubsidyForm };
