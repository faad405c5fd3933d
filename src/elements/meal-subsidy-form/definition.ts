// <meal-subsidy-form>: the questions of free and subsidised meals (docs/rules.md `meal-subsidy`), as data.
import type { FormDefinition } from '../service-form/form-definition.js';
import { bornAbroadField, childFields, currentSchoolField, marriageAbroadField, statusesField } from '../service-form/common-fields.js';

export const mealSubsidyForm: FormDefinition = {
  service: 'meal-subsidy',
  notices: ['form.noticeBudget'],
  steps: [
    { id: 'child', title: 'form.stepChild', intro: 'form.stepChildIntro', fields: [...childFields, currentSchoolField] },
    {
      id: 'circumstances',
      title: 'form.stepCircumstances',
      intro: 'form.stepCircumstancesIntro',
      // The service exists for the categories: at least one (the rules say `status-required`).
      fields: [statusesField(true), marriageAbroadField, bornAbroadField],
    },
  ],
};
