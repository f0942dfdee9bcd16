/**
 * Files chosen in native dialogs are read here, in main: the renderer never gets a path or file-system
 * access, only the services' results. Bytes travel as base64 so the services, not main, decide the
 * encoding (UTF-8, UTF-16, Windows-1256); the size limit is the API's own (shared/limits.ts).
 */
export { readUpload as readFileForImport, type FileUpload as FilePayload } from '../server/read-upload';
