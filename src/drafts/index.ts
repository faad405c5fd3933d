// Drafts: answers and processed files kept on the device until signed (store and form controller;
// draft-parts.ts is the controller's work, loaded on demand, and is not exported from here).
export * from './store.js';
export * from './draft-shell.js';
