// Registers <doc-uploader>; importing this file has that side effect and nothing else.
import { loadPageLocale } from './page-locale.js';
import { DocUploader } from '../elements/doc-uploader/doc-uploader.js';
import { defineElement } from '../internal/browser-support.js';

await loadPageLocale(['files']);
defineElement('doc-uploader', DocUploader);

declare global {
  interface HTMLElementTagNameMap {
    'doc-uploader': DocUploader;
  }
}

export { DocUploader };
