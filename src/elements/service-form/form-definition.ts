// What a service form is made of: its service id and its question steps. The engine adds the
// documents, review and signing steps, so a service's form is only this data.
import type { ServiceDefinition, ServiceId } from '../../rules/index.js';

export type FieldKind =
  /** One line of text. */
  | 'text'
  /** Several lines of text (a free-form application's own words). */
  | 'textarea'
  /** A 12-digit IIN: numeric keyboard, checked as typed (after the field was touched). */
  | 'iin'
  /** A calendar date (YYYY-MM-DD). */
  | 'date'
  /** A number (e.g. a distance in km). */
  | 'number'
  /** One of `options` (radio buttons). */
  | 'choice'
  /** Any of `options` (checkboxes); the answer is an array. */
  | 'multi'
  /** Yes or no (radio buttons); the answer is a boolean. */
  | 'yes-no'
  /** A school: a list when the host gives one (`schools` property), free text otherwise. */
  | 'school';

export interface FieldDefinition {
  /** Where the answer lives, dot-separated (`child.iin`); also the id of its input. */
  path: string;
  kind: FieldKind;
  /** i18n key of the label (`form.childIin`). */
  label: string;
  /** i18n key of a hint under the label. */
  hint?: string;
  /** Allowed values for `choice` and `multi`. */
  options?: readonly string[];
  /** i18n namespace that names each option (`residency` → `residency.<option>`). */
  optionLabels?: string;
  /** Shows "(optional)" after the label; the schema decides what is really required. */
  optional?: boolean;
  /** `autocomplete` token for the input. */
  autocomplete?: string;
  /** The field is asked only when this says so (e.g. a follow-up question). */
  when?: (answers: Record<string, unknown>) => boolean;
}

export interface StepDefinition {
  /** Stable id, used in `data-step` and links. */
  id: string;
  /** i18n key of the step's heading. */
  title: string;
  /** i18n key of an introduction under the heading. */
  intro?: string;
  fields: FieldDefinition[];
}

export interface FormDefinition {
  service: ServiceId;
  /** The service's rules (`services[service]` of src/rules), imported by the definition so a form's page carries only its own. */
  rules: ServiceDefinition;
  /** The question steps, in order; documents, review and signing follow. */
  steps: StepDefinition[];
  /** i18n keys of notices shown at the start (rules of the service, in words). */
  notices?: string[];
}

/** Steps the engine adds after the question steps. */
export const engineSteps = ['documents', 'review', 'sign'] as const;
export type EngineStep = (typeof engineSteps)[number];
