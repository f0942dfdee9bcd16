/** Schema pieces several domains share: ids, file uploads, bounded text. */
import * as z from 'zod/mini';
import { LIMITS } from '../limits';

export const id = z.number().check(z.int(), z.positive());
export const fileName = z.string().check(z.minLength(1), z.maxLength(255));
/** File bytes travel as base64 so legacy encodings survive every transport. */
export const contentBase64 = z.string().check(z.maxLength(LIMITS.base64Chars));
export const shortText = z.string().check(z.maxLength(2_000));
export const segmentText = z.string().check(z.maxLength(LIMITS.segmentChars));
export const oneLine = (s: string): boolean => !/[\r\n\u2028\u2029]/.test(s);

/** A file sent to the API: its name (cited in errors) and its bytes. */
export const fileUpload = { fileName, contentBase64 };

/** A file the API hands back for the client to save. */
export interface ExportedFile {
  fileName: string;
  mime: string;
  content: string;
}
