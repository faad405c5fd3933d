// What happens after the host has received an application, per service, as ids (texts: i18n `nextStep.<id>`).
// From the portal's page (docs/reference/egov-education-services.txt: the notice in "History of services")
// and docs/rules.md (originals checked in person for meal-subsidy).
import type { ServiceId } from './ids.js';

export const nextStepIds = ['school-reviews', 'originals-in-person', 'history-notice', 'quote-reference'] as const;
export type NextStepId = (typeof nextStepIds)[number];

const steps: Record<ServiceId, readonly NextStepId[]> = {
  'school-enrollment': ['school-reviews', 'history-notice', 'quote-reference'],
  'special-school-enrollment': ['school-reviews', 'history-notice', 'quote-reference'],
  'meal-subsidy': ['originals-in-person', 'history-notice', 'quote-reference'],
  'school-transport': ['history-notice', 'quote-reference'],
  'home-study': ['school-reviews', 'history-notice', 'quote-reference'],
  'camp-referral': ['history-notice', 'quote-reference'],
  'school-transfer': ['school-reviews', 'history-notice', 'quote-reference'],
};

/** The next steps for a service, in the order a parent meets them. */
export function nextSteps(service: ServiceId): readonly NextStepId[] {
  return steps[service] ?? ['history-notice', 'quote-reference'];
}
