// The kit's entry: defines every element and re-exports the public API, with all three languages
// loaded up front (one element's entry, such as dist/school-enroll-form.js, loads only the page's).
import './i18n/index.js';
import './define/doc-checklist.js';
import './define/doc-uploader.js';
import './define/sign-panel.js';
import './define/school-enroll-form.js';
import './define/special-school-form.js';
import './define/meal-subsidy-form.js';
import './define/school-transport-form.js';
import './define/home-study-form.js';
import './define/camp-referral-form.js';
import './define/school-transfer-form.js';

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
export { SpecialSchoolForm } from './elements/special-school-form/special-school-form.js';
export { MealSubsidyForm } from './elements/meal-subsidy-form/meal-subsidy-form.js';
export { SchoolTransportForm } from './elements/school-transport-form/school-transport-form.js';
export { HomeStudyForm } from './elements/home-study-form/home-study-form.js';
export { CampReferralForm } from './elements/camp-referral-form/camp-referral-form.js';
export { SchoolTransferForm } from './elements/school-transfer-form/school-transfer-form.js';
export * from './rules/index.js';
// The signers and the draft store a host passes to forms (also their own entry, egov-forms/signers).
export * from './signers.js';
export { SignPanel } from './elements/sign-panel/index.js';
export type { SignMethod, SignPanelSigners, SignPanelStatus, SignedEventDetail, SignErrorEventDetail } from './elements/sign-panel/index.js';
export { translate, locales, type Locale } from './i18n/index.js';
