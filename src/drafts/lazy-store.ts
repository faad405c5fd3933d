// The drafts' default store as draft-parts.ts uses it: one IndexedDB store for every form of the page
// (store.ts, with idb), its code loaded the first time it has work, and never to find out that a
// first visit has no draft.
import { mayHaveDrafts, toStorageError, type DraftStoreLike } from './common.js';
import type { DraftStore } from './store.js';

/** The page's IndexedDB store (src/drafts/store.ts), its code loaded the first time it has work. */
export class LazyDraftStore implements DraftStoreLike {
  private store?: Promise<DraftStore>;

  private get(): Promise<DraftStore> {
    this.store ??= import('./store.js').then(
      (module) => new module.DraftStore(),
      (error: unknown) => {
        this.store = undefined; // a failed request is tried again at the next save
        throw toStorageError(error);
      },
    );
    return this.store;
  }

  async save(...args: Parameters<DraftStoreLike['save']>): ReturnType<DraftStoreLike['save']> {
    return (await this.get()).save(...args);
  }

  async load(...args: Parameters<DraftStoreLike['load']>): ReturnType<DraftStoreLike['load']> {
    if (!this.store && !(await mayHaveDrafts())) return null;
    return (await this.get()).load(...args);
  }

  async clear(...args: Parameters<DraftStoreLike['clear']>): ReturnType<DraftStoreLike['clear']> {
    if (!this.store && !(await mayHaveDrafts())) return;
    return (await this.get()).clear(...args);
  }

  async purgeExpired(): Promise<number> {
    if (!this.store && !(await mayHaveDrafts())) return 0;
    return (await this.get()).purgeExpired();
  }
}

let sharedStore: LazyDraftStore | undefined;
/** One store (one connection) for every form of the page. */
export function defaultStore(): DraftStoreLike {
  return (sharedStore ??= new LazyDraftStore());
}
