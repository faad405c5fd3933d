// <school-transport-form>: the form engine with the `school-transport` definition; nothing else.
import { ServiceForm } from '../service-form/service-form.js';
import { schoolTransportForm } from './definition.js';

/**
 * @tagname school-transport-form
 * @summary Application for free transport to school and back for a child from a distant rural locality:
 * the child, the school, the locality and the distance, the documents, check, sign. Originals are
 * checked in person afterwards. The host may set a minimum distance (`min-distance-km`).
 *
 * All behaviour comes from the shared form engine (`ServiceForm`); the rules are the
 * `school-transport` service of `egov-forms/rules`.
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
export class SchoolTransportForm extends ServiceForm {
  static override definition = schoolTransportForm;
}
