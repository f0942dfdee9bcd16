/**
 * How one API method is declared: its input schema, whether it is a long job, and its result type. The
 * result type rides along as a phantom (never present at run time) so a domain file states all three
 * facts on one line and every door, handler and client derives from it.
 */
import { config, type ZodMiniType } from 'zod/mini';
import { en } from 'zod/locales';

// The contract is written with zod/mini: the same checks as zod's chained API in a fifth of the code (about
// 40 KB bundled against 190 KB), which every CLI command and the app's doors load before their first call.
// zod/mini brings no messages of its own; these are the English ones zod's full API sets, so a refusal
// still reads "Too big: expected string to have <=500 characters".
config(en());

export interface MethodSpec<Schema extends ZodMiniType = ZodMiniType, Result = unknown> {
  readonly input: Schema;
  /** Long work that reports progress and can be cancelled (imports, exports, QA over everything). */
  readonly job: boolean;
  /**
   * Served only to a door on the user's own command line (the CLI), never over IPC or HTTP: the input
   * names a file on disk, which a renderer must not be able to point anywhere.
   */
  readonly localOnly: boolean;
  /** Type-level only: the result of a successful call. Always undefined at run time. */
  readonly result?: Result;
}

/** `method<Result>()(inputSchema, { job? })`: curried so Result is explicit and the schema is inferred. */
export function method<Result>() {
  return <Schema extends ZodMiniType>(
    input: Schema,
    opts: { job?: boolean; localOnly?: boolean } = {},
  ): MethodSpec<Schema, Result> => ({ input, job: opts.job === true, localOnly: opts.localOnly === true });
}
