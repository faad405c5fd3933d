// <special-school-form>: the form engine with the `special-school-enrollment` definition; nothing else.
import { ServiceForm } from '../service-form/service-form.js';
import { specialSchoolForm } from './definition.js';

/**
 * @tagname special-school-form
 * @summary Application for enrolment in a special educational organisation for children with disabilities:
 * the child, the organisation, the application's own words, the PMPK conclusion, check, sign.
 *
 * All behaviour comes from the shared form engine (`ServiceForm`); the rules are the
 * `special-school-enrollment` service of `egov-forms/rules`.
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
export class SpecialSchoolForm extends ServiceForm {
  static override definition = specialSchoolForm;
}
