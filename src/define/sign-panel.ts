// Registers <sign-panel>; importing this file has that side effect and nothing else.
import { loadPageLocale } from './page-locale.js';
import { SignPanel } from '../elements/sign-panel/sign-panel.js';
import { defineElement } from '../internal/browser-support.js';

await loadPageLocale(['files']);
defineElement('sign-panel', SignPanel);

declare global {
  interface HTMLElementTagNameMap {
    'sign-panel': SignPanel;
  }
}

export { SignPanel };
