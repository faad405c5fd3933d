// Display rules for attachments, one function each, called by every view (uploader card, checklist,
// the form's budget meter, the review): no DOM, no text, only data and ids.

/** A document's state as shown: `partial` is a required document with some but not all of its files. */
export interface DocumentStatus {
  state: 'missing' | 'provided' | 'optional' | 'registry';
  /** Files attached. */
  attached: number;
  /** Files the document needs (2 for `child-photo`). */
  total: number;
  /** Some but not all files are there: views say "k of N", never "not attached". */
  partial: boolean;
}

/** The rules' item (`state`, `count`) and the number of files attached → what every view shows. */
export function documentStatus(item: { state: 'required' | 'optional' | 'registry'; count: number }, attached: number): DocumentStatus {
  const total = Math.max(1, item.count);
  let state: DocumentStatus['state'];
  if (item.state === 'registry') state = attached > 0 ? 'provided' : 'registry';
  else if (attached >= total) state = 'provided';
  else state = item.state === 'optional' ? 'optional' : 'missing';
  return { state, attached, total, partial: attached > 0 && attached < total };
}

/** Thresholds of the budget meter (one place): `high` from 80 %, `full` from 95 %. */
export const BUDGET_HIGH = 0.8;
export const BUDGET_FULL = 0.95;

export type BudgetLevel = 'ok' | 'high' | 'full' | 'over';

/** How full the budget is, for every meter and summary. */
export function budgetLevel(used: number, budget: number): BudgetLevel {
  if (used > budget) return 'over';
  if (used >= budget * BUDGET_FULL) return 'full';
  if (used >= budget * BUDGET_HIGH) return 'high';
  return 'ok';
}

/** Bytes over the budget: the plan's shortfall, or once nothing is being processed, the real total's. */
export function overBudget(plan: { overBy: number }, used: number, budget: number, busy: boolean): number {
  return Math.max(plan.overBy, busy ? 0 : used - budget, 0);
}

/**
 * A file name shortened in the middle so its start and its extension stay ("passport-scan-…-2.pdf").
 * `max` counts characters; names that fit are returned as they are.
 */
export function shortenName(name: string, max = 24): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 6 ? [...name.slice(dot)] : [];
  const stem = ext.length ? [...name.slice(0, dot)] : chars;
  const room = Math.max(2, max - ext.length - 1);
  const head = Math.ceil(room * 0.6);
  const tail = room - head;
  return `${stem.slice(0, head).join('')}…${tail > 0 ? stem.slice(-tail).join('') : ''}${ext.join('')}`;
}
