// The uploader's place in an application: the budget pool it draws on (its own, or a form's through
// budgetContext) and the attachments model it writes its files to (a form's, through
// attachmentsContext). Out of the page it is out of the application: it leaves both.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { budgetContext, type BudgetMember, type BudgetPool } from '../../context/budget.js';
import { attachmentsContext } from '../../attachments/context.js';
import type { Attachments, AttachmentSource } from '../../attachments/attachments.js';

type Host = ReactiveControllerHost & HTMLElement & AttachmentSource;

export class Membership implements ReactiveController {
  /** The pool it draws on now. */
  pool: BudgetPool;
  /** The form's attachments model (none for an uploader on its own). */
  attachments: Attachments | undefined;
  private joined = false;
  private lastUsed = 0;

  constructor(
    private readonly host: Host,
    /** What the pool plans and counts: the uploader's files. */
    private readonly member: BudgetMember,
    own: BudgetPool,
    /** The application's bytes used changed (`budget-change` on the host when `used` did). */
    private readonly onUsage: (used: number, changed: boolean) => void,
  ) {
    this.pool = own;
    // A form that provides a budget makes this uploader draw on it instead of its own.
    new ContextConsumer(host, { context: budgetContext, subscribe: true, callback: (pool) => this.usePool(pool ?? own) });
    // Inside a form, its files are written to the application's attachments model (per document id).
    new ContextConsumer(host, { context: attachmentsContext, subscribe: true, callback: (model) => this.useAttachments(model) });
    // After the consumers: on connect they have found the form's pool and model before it joins them.
    host.addController(this);
  }

  hostConnected(): void {
    this.attachments?.register(this.host);
    if (!this.joined) {
      this.pool.join(this.member);
      this.joined = true;
    }
    this.pool.addEventListener('usage', this.usage);
  }

  hostDisconnected(): void {
    this.attachments?.unregister(this.host);
    this.pool.removeEventListener('usage', this.usage);
    if (this.joined) {
      this.joined = false;
      this.pool.leave(this.member);
      this.pool.notifyUsage();
    }
  }

  /** Its files changed: the pool's listeners and the model hear of it (`files`: the set of processed files changed). */
  changed(files: boolean): void {
    this.pool.notifyUsage();
    this.attachments?.changed(this.host.doc, files);
  }

  private readonly usage = () => {
    const used = this.pool.used;
    const changed = used !== this.lastUsed;
    this.lastUsed = used;
    this.onUsage(used, changed);
  };

  private usePool(pool: BudgetPool): void {
    if (pool === this.pool) return;
    const { host, member } = this;
    const wasJoined = this.joined;
    if (wasJoined) this.pool.leave(member);
    this.pool.removeEventListener('usage', this.usage);
    this.pool = pool;
    this.lastUsed = pool.used;
    if (wasJoined || host.isConnected) {
      pool.join(member);
      this.joined = true;
    }
    if (host.isConnected) pool.addEventListener('usage', this.usage);
    host.requestUpdate();
  }

  private useAttachments(model: Attachments | undefined): void {
    if (model === this.attachments) return;
    this.attachments?.unregister(this.host);
    this.attachments = model;
    if (this.host.isConnected) model?.register(this.host);
  }
}
