// Registers <sign-panel>; importing this file has that side effect and nothing else.
import './page-locale.js';
import { SignPanel } from '../elements/sign-panel/sign-panel.js';

if (!customElements.get('sign-panel')) customElements.define('sign-panel', SignPanel);

declare global {
  interface HTMLElementTagNameMap {
    'sign-panel': SignPanel;
  }
}

export { SignPanel };
