/** Schema pieces several domains share: ids, file uploads, bounded text. */
import * as z from 'zod';
import { LIMITS } from '../limits';

export const id = z.number().int().positive();
export const fileName = z.string().min(1).max(255);
/** File bytes travel as base64 so legacy encodings survive every transport. */
export const contentBase64 = z.string().max(LIMITS.base64Chars);
export const shortText = z.string().max(2_000);
export const segmentText = z.string().max(LIMITS.segmentChars);
export const oneLine = (s: string): boolean => !/[\r\n\u2028\u2029]/.test(s);

/** A file sent to the API: its name (cited in errors) and its bytes. */
export const fileUpload = { fileName, contentBase64 };

/** A file the API hands back for the client to save. */
export interface ExportedFile {
  fileName: string;
  mime: string;
  content: string;
}
