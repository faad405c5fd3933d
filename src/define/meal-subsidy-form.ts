// Registers <meal-subsidy-form>; its later steps (<doc-checklist>, <doc-uploader>, <sign-panel>, review and signing) load when the form first needs them (form-engine.ts).
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
