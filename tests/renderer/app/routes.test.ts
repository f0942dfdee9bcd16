import { describe, expect, test } from 'vitest';
import { editorHashToKeep, parseRoute, routeHash, type Route } from '../../../src/renderer/src/app/routes';

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

  test('the editor rewrites only its own URL, never a navigation to another view or document', () => {
    // Its own document: follows the active segment, and leaves an up-to-date URL alone.
    expect(editorHashToKeep('#/doc/5/3', 5, 7)).toBe('#/doc/5/7');
    expect(editorHashToKeep('#/doc/5', 5, 0)).toBe('#/doc/5/0');
    expect(editorHashToKeep('#/doc/5/7', 5, 7)).toBeNull();
    // A hash just set for the QA view, the glossary or another report is a navigation on its way.
    expect(editorHashToKeep('#/qa/5', 5, 7)).toBeNull();
    expect(editorHashToKeep('#/glossary', 5, 7)).toBeNull();
    expect(editorHashToKeep('#/doc/6/0', 5, 7)).toBeNull();
    expect(editorHashToKeep('', 5, 7)).toBeNull();
  });
});
