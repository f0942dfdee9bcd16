/** The contract and the handler map agree at run time too (tsc proves it for the types). */
import { describe, expect, it } from 'vitest';
import { API, API_METHODS, isJobMethod } from '../../src/shared/api';
import { createApi } from '../../src/server/create-api';
import { useTempDir } from '../helpers/temp';
import { join } from 'node:path';

describe('the handler map', () => {
  const tempDir = useTempDir();

  it('has exactly one handler per declared method', () => {
    const api = createApi({ dbPath: join(tempDir(), 'm.sqlite') });
    try {
      expect(Object.keys(api.handlers).sort()).toEqual([...API_METHODS].sort());
      for (const name of API_METHODS) expect(typeof api.handlers[name], name).toBe('function');
    } finally {
      api.close();
    }
  });

  it('marks the long jobs, and nothing else, as jobs', () => {
    expect(API_METHODS.filter(isJobMethod).sort()).toEqual(
      [
        'documents.import',
        'documents.importMany',
        'exchange.export',
        'exchange.importTmx',
        'exchange.importXliff',
        'glossary.export',
        'glossary.import',
        'qa.run',
      ].sort(),
    );
    expect(isJobMethod('constructor')).toBe(false);
    expect(isJobMethod('nope')).toBe(false);
    // Every method name is <domain>.<name>, the key the handler files are split by.
    for (const name of Object.keys(API)) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });
});
