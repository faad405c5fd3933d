// The seven service definitions, keyed by service id.
import type { z } from 'zod/mini';
import type { ServiceId } from '../ids.js';
import { campReferral } from './camp-referral.js';
import { homeStudy } from './home-study.js';
import { mealSubsidy } from './meal-subsidy.js';
import { schoolEnrollment } from './school-enrollment.js';
import { schoolTransfer } from './school-transfer.js';
import { schoolTransport } from './school-transport.js';
import { specialSchoolEnrollment } from './special-school-enrollment.js';

export * from './camp-referral.js';
export * from './common.js';
export * from './home-study.js';
export * from './meal-subsidy.js';
export * from './school-enrollment.js';
export * from './school-transfer.js';
export * from './school-transport.js';
export * from './special-school-enrollment.js';

export const services = {
  'school-enrollment': schoolEnrollment,
  'special-school-enrollment': specialSchoolEnrollment,
  'meal-subsidy': mealSubsidy,
  'school-transport': schoolTransport,
  'home-study': homeStudy,
  'camp-referral': campReferral,
  'school-transfer': schoolTransfer,
} as const satisfies Record<ServiceId, { id: ServiceId }>;

export type Services = typeof services;
/** Parsed (output) answers per service id. */
export type ServiceAnswers = { [Id in ServiceId]: z.output<Services[Id]['schema']> };
/** Answers as a host may pass them (input, before defaults). */
export type ServiceAnswersInput = { [Id in ServiceId]: z.input<Services[Id]['schema']> };
