// <home-study-form>: the form engine with the `home-study` definition; nothing else.
import { ServiceForm } from '../service-form/service-form.js';
import { homeStudyForm } from './definition.js';

/**
 * @tagname home-study-form
 * @summary Application for individual free home study of a child who cannot attend school for a long time for
 * medical reasons: the child, the school, the application's own words, the medical advisory
 * commission's conclusion, check, sign.
 *
 * All behaviour comes from the shared form engine (`ServiceForm`); the rules are the
 * `home-study` service of `egov-forms/rules`.
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
export class HomeStudyForm extends ServiceForm {
  static override definition = homeStudyForm;
}
