// What an uploader says about the application's budget: by how much the files are over (naming the
// files to remove when compression cannot meet it), or that photos went under A4 at 150 dpi. One
// notice per application: only the uploader the pool names shows and announces it.
import type { BudgetMember, BudgetPool } from '../../context/budget.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { overBudget } from '../../upload/display.js';
import type { Announcement } from './announcer.js';
import type { Entry } from './types.js';
import { mb } from './words.js';

/**
 * The budget figure last said by any uploader of an application (its pool): while files anywhere are
 * still processing the figure is not final (a new plan may shrink the others), so it is said once
 * all are done, by one uploader, and not again until it changes.
 */
const saidFigure = new WeakMap<BudgetPool, number>();

export class BudgetNotice {
  constructor(
    private readonly member: BudgetMember,
    private readonly pool: () => BudgetPool,
    private readonly entries: () => readonly Entry[],
    private readonly i18n: LocaleController,
  ) {}

  /** Bytes over the budget: the plan's shortfall, or once all is processed, the real total's. */
  overBy(): number {
    const pool = this.pool();
    return overBudget(pool.plan, pool.used, pool.budget, pool.busy);
  }

  /**
   * Whether this uploader should say the budget's figure now: every file of the application is
   * processed, it is the uploader that speaks for the budget, and the figure has not been said.
   */
  figureDue(): boolean {
    const pool = this.pool();
    return !pool.busy && this.owns() && saidFigure.get(pool) !== pool.used;
  }

  /** Whether this uploader is the one that shows and announces the budget's notice. */
  private owns(): boolean {
    return this.pool().noticeOwner() === this.member;
  }

  private below(): boolean {
    return this.entries().some((e) => e.belowMinEdge);
  }

  /** The over-budget notice: names the files to remove when compression cannot meet the budget. */
  private overText(): string {
    const { t, locale } = this.i18n;
    const pool = this.pool();
    const over = mb(locale, this.overBy());
    const budget = mb(locale, pool.budget);
    const names = pool.namesToRemove();
    if (pool.plan.unmeetable && names.length) return t('upload.budgetRemove', { over, budget, names: names.join(', ') });
    return t('upload.budgetOver', { over, budget });
  }

  /**
   * The notes under the control. Not an alert (its figure changes as files are processed, and each
   * change would be said again); the polite live region says it once when it appears.
   */
  notes(): string[] {
    if (this.overBy() > 0) return this.owns() ? [this.overText()] : [];
    return this.below() ? [this.i18n.t('upload.belowMinEdge')] : [];
  }

  /** What the live region says: progress, the budget used once all is processed, and the notes (each once while it holds). */
  announcement(): Announcement {
    const { t, locale } = this.i18n;
    const pool = this.pool();
    const entries = this.entries();
    const status: string[] = [];
    const total = entries.length;
    const done = entries.filter((e) => e.status === 'done').length;
    if (total > 0) status.push(done < total ? t('upload.announceProgress', { done, total }) : t('upload.announceReady', { n: done }));
    // The figure only once nothing is processing anywhere: before that a new plan may still change it.
    if (!pool.busy) {
      status.push(t('upload.budgetUsed', { used: mb(locale, pool.used), budget: mb(locale, pool.budget) }));
      saidFigure.set(pool, pool.used);
    }
    const over = this.overBy() > 0;
    return {
      status,
      notes: [
        { id: 'over', holds: over && this.owns(), text: () => this.overText() },
        { id: 'below', holds: !over && this.below(), text: () => t('upload.belowMinEdge') },
      ],
    };
  }
}
