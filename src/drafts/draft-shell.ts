// A form's drafts as the form loads them: this small part knows whether drafts are on and whether a
// draft may exist (`mayHaveDrafts`), keeps the form's events meanwhile, and loads the rest
// (draft-parts.ts) when a draft may exist or the parent first changes something. A first visit
// carries only this. Its API is the whole drafts API; the work is the engine's.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  clone,
  mayHaveDrafts,
  toStorageError,
  type DraftClearReason,
  type DraftControllerOptions,
  type DraftStatus,
  type DraftStorageErrorCode,
  type MissingFile,
} from './common.js';
import type { DraftEngine } from './draft-parts.js';
import type { Attachments, AttachmentsChange } from '../attachments/attachments.js';

export { draftChannelName, draftKey, type DraftControllerOptions, type DraftStatus, type DraftStoreLike } from './common.js';

type Host = ReactiveControllerHost & HTMLElement;

let draftParts: typeof import('./draft-parts.js') | undefined;
/** The drafts' code, fetched once for every form of the page (later forms have it at once). */
function loadDraftParts(): Promise<typeof import('./draft-parts.js')> {
  return draftParts ? Promise.resolve(draftParts) : import('./draft-parts.js').then((module) => (draftParts = module));
}

/** The form's events the drafts follow (on the form, the page, and the attachments model). */
const formEvents = ['answers-change', 'step-change', 'signed-payload'] as const;
const pageEvents = [
  [() => document, 'visibilitychange'],
  [() => window, 'pagehide'],
] as const;

export class DraftController implements ReactiveController {
  private readonly host: Host;
  private readonly options: DraftControllerOptions;
  /** The model listened to (from `options.attachments`, looked up on connect). */
  private model: Attachments | undefined;
  /** The drafts' code at work, once loaded and started. */
  private engine?: DraftEngine;
  private creating?: Promise<DraftEngine | undefined>;
  private waking?: Promise<DraftEngine | undefined>;
  private loading?: Promise<void>;
  /** The form's events until the engine takes them, in order. */
  private queue: Event[] = [];
  /** The state until the engine has one: `idle`, `loading`, `off`, or `unavailable` (its code could not load). */
  private ownStatus: DraftStatus = 'idle';
  private ownError: DraftStorageErrorCode | undefined;
  /** The shell looked and no draft can exist: the first change starts an empty engine. */
  private empty = false;

  constructor(host: Host, options: DraftControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Current state of the drafts; the form renders it. */
  get status(): DraftStatus {
    return this.engine?.status ?? this.ownStatus;
  }

  /** Why storage refused, when `status` is `unavailable`. */
  get error(): DraftStorageErrorCode | undefined {
    return this.engine ? this.engine.error : this.ownError;
  }

  /** When the restored draft had been saved (undefined when nothing was restored). */
  get restoredAt(): Date | undefined {
    return this.engine?.restoredAt;
  }

  /** When the last save finished. */
  get savedAt(): Date | undefined {
    return this.engine?.savedAt;
  }

  /** Files the parent attached that could not be kept (this save, or an earlier one before a reload). */
  get unsavedFiles(): MissingFile[] {
    return this.engine?.unsavedFiles ?? [];
  }

  /** Restored files are waiting for their uploaders (the host loads `<doc-uploader>` when it sees this). */
  get waitingFiles(): boolean {
    return this.model?.waiting ?? false;
  }

  /** Resolves once the draft (if any) was looked for and restored. */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  hostConnected(): void {
    for (const type of formEvents) this.host.addEventListener(type, this.onEvent);
    for (const [target, type] of pageEvents) target().addEventListener(type, this.onEvent);
    this.model = this.options.attachments?.();
    this.model?.addEventListener('change', this.onFilesEvent);
    // After the first update, so attributes and properties the host set right after adding the form count.
    this.loading ??= this.host.updateComplete.then(() => this.start());
    this.engine?.connected();
  }

  hostDisconnected(): void {
    for (const type of formEvents) this.host.removeEventListener(type, this.onEvent);
    for (const [target, type] of pageEvents) target().removeEventListener(type, this.onEvent);
    this.model?.removeEventListener('change', this.onFilesEvent);
    this.engine?.disconnected();
  }

  /** Resolves when nothing is waiting to be written (tests; a host about to navigate). */
  async settled(): Promise<void> {
    await this.ready;
    await this.waking;
    await this.engine?.settled();
  }

  /** The parent changed something: write it soon, in the background. */
  schedule(): void {
    if (this.engine) this.engine.schedule();
    else this.onEvent(new Event('answers-change'));
  }

  /** Writes now whatever is waiting (the page is being hidden or closed). */
  async flush(): Promise<void> {
    return this.engine?.flush();
  }

  /**
   * Deletes the draft (after signing, `reason` `signed`; start over, `reset`). Pending writes are
   * dropped, and so are files still being put back into uploaders; the other tabs hear of it.
   */
  async clear(reason: DraftClearReason = 'reset'): Promise<void> {
    const engine = await this.woken();
    if (engine) return engine.clear(reason);
    this.model?.dropRestores();
    this.host.requestUpdate();
  }

  /**
   * Start over: the draft is deleted and the form emptied. The emptying itself is not a change
   * (the form announces a step change as it goes back to the first step): a draft is written again
   * only after the parent's next real change.
   */
  async startOver(): Promise<void> {
    const engine = await this.woken();
    if (engine) return engine.startOver();
    // Drafts off: the form is emptied all the same (its events are not followed).
    await this.clear('reset');
    this.options.reset?.();
    this.host.requestUpdate();
  }

  /** Looks once, after the first update: drafts off, no draft possible (wait for a change), or load the draft. */
  private async start(): Promise<void> {
    if (!(this.options.enabled?.() ?? true)) {
      this.ownStatus = 'off';
      this.queue = [];
      this.host.requestUpdate();
      return;
    }
    this.ownStatus = 'loading';
    // The answers as the draft begins to load: what the parent changes from now on wins over it.
    const seen = clone(this.options.getAnswers());
    const ownStore = this.options.store?.() !== undefined;
    if (!ownStore && !(await (this.options.mayHaveDrafts ?? mayHaveDrafts)())) {
      this.ownStatus = 'idle';
      this.empty = true;
      this.host.requestUpdate();
      if (this.queue.length) await this.wakeEmpty();
      return;
    }
    const engine = await this.create();
    if (!engine) return;
    this.engine = engine;
    const early = this.queue;
    this.queue = [];
    await engine.load(seen, early);
  }

  /** The engine, made once; undefined when its code cannot be had (drafts then unavailable). */
  private create(): Promise<DraftEngine | undefined> {
    this.creating ??= (this.options.loadParts ?? loadDraftParts)().then(
      (parts) => new parts.DraftEngine(this.host, this.options, this.model),
      (error: unknown) => {
        this.ownStatus = 'unavailable';
        this.ownError = toStorageError(error).code;
        this.queue = [];
        this.host.requestUpdate();
        return undefined;
      },
    );
    return this.creating;
  }

  /** No draft could exist and the parent changed something: an empty engine takes the events. */
  private wakeEmpty(): Promise<DraftEngine | undefined> {
    this.waking ??= this.create().then((engine) => {
      if (!engine) return undefined;
      engine.startEmpty();
      this.engine = engine;
      const early = this.queue;
      this.queue = [];
      for (const event of early) engine.handle(event);
      return engine;
    });
    return this.waking;
  }

  /** The engine once the shell has looked (started empty if needed); undefined while drafts are off or unavailable. */
  private async woken(): Promise<DraftEngine | undefined> {
    await this.ready;
    if (this.engine) return this.engine;
    return this.empty ? this.wakeEmpty() : undefined;
  }

  private readonly onEvent = (event: Event) => {
    if (this.engine) {
      this.engine.handle(event);
      return;
    }
    // Hidden or closed before any work: nothing waits to be written.
    if (this.ownStatus === 'off' || this.ownStatus === 'unavailable' || event.type === 'visibilitychange' || event.type === 'pagehide') return;
    this.queue.push(event);
    if (this.empty) void this.wakeEmpty();
  };

  /** A document's processed files changed (the model's `change` with `files`); progress alone is no change. */
  private readonly onFilesEvent = (event: Event) => {
    if ((event as CustomEvent<AttachmentsChange>).detail?.files) this.onEvent(event);
  };
}
