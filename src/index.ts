// The kit's entry: defines every element and re-exports the public API.
import './define/doc-checklist.js';
import './define/sign-panel.js';
import './define/school-enroll-form.js';

export { DocChecklist } from './elements/doc-checklist/index.js';
export { ServiceForm } from './elements/service-form/index.js';
export type { FieldDefinition, FormDefinition, StepDefinition } from './elements/service-form/index.js';
export { SchoolEnrollForm } from './elements/school-enroll-form/school-enroll-form.js';
export * from './rules/index.js';
export { translate, locales, type Locale } from './i18n/index.js';
