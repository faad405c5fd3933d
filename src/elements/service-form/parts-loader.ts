// Code a form loads when it first needs it (the steps after the questions), as explicit states
// like @lit/task's: initial, pending, complete, error; and what the form shows meanwhile. A failure
// stays until `retry()`, so the form says so and offers "Try again" instead of waiting for ever.
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Params } from '../../i18n/localize.js';

export type PartsStatus = 'initial' | 'pending' | 'complete' | 'error';

export class PartsLoader<T> {
  status: PartsStatus = 'initial';
  /** The loaded parts, once `complete`. */
  value: T | undefined;
  /** Why the last attempt failed, while `error`. */
  error: unknown;
  private current: Promise<T | undefined> = Promise.resolve(undefined);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
  ) {}

  /** Loads the parts the first time (a failed attempt waits for `retry`); resolves them, or undefined when they failed. */
  start(): Promise<T | undefined> {
    if (this.status === 'initial') this.run();
    return this.current;
  }

  /** Loads again after a failure (nothing otherwise). */
  retry(): Promise<T | undefined> {
    if (this.status === 'error') this.run();
    return this.current;
  }

  /** The parts, loading them (again) if needed; rejects with the reason when they cannot be had. */
  async get(): Promise<T> {
    const value = await (this.status === 'error' ? this.retry() : this.start());
    if (value === undefined) throw this.error;
    return value;
  }

  /** Settles (never rejects) once no attempt is under way. */
  get settled(): Promise<unknown> {
    return this.current;
  }

  private run(): void {
    this.status = 'pending';
    this.error = undefined;
    this.host.requestUpdate();
    this.current = this.load().then(
      (value) => {
        this.value = value;
        this.status = 'complete';
        this.host.requestUpdate();
        return value;
      },
      (error: unknown) => {
        this.error = error ?? new Error('parts-failed');
        this.status = 'error';
        this.host.requestUpdate();
        return undefined;
      },
    );
  }
}

/** In place of a step whose code is loading: "Loading…", or why it failed with "Try again"; Back stays. */
export function renderPartsState(
  status: PartsStatus,
  t: (key: string, params?: Params) => string,
  actions: { retry: () => void; back: () => void },
): TemplateResult {
  return html`
    ${status === 'error'
      ? html`<div part="notice" class="notice notice-closed" data-parts="failed" role="alert">
          <p>${t('form.partsFailed')}</p>
          <button part="button button-primary" class="primary" type="button" id="parts-retry" @click=${actions.retry}>${t('form.partsRetry')}</button>
        </div>`
      : html`<p part="notice" class="notice" data-parts="loading" role="status">${t('form.partsLoading')}</p>`}
    <div class="nav"><button part="button" type="button" class="secondary" @click=${actions.back}>${t('form.back')}</button></div>
  `;
}
