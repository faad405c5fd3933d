// <camp-referral-form>: the form engine with the `camp-referral` definition; nothing else.
import { ServiceForm } from '../service-form/service-form.js';
import { campReferralForm } from './definition.js';

/**
 * @tagname camp-referral-form
 * @summary Application for a referral to a suburban or school camp for a pupil of the status categories: the
 * child, the school, the kind of camp, the categories (at least one), the documents, check, sign.
 *
 * All behaviour comes from the shared form engine (`ServiceForm`); the rules are the
 * `camp-referral` service of `egov-forms/rules`.
 *
 * @fires signed-payload - The application was signed. `detail`: `{ service, payload, canonical, digest, signature, files }`.
 * @fires step-change - The visible step changed. `detail`: `{ step }`.
 * @fires answers-change - An answer changed. `detail`: `{ answers }`.
 *
 * @csspart base - The form's wrapper.
 * @csspart step - The current step, with `data-step`.
 * @csspart error-summary - The error summary.
 * @csspart checklist-item - A document, with `data-doc` and `data-state`.
 * @csspart budget - The attachments' size budget.
 * @csspart receipt - What was sent.
 *
 * @cssprop --egov-service-form-max-width - Width of the form's column.
 *
 * @slot header - Extra content under the service's name.
 */
export class CampReferralForm extends ServiceForm {
  static override definition = campReferralForm;
}
