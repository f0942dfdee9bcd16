/**
 * The CLI loads server code per call (src/server/load-modules.ts). Its tables must name every service a
 * handler file takes and every service a service is made from; otherwise a command fails with "used
 * before it was loaded" the first time someone runs it. Each domain is built here from only what the
 * tables load, over a real (in-memory) database.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../src/shared/api';
import { repoPaths } from '../../src/server/paths';
import { composeApi, type BarabarApi } from '../../src/server/compose-api';
import { loadModulesFor, loadSeedModules } from '../../src/server/load-modules';
import { DOMAIN_FILES, domainFactory, domainOf, type Domain } from '../../src/server/methods';
import type { ServerModules } from '../../src/server/server-modules';

const opened: BarabarApi[] = [];
afterEach(() => opened.splice(0).forEach((api) => api.close()));

const empty = (): ServerModules => ({ services: {}, handlers: {} });

function open(modules: ServerModules, seed?: { glossaryFile: string }): BarabarApi {
  const api = composeApi({ dbPath: ':memory:', seed }, modules);
  opened.push(api);
  return api;
}

describe('loading server modules per call', () => {
  const domains = Object.keys(DOMAIN_FILES) as Domain[];
  it.each(domains)('builds the %s handlers from what the tables load', async (domain) => {
    const method = API_METHODS.find((m) => domainOf(m) === domain)!;
    const modules = empty();
    await loadModulesFor(method, modules);
    const api = open(modules);
    const handlers = domainFactory(modules.handlers, domain)(api.services);
    // The four review domains share one file, and so one set of handlers.
    const sameFile = API_METHODS.filter((m) => DOMAIN_FILES[domainOf(m)] === DOMAIN_FILES[domain]);
    expect(Object.keys(handlers).sort()).toEqual(sameFile.sort());
  });

  it('fails, naming the module, when a call needs code nobody loaded', () => {
    const api = open(empty());
    expect(() => api.services.documents).toThrow(/"documents" used before it was loaded/);
    expect(() => domainFactory({}, 'glossary')).toThrow(/"glossary" used before it was loaded/);
  });

  it('loads only the documents code for `barabar list`, and the glossary code for a search', async () => {
    const list = empty();
    await loadModulesFor('documents.list', list);
    expect(Object.keys(list.services)).toEqual(['documents']);
    expect(Object.keys(list.handlers)).toEqual(['documents']);
    const search = empty();
    await loadModulesFor('glossary.list', search);
    expect(Object.keys(search.services)).toEqual(['glossary']);
    // A memory method brings the services the memory is made from, each once.
    const tm = empty();
    await loadModulesFor('tm.list', tm);
    expect(Object.keys(tm.services).sort()).toEqual(['documents', 'glossary', 'tm', 'tmWorkflow']);
  });

  it('seeds a new database with the modules loadSeedModules brings', async () => {
    const modules = empty();
    await loadSeedModules(modules);
    const api = open(modules, { glossaryFile: repoPaths().glossaryFile });
    expect(api.services.glossary.count()).toBeGreaterThan(100);
  });
});
