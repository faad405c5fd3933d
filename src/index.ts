// The kit's entry: defines every element and re-exports the public API.
import './define/doc-checklist.js';
import './define/doc-uploader.js';
import './define/sign-panel.js';
import './define/school-enroll-form.js';

export { DocChecklist } from './elements/doc-checklist/index.js';
export { DocUploader } from './elements/doc-uploader/index.js';
export type { AddResult, RejectedFile, UploadedFileInfo, UploadErrorCode } from './elements/doc-uploader/index.js';
export { BudgetPool, budgetContext, type BudgetMember } from './context/budget.js';
export { planBudget, DEFAULT_BUDGET_BYTES, MIN_LONG_EDGE, PREFERRED_LONG_EDGE } from './upload/plan.js';
export type { BudgetPlan, ImageTarget, PlanItem } from './upload/plan.js';
export { uploadErrorCodes } from './upload/admit.js';
export { ServiceForm } from './elements/service-form/index.js';
export type { FieldDefinition, FormDefinition, StepDefinition } from './elements/service-form/index.js';
export { SchoolEnrollForm } from './elements/school-enroll-form/school-enroll-form.js';
export * from './rules/index.js';
export { translate, locales, type Locale } from './i18n/index.js';
