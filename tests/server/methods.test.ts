/** The contract and the handler map agree at run time too (tsc proves it for the types). */
import { describe, expect, it } from 'vitest';
import { API, API_METHODS, isJobMethod } from '../../src/shared/api';
import { useApi } from '../helpers/db';

describe('the handler map', () => {
  const { openApi } = useApi();

  it('has exactly one handler per declared method', () => {
    const api = openApi();
    expect(Object.keys(api.handlers).sort()).toEqual([...API_METHODS].sort());
    for (const name of API_METHODS) expect(typeof api.handlers[name], name).toBe('function');
  });

  it('marks the long jobs, and nothing else, as jobs', () => {
    expect(API_METHODS.filter(isJobMethod).sort()).toEqual(
      [
        'documents.import',
        'documents.importMany',
        'exchange.export',
        'exchange.exportArticle',
        'exchange.exportReview',
        'exchange.importReview',
        'exchange.importTmx',
        'exchange.importXliff',
        'glossary.export',
        'glossary.import',
        'glossary.importFile',
        'qa.run',
        'tm.analyse',
        'tm.export',
        'tm.import',
        'tm.importFile',
        'tm.pretranslate',
      ].sort(),
    );
    expect(isJobMethod('constructor')).toBe(false);
    expect(isJobMethod('nope')).toBe(false);
    // Every method name is <domain>.<name>, the key the handler files are split by.
    for (const name of Object.keys(API)) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });
});
