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
