// A story's render function for a service form: a new element, the controls (attributes and
// properties from custom-elements.json) applied, then put into the story's state. Apart from the
// state list because the tests share that list and cannot import the manifest (JSON) in a browser.
import type { ServiceForm } from '../../src/elements/service-form/service-form.js';
import { applyFormState, type ServiceFormState } from '../states/service-form.states.js';
import { bindArgs } from './bind-args.js';

export function renderFormState(tag: string): (state: ServiceFormState) => HTMLElement {
  return (state) => {
    const form = document.createElement(tag) as ServiceForm;
    bindArgs(form, state as unknown as Record<string, unknown>, ['now']);
    void applyFormState(form, state);
    return form;
  };
}
