import { describe, expect, test } from 'vitest';
import { parseRoute, routeHash, type Route } from '../../../src/renderer/src/app/routes';

describe('hash routes', () => {
  test('round-trip every view', () => {
    const routes: Route[] = [
      { view: 'documents' },
      { view: 'editor', documentId: 3 },
      { view: 'editor', documentId: 3, segment: 0 },
      { view: 'glossary' },
      { view: 'qa' },
      { view: 'qa', documentId: 7 },
    ];
    for (const r of routes) expect(parseRoute(routeHash(r))).toEqual(r);
  });

  test('anything unknown or malformed falls back to the document list', () => {
    expect(parseRoute('')).toEqual({ view: 'documents' });
    expect(parseRoute('#/doc/abc')).toEqual({ view: 'documents' });
    expect(parseRoute('#/doc/0')).toEqual({ view: 'documents' });
    expect(parseRoute('#/nope')).toEqual({ view: 'documents' });
  });
});
