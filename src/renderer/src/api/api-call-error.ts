/** A failed API call as the UI sees it: a code (translated through `errors.<code>`) plus its parameters. */
export class ApiCallError extends Error {
  readonly code: string;
  readonly params: Record<string, unknown>;
  constructor(code: string, params: Record<string, unknown> = {}) {
    super(code);
    this.name = 'ApiCallError';
    this.code = code;
    this.params = params;
  }
}

export function isApiCallError(value: unknown): value is ApiCallError {
  return value instanceof ApiCallError;
}
