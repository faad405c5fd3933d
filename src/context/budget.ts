// The application's attachment budget, shared: a service form provides one BudgetPool through
// @lit/context and every <doc-uploader> inside it draws on it; an uploader on its own makes its own.
import { createContext } from '@lit/context';
import { DEFAULT_BUDGET_BYTES, planBudget, type BudgetPlan, type PlanItem } from '../upload/plan.js';

/** What the pool needs from each uploader. */
export interface BudgetMember {
  /** This member's files as the planner sees them (ids unique across the page). */
  planItems(): PlanItem[];
  /** Bytes of this member's processed files (what will be submitted). */
  usedBytes(): number;
  /** Whether files are still being processed (the real total is not final yet). */
  isBusy(): boolean;
  /** Called with every new plan (after any member added or removed a file). */
  applyPlan(plan: BudgetPlan): void;
}

/**
 * One application's budget: plans all members' files together, so images share the bytes evenly
 * whichever uploader they were attached to. Fires `plan` and `usage` events for other listeners
 * (a form's budget summary).
 */
export class BudgetPool extends EventTarget {
  private readonly members = new Set<BudgetMember>();
  private _budget: number;
  private _plan: BudgetPlan;

  constructor(budget: number = DEFAULT_BUDGET_BYTES) {
    super();
    this._budget = budget;
    this._plan = planBudget([], budget);
  }

  get budget(): number {
    return this._budget;
  }

  set budget(value: number) {
    const next = Number.isFinite(value) && value > 0 ? value : DEFAULT_BUDGET_BYTES;
    if (next === this._budget) return;
    this._budget = next;
    this.replan();
  }

  /** The latest plan. */
  get plan(): BudgetPlan {
    return this._plan;
  }

  /** Bytes of all members' processed files together. */
  get used(): number {
    let sum = 0;
    for (const m of this.members) sum += m.usedBytes();
    return sum;
  }

  /** Whether any member is still processing files. */
  get busy(): boolean {
    for (const m of this.members) if (m.isBusy()) return true;
    return false;
  }

  join(member: BudgetMember): void {
    this.members.add(member);
    this.replan();
  }

  leave(member: BudgetMember): void {
    if (this.members.delete(member)) this.replan();
  }

  /** Plans again over every member's files and tells each member. */
  replan(): BudgetPlan {
    const items = [...this.members].flatMap((m) => m.planItems());
    this._plan = planBudget(items, this._budget);
    for (const m of this.members) m.applyPlan(this._plan);
    this.dispatchEvent(new Event('plan'));
    return this._plan;
  }

  /**
   * The one member that shows and announces the budget's notice (the first holding a file to remove,
   * else the first with files), so a form with several uploaders says it once, not on every card.
   */
  noticeOwner(): BudgetMember | undefined {
    const remove = new Set(this._plan.remove);
    let first: BudgetMember | undefined;
    for (const m of this.members) {
      const items = m.planItems();
      if (items.some((i) => remove.has(i.id))) return m;
      if (!first && items.length) first = m;
    }
    return first;
  }

  /** Names of the files the plan says to remove or replace, largest first. */
  namesToRemove(): string[] {
    const byId = new Map<string, string>();
    for (const m of this.members) for (const i of m.planItems()) byId.set(i.id, i.name ?? i.id);
    return this._plan.remove.map((id) => byId.get(id) ?? id);
  }

  /** Members call this when their used bytes change, so every member's budget display follows. */
  notifyUsage(): void {
    this.dispatchEvent(new Event('usage'));
  }
}

/** Provided by a service form; consumed by the uploaders inside it. */
export const budgetContext = createContext<BudgetPool>(Symbol('egov-budget'));
