// Registers <doc-uploader>; importing this file has that side effect and nothing else.
import { loadPageLocale } from './page-locale.js';
import { DocUploader } from '../elements/doc-uploader/doc-uploader.js';

await loadPageLocale(['files']);
if (!customElements.get('doc-uploader')) customElements.define('doc-uploader', DocUploader);

declare global {
  interface HTMLElementTagNameMap {
    'doc-uploader': DocUploader;
  }
}

export { DocUploader };
