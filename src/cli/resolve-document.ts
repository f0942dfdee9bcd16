import { AppError } from '../shared/errors';
import type { DocumentSummary } from '../shared/model';
import type { CliContext } from './context';

/** A DOC argument: a document id, or the file name it was imported under (a path's base name works). */
export async function resolveDocuments(ctx: CliContext, refs: readonly string[]): Promise<DocumentSummary[]> {
  if (refs.length === 0) return [];
  const docs = await ctx.call('documents.list', {});
  return refs.map((ref) => {
    const base = ref.split(/[\\/]/).pop();
    const found =
      (/^\d+$/.test(ref) ? docs.find((d) => d.id === Number(ref)) : undefined) ??
      docs.find((d) => d.name === ref || d.name === base);
    if (!found) throw new AppError('not_found', { what: 'document', id: ref });
    return found;
  });
}
