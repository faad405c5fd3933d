// <camp-referral-form>: the questions of a referral to suburban and school camps (docs/rules.md `camp-referral`), as data.
import type { FormDefinition } from '../service-form/form-definition.js';
import { campKinds } from '../../rules/index.js';
import { bornAbroadField, childFields, currentSchoolField, marriageAbroadField, statusesField } from '../service-form/common-fields.js';

export const campReferralForm: FormDefinition = {
  service: 'camp-referral',
  notices: ['form.noticeBudget'],
  steps: [
    { id: 'child', title: 'form.stepChild', intro: 'form.stepChildIntro', fields: [...childFields, currentSchoolField] },
    {
      id: 'camp',
      title: 'form.stepCamp',
      intro: 'form.stepCircumstancesIntro',
      fields: [
        { path: 'campKind', kind: 'choice', label: 'form.campKind', options: campKinds, optionLabels: 'campKind' },
        statusesField(true),
        marriageAbroadField,
        bornAbroadField,
      ],
    },
  ],
};
