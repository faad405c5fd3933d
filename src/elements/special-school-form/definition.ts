// <special-school-form>: the questions of enrolment in a special educational organisation (docs/rules.md `special-school-enrollment`), as data.
import type { FormDefinition } from '../service-form/form-definition.js';
import { childFields, noteField, schoolField } from '../service-form/common-fields.js';

export const specialSchoolForm: FormDefinition = {
  service: 'special-school-enrollment',
  notices: ['form.noticeBudget'],
  steps: [
    { id: 'child', title: 'form.stepChild', intro: 'form.stepChildIntro', fields: [...childFields, schoolField] },
    // The form is the free-form application; the commission's conclusion is its one document.
    { id: 'application', title: 'form.stepApplication', intro: 'form.specialSchoolIntro', fields: [noteField] },
  ],
};
