// Drafts: answers and processed files kept on the device until signed (store and form controller).
export * from './store.js';
export * from './draft-controller.js';
