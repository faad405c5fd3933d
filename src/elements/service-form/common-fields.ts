// Questions several services ask, with the answer paths of docs/rules.md ("Answer fields the rules read").
import { residencyIds, statusIds } from '../../rules/index.js';
import type { FieldDefinition } from './form-definition.js';

export const childFields: FieldDefinition[] = [
  { path: 'child.lastName', kind: 'text', label: 'form.childLastName', autocomplete: 'off' },
  { path: 'child.firstName', kind: 'text', label: 'form.childFirstName', autocomplete: 'off' },
  { path: 'child.patronymic', kind: 'text', label: 'form.childPatronymic', optional: true, autocomplete: 'off' },
  { path: 'child.iin', kind: 'iin', label: 'form.childIin', hint: 'form.childIinHint' },
  { path: 'child.birthDate', kind: 'date', label: 'form.childBirthDate' },
];

export const residencyField: FieldDefinition = {
  path: 'residency',
  kind: 'choice',
  label: 'form.residency',
  options: residencyIds,
  optionLabels: 'residency',
};

/** Social status categories; `required` for services that exist for them (meals, camps). */
export function statusesField(required: boolean): FieldDefinition {
  return {
    path: 'statuses',
    kind: 'multi',
    label: 'form.statuses',
    hint: required ? 'form.statusesRequiredHint' : 'form.statusesHint',
    options: statusIds,
    optionLabels: 'status',
    optional: !required,
  };
}

export const bornAbroadField: FieldDefinition = { path: 'bornAbroad', kind: 'yes-no', label: 'form.bornAbroad' };
export const marriageAbroadField: FieldDefinition = { path: 'marriageAbroad', kind: 'yes-no', label: 'form.marriageAbroad' };
export const schoolField: FieldDefinition = { path: 'school', kind: 'school', label: 'form.school', hint: 'form.schoolHint' };
/** The school the child attends now (services for pupils): no "the one school you apply to" hint. */
export const currentSchoolField: FieldDefinition = { path: 'school', kind: 'school', label: 'form.school' };
/** The free-form application's own words (special school, home study): optional, the form itself is the application. */
export const noteField: FieldDefinition = { path: 'note', kind: 'textarea', label: 'form.note', hint: 'form.noteHint', optional: true };
