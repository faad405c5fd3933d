// egov-forms/rules: the DOM-free rules (ids, IIN, window, age, documents, checklist, services), for browsers and Node.
import './zod-config.js';
export * from './age.js';
export * from './checklist.js';
export * from './dates.js';
export * from './day-input.js';
export * from './next-steps.js';
export * from './documents.js';
export * from './errors.js';
export * from './ids.js';
export * from './iin.js';
export * from './school-year.js';
export * from './service.js';
export * from './services/index.js';
export * from './validate.js';
export * from './window.js';
