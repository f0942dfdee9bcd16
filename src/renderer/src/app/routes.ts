/** Views addressed by the URL hash, so a reload returns to the same document and segment. */
export type Route =
  | { view: 'documents' }
  | { view: 'editor'; documentId: number; segment?: number }
  | { view: 'glossary' }
  | { view: 'qa'; documentId?: number };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const num = (s: string | undefined): number | undefined =>
    s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined;
  switch (parts[0]) {
    case 'doc': {
      const documentId = num(parts[1]);
      if (documentId === undefined || documentId < 1) return { view: 'documents' };
      const segment = num(parts[2]);
      return segment === undefined ? { view: 'editor', documentId } : { view: 'editor', documentId, segment };
    }
    case 'glossary':
      return { view: 'glossary' };
    case 'qa': {
      const documentId = num(parts[1]);
      return documentId === undefined ? { view: 'qa' } : { view: 'qa', documentId };
    }
    default:
      return { view: 'documents' };
  }
}

export function routeHash(r: Route): string {
  switch (r.view) {
    case 'documents':
      return '#/documents';
    case 'editor':
      return `#/doc/${r.documentId}${r.segment !== undefined ? `/${r.segment}` : ''}`;
    case 'glossary':
      return '#/glossary';
    case 'qa':
      return `#/qa${r.documentId !== undefined ? `/${r.documentId}` : ''}`;
  }
}

/**
 * The hash the editor should write (replaceState, no navigation) so a reload returns to its active
 * segment, or null to leave the URL alone. The editor only rewrites its own URL — the same document —
 * never a hash the user or a link has just set for another view or document: that navigation is still
 * on its way (its hashchange not yet handled), and overwriting it would cancel it.
 */
export function editorHashToKeep(currentHash: string, documentId: number, segment: number): string | null {
  const wanted = routeHash({ view: 'editor', documentId, segment });
  if (currentHash === wanted) return null;
  const current = parseRoute(currentHash);
  return current.view === 'editor' && current.documentId === documentId ? wanted : null;
}
