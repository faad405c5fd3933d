// What the kit needs from the browser, found by feature detection (never by the user agent), and the
// element that stands in for every tag when something is missing: a short message in the parent's
// language ("this browser is too old; please update it") instead of a blank space.
import { translate } from '../i18n/localize.js';
import { nearestLocale } from './locale-controller.js';

/**
 * An API the elements cannot work without (none has a fallback worth its weight):
 * - `ElementInternals`: form association and validity (Safari 16.4+ for form-associated elements);
 * - `adoptedStyleSheets`: the only way to style a shadow root under a strict CSP (no inline `<style>`);
 * - `String.prototype.isWellFormed`: RFC 8785 canonicalisation of the signed payload (Chrome 111,
 *   Firefox 119, Safari 16.4).
 * Image compression is not on this list: without OffscreenCanvas in a worker it runs on the main
 * thread (src/upload/compress-fallback.ts).
 */
export type RequiredFeature = 'custom-elements' | 'element-internals' | 'adopted-style-sheets' | 'is-well-formed';

/** The needed APIs this global lacks (none on a supported browser). `scope` is for tests. */
export function missingFeatures(scope: typeof globalThis = globalThis): RequiredFeature[] {
  const g = scope as unknown as Record<string, any>;
  const missing: RequiredFeature[] = [];
  if (!g.customElements || typeof g.customElements.define !== 'function') missing.push('custom-elements');
  if (typeof g.ElementInternals !== 'function' || typeof g.HTMLElement?.prototype?.attachInternals !== 'function') {
    missing.push('element-internals');
  }
  if (
    typeof g.ShadowRoot !== 'function' ||
    !('adoptedStyleSheets' in g.ShadowRoot.prototype) ||
    typeof g.CSSStyleSheet?.prototype?.replaceSync !== 'function'
  ) {
    missing.push('adopted-style-sheets');
  }
  if (typeof g.String?.prototype?.isWellFormed !== 'function') missing.push('is-well-formed');
  return missing;
}

let cached: boolean | undefined;

/** Whether this browser has everything the elements need (checked once per page). */
export function browserSupported(): boolean {
  cached ??= missingFeatures().length === 0;
  return cached;
}

/**
 * Stands in for a kit element on a browser that lacks a needed API. Plain DOM on purpose: no Lit
 * styles (they need adoptedStyleSheets), no ElementInternals, no inline style (strict CSP). The text
 * follows the nearest `lang`, as the real elements do.
 *
 * @csspart message - the paragraph saying the browser is too old
 */
export class BrowserTooOld extends HTMLElement {
  static observedAttributes = ['lang'];
  private observer?: MutationObserver;

  connectedCallback(): void {
    this.show();
    this.observer = new MutationObserver(() => this.show());
    for (let node: Node | null = this.parentNode; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
      if (node instanceof Element) this.observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
    }
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.show();
  }

  private show(): void {
    const root = this.shadowRoot ?? (this.attachShadow ? this.attachShadow({ mode: 'open' }) : this);
    const locale = nearestLocale(this);
    let p = root.querySelector('p');
    if (!p) {
      p = document.createElement('p');
      p.setAttribute('part', 'message');
      root.append(p);
    }
    p.lang = locale;
    p.textContent = translate(locale, 'ui.browserTooOld');
  }
}

/**
 * Registers `tag` as `element`, or as the too-old message when a needed API is missing. Every
 * `src/define/*` file goes through here.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, browserSupported() ? element : class extends BrowserTooOld {});
}
