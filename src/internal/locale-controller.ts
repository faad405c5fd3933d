// Follows the nearest `lang` (own attribute, then ancestors across shadow roots, then <html>),
// and re-renders the host when it changes, so switching language keeps every answer.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultLocale, isLocale, type Locale } from '../i18n/types.js';
import { isLocaleLoaded, loadLocale, translate, type Params } from '../i18n/localize.js';
import type { CataloguePart } from '../i18n/parts.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Normalises `kk-KZ`, `RU`, `en-GB`, `kz` to a supported locale, or undefined. */
export function toLocale(value: string | null | undefined): Locale | undefined {
  if (!value) return undefined;
  const base = value.trim().toLowerCase().split(/[-_]/)[0];
  if (base === 'kz') return 'kk';
  return isLocale(base) ? base : undefined;
}

/** The locale of the nearest ancestor (crossing shadow roots) with a supported `lang`. */
export function nearestLocale(start: Element): Locale {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element) {
      const found = toLocale(node.getAttribute('lang'));
      if (found) return found;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return defaultLocale;
}

export class LocaleController implements ReactiveController {
  private readonly host: Host;
  private observer?: MutationObserver;
  private current: Locale = defaultLocale;
  private pending: Promise<void> = Promise.resolve();

  private parts: CataloguePart[];

  /** `parts`: the parts of the catalogue the host shows (src/i18n/parts.ts). */
  constructor(host: Host, parts: readonly CataloguePart[]) {
    this.host = host;
    this.parts = [...parts];
    host.addController(this);
  }

  /** The host shows more text from now on (a form reaching its documents): loads those parts too. */
  need(parts: readonly CataloguePart[]): Promise<void> {
    for (const part of parts) if (!this.parts.includes(part)) this.parts.push(part);
    this.update();
    return this.pending;
  }

  get locale(): Locale {
    return this.current;
  }

  /** Text for `namespace.key` in the current locale. */
  t = (path: string, params?: Params): string => translate(this.current, path, params);

  hostConnected(): void {
    this.update();
    // Any `lang` change above us (the host page's language switch) re-resolves the locale.
    this.observer = new MutationObserver(() => this.update());
    let node: Node | null = this.host;
    while (node) {
      if (node instanceof Element) this.observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /**
   * Settles once the current locale's catalogue has loaded and the host has rendered with it;
   * hosts await it in getUpdateComplete(), so `await el.updateComplete` after a language switch
   * sees the new language.
   */
  get ready(): Promise<void> {
    return this.pending;
  }

  /** Settles once no language load is pending, including one started by a switch while waiting. */
  async settled(): Promise<void> {
    for (let ready = this.pending; ; ready = this.pending) {
      await ready;
      if (ready === this.pending) return;
    }
  }

  /** Re-reads the locale; call when the host's `lang` property changes. */
  update(): void {
    const next = nearestLocale(this.host);
    if (next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
    }
    if (!isLocaleLoaded(next, this.parts)) {
      // Another language than the page's (or more text): render with what is loaded now, in full once it arrives.
      this.pending = loadLocale(next, this.parts).then(
        () => {
          this.host.requestUpdate();
        },
        () => undefined,
      );
    }
  }
}
