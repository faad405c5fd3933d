// <school-transport-form>: the questions of free transport to school from distant rural localities (docs/rules.md `school-transport`), as data.
import type { FormDefinition } from '../service-form/form-definition.js';
import { bornAbroadField, childFields, currentSchoolField } from '../service-form/common-fields.js';

export const schoolTransportForm: FormDefinition = {
  service: 'school-transport',
  notices: ['form.noticeBudget'],
  steps: [
    { id: 'child', title: 'form.stepChild', intro: 'form.stepChildIntro', fields: [...childFields, currentSchoolField] },
    {
      id: 'transport',
      title: 'form.stepTransport',
      fields: [
        { path: 'locality', kind: 'text', label: 'form.locality', autocomplete: 'address-level2' },
        { path: 'distanceKm', kind: 'number', label: 'form.distanceKm' },
        bornAbroadField,
      ],
    },
  ],
};
