// <school-transfer-form>: the form engine with the `school-transfer` definition; nothing else.
import { ServiceForm } from '../service-form/service-form.js';
import { schoolTransferForm } from './definition.js';

/**
 * @tagname school-transfer-form
 * @summary Application to the head of a school for a child's transfer from another school: the child, the
 * current and the new school, the reason, the absentee ticket, check, sign.
 *
 * All behaviour comes from the shared form engine (`ServiceForm`); the rules are the
 * `school-transfer` service of `egov-forms/rules`.
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
export class SchoolTransferForm extends ServiceForm {
  static override definition = schoolTransferForm;
}
