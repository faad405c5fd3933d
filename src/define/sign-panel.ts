// Registers <sign-panel>; importing this file has that side effect and nothing else.
import { loadPageLocale } from './page-locale.js';
import { SignPanel } from '../elements/sign-panel/sign-panel.js';

await loadPageLocale(['files']);
if (!customElements.get('sign-panel')) customElements.define('sign-panel', SignPanel);

declare global {
  interface HTMLElementTagNameMap {
    'sign-panel': SignPanel;
  }
}

export { SignPanel };
