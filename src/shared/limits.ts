/**
 * Every size limit, stated once. The doors (HTTP body, IPC, the CLI's file readers) and the services read
 * them from here, so a file refused by one door is refused by all of them with the same `file_too_large`.
 */
const MB = 1024 * 1024;

/** Largest file of each kind a user may hand to Barabar, in bytes. */
export const FILE_LIMITS = {
  /** A Persian report: Monaco and autosave stay responsive below this; larger is not a news report. */
  report: 8 * MB,
  /** Glossary imports (TSV, CSV, TBX) and the shared termbase file: a 1M-line TSV is about 60 MB. */
  glossary: 64 * MB,
  /** XLIFF files coming back from another CAT tool. */
  xliff: 64 * MB,
  /** Translation memories. */
  tmx: 64 * MB,
  /** An exported QA profile (`barabar qa --profile`): a few hundred bytes in practice. */
  qaProfile: 1 * MB,
} as const;

export type FileKind = keyof typeof FILE_LIMITS;

const LARGEST_FILE = Math.max(...Object.values(FILE_LIMITS));

export const LIMITS = {
  /** One segment is one editor line; beyond this a "sentence" is a missing-punctuation accident. */
  segmentChars: 20_000,
  /** Base64 of the largest file (4 characters per 3 bytes, rounded up to whole groups). */
  base64Chars: Math.ceil(LARGEST_FILE / 3) * 4,
  /** An HTTP request body: the largest base64 payload plus room for the JSON around it. */
  httpBodyBytes: Math.ceil(LARGEST_FILE / 3) * 4 + 64 * 1024,
} as const;

/** "8 MB" — the form the `limit` parameter of `file_too_large` takes in every door. */
export function formatLimit(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Bytes a base64 string decodes to, without decoding it (padding subtracted). */
export function base64DecodedBytes(b64: string): number {
  const padding = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return Math.floor((b64.length * 3) / 4) - padding;
}
