export { ServiceForm } from './service-form.js';
export type { FieldDefinition, FieldKind, FormDefinition, StepDefinition } from './form-definition.js';
