// The kit's entry: defines every element and re-exports the public API.
import './define/doc-checklist.js';
import './define/sign-panel.js';

export { DocChecklist } from './elements/doc-checklist/index.js';
export * from './rules/index.js';
export { translate, locales, type Locale } from './i18n/index.js';
