import { createApi } from '../src/server/create-api';
import { readTextChunks } from '../src/server/text-chunks';
import { makeGenerator, perturb } from '../bench/tm-data';
import { random } from '../bench/common';
const api = createApi({ dbPath: '/tmp/h7b/prof.sqlite' });
if (api.services.tm.list()[1] === undefined)
  api.services.tm.importTmx(readTextChunks('/tmp/h7b/20k.tmx'), 'x', 'bench');
const gen = makeGenerator(5);
const rnd = random(3);
const qs = Array.from({ length: 300 }, () => perturb(gen.sentence(), gen.vocab, rnd));
api.services.tm.indexSize();
const c = process.cpuUsage();
const t = performance.now();
for (const q of qs) api.services.tm.lookup(q, { min: 0, max: 1 });
const cu = process.cpuUsage(c);
console.log(
  'per lookup cpu ms',
  ((cu.user + cu.system) / 1000 / qs.length).toFixed(2),
  'wall',
  ((performance.now() - t) / qs.length).toFixed(2),
);
import {
  tmText,
  queryTerms,
  scoreFromDistance,
  wordDistance,
  diffSources,
  adaptTarget,
} from '../src/core/tm';
const T: Record<string, number> = {};
const tick = (k: string, f: () => unknown) => {
  const c0 = process.cpuUsage();
  const r = f();
  const c1 = process.cpuUsage(c0);
  T[k] = (T[k] ?? 0) + (c1.user + c1.system) / 1000;
  return r;
};
for (const q of qs) {
  tick('tmText', () => tmText(q));
  tick('glossaryMatch', () => api.services.glossary.matcher().match(q));
  tick('diff', () => diffSources(tmText(q), tmText(qs[0]!)));
}
console.log(Object.fromEntries(Object.entries(T).map(([k, v]) => [k, (v / qs.length).toFixed(3)])));
{
  const idx = (api.services.tm as any).indexSize && null;
  const T2: Record<string, number> = {};
  const tick2 = (k: string, f: () => unknown) => {
    const c0 = process.cpuUsage();
    const r = f();
    const c1 = process.cpuUsage(c0);
    T2[k] = (T2[k] ?? 0) + (c1.user + c1.system) / 1000;
    return r;
  };
  const { createTmStore } = await import('../src/server/services/tm-store');
  const store = createTmStore(api.services.db);
  const index = store.index();
  for (const q of qs) {
    const keys = tmText(q).words.map((w) => w.key);
    const ids: number[] = [];
    tick2('terms', () => {
      for (const t of queryTerms(keys)) {
        const id = store.knownWord(t);
        if (id !== undefined) ids.push(id);
      }
    });
    const cands = tick2('candidates', () => index.candidates(ids, { limit: 48 })) as number[];
    tick2('exact', () => store.exact(keys));
    tick2('dp', () => {
      for (const id of cands) {
        const w = index.words(id)!;
        const uk = Array.from(w, (x) => store.keyOf(x) ?? '');
        scoreFromDistance(wordDistance(keys, uk), keys.length, uk.length);
      }
    });
    tick2('byIds', () => store.units.byIds(cands.slice(0, 3)));
  }
  console.log(Object.fromEntries(Object.entries(T2).map(([k, v]) => [k, (v / qs.length).toFixed(3)])));
}
