// dist/rules.js (`egov-forms/rules`): the rules, with zod's English messages on schema issues, so a
// server that parses with the exported schemas gets full detail. The element entries leave the
// messages out (they show the kit's own codes through src/i18n), which keeps them small.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from './index.js';
