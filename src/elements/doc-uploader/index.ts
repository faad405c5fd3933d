export { DocUploader, type AddResult, type RejectedFile, type UploadedFileInfo, type UploadErrorCode } from './doc-uploader.js';
