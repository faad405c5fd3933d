// What a checklist item shows, derived from the rules' item and the attached count (no rule here).
import type { ChecklistItem } from '../../rules/index.js';
import { translate, type Locale, type Params } from '../../i18n/localize.js';
import { documentStatus } from '../../upload/display.js';

export type ItemDisplayState = 'missing' | 'provided' | 'optional' | 'registry';

/** `registry` and `optional` stay as the rules said unless files are attached; required is missing until all files are there. */
export function checklistItemState(item: ChecklistItem, attached: number): ItemDisplayState {
  return documentStatus(item, attached).state;
}

/** Param ids that name something (a status, a residency, a document) become their localized names. */
const NAMED_PARAMS: Record<string, string> = {
  status: 'status',
  residency: 'residency',
  doc: 'document',
  service: 'service',
};

export function reasonParams(locale: Locale, item: ChecklistItem): Params {
  const params: Params = {};
  for (const [key, value] of Object.entries(item.params ?? {})) {
    const ns = NAMED_PARAMS[key];
    params[key] = ns ? translate(locale, `${ns}.${value}`) : value;
  }
  return params;
}
