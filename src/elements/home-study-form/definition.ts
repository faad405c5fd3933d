// <home-study-form>: the questions of individual free home study for medical reasons (docs/rules.md `home-study`), as data.
import type { FormDefinition } from '../service-form/form-definition.js';
import { childFields, currentSchoolField, noteField } from '../service-form/common-fields.js';

export const homeStudyForm: FormDefinition = {
  service: 'home-study',
  notices: ['form.noticeBudget'],
  steps: [
    { id: 'child', title: 'form.stepChild', intro: 'form.stepChildIntro', fields: [...childFields, currentSchoolField] },
    // The form is the free-form application; the commission's conclusion is its one document.
    { id: 'application', title: 'form.stepApplication', intro: 'form.homeStudyIntro', fields: [noteField] },
  ],
};
