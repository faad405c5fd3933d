// The attachments model's context key, on its own: an uploader consumes it without loading the model.
import { createContext } from '@lit/context';
import type { Attachments } from './attachments.js';

/** Provided by a service form; consumed by the uploaders (and any view) inside it. */
export const attachmentsContext = createContext<Attachments>(Symbol('egov-attachments'));
