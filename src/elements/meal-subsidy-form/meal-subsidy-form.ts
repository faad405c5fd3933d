// <meal-subsidy-form>: the form engine with the `meal-subsidy` definition; nothing else.
import { ServiceForm } from '../service-form/service-form.js';
import { mealSubsidyForm } from './definition.js';

/**
 * @tagname meal-subsidy-form
 * @summary Application for free and subsidised school meals for a pupil of the status categories: the child, the
 * school, the categories (at least one), whether the marriage or divorce was registered abroad, the
 * documents (5 MB together), check, sign. Originals are checked in person afterwards.
 *
 * All behaviour comes from the shared form engine (`ServiceForm`); the rules are the
 * `meal-subsidy` service of `egov-forms/rules`.
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
export class MealSubsidyForm extends ServiceForm {
  static override definition = mealSubsidyForm;
}
