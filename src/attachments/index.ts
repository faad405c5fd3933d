// The attachments model (one owner for an application's files) and its display rules.
export { Attachments, AttachmentsController, attachmentsContext, type AttachmentFile, type AttachmentRestore, type AttachmentSource, type AttachmentsChange, type RestoreResult } from './attachments.js';
export { budgetLevel, documentStatus, overBudget, shortenName, type BudgetLevel, type DocumentStatus } from '../upload/display.js';
