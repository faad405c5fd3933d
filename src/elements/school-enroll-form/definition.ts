// <school-enroll-form>: the questions of first-grade enrolment (docs/rules.md `school-enrollment`), as data.
import type { FormDefinition } from '../service-form/form-definition.js';
import { bornAbroadField, childFields, residencyField, schoolField, statusesField } from '../service-form/common-fields.js';

export const schoolEnrollmentForm: FormDefinition = {
  service: 'school-enrollment',
  notices: ['form.noticeOneApplication', 'form.noticeBudget'],
  steps: [
    { id: 'child', title: 'form.stepChild', intro: 'form.stepChildIntro', fields: [...childFields, schoolField] },
    {
      id: 'circumstances',
      title: 'form.stepCircumstances',
      intro: 'form.stepCircumstancesIntro',
      fields: [
        residencyField,
        statusesField(false),
        { path: 'specialNeeds', kind: 'yes-no', label: 'form.specialNeeds', hint: 'form.specialNeedsHint' },
        { path: 'homeEducation', kind: 'yes-no', label: 'form.homeEducation' },
        bornAbroadField,
      ],
    },
  ],
};
