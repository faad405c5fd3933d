export { DocChecklist } from './doc-checklist.js';
export { checklistItemState, type ItemDisplayState } from './checklist-view.js';
