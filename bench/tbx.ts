/**
 * Benchmark of the glossary exchange formats: write and parse a generated 100,000-entry glossary as
 * TBX v2, TBX-Basic v3, TSV and CSV.
 *
 *   npx tsx bench/tbx.ts      prints the numbers as JSON
 *
 * Entries look like real ones: 1–3 Persian spellings, 1–2 English terms, statuses, a note on some.
 * Times are milliseconds of one run after one warm-up on a 2,000-entry file, wall-clock and (for parsing)
 * CPU; MB are 10^6 bytes of UTF-8. The target (import of 100,000 entries ≤ 10 s overall) covers parsing plus the database; the
 * parse is the `*ParseMs` figures here.
 */
import { pathToFileURL } from 'node:url';
import { parseGlossary, writeGlossary } from '../src/core/formats/glossary';
import type { EntryInput, GlossaryFormat, Subject } from '../src/shared/model';
import { SUBJECTS } from '../src/shared/model';

const ENTRIES = 100_000;
const WORDS = [
  'وزیر',
  'دفاع',
  'سردار',
  'سرلشکر',
  'همکاری',
  'بین‌المللی',
  'رئیس‌جمهور',
  'امنیت',
  'ملی',
  'شورای',
  'عالی',
  'نیروهای',
  'مسلح',
  'سپاه',
  'پاسداران',
];
const EN = [
  'Minister',
  'Defence',
  'General',
  'Cooperation',
  'International',
  'President',
  'Security',
  'National',
  'Council',
  'Supreme',
  'Forces',
  'Armed',
  'Guards',
  'Corps',
];

export function makeEntries(count: number): EntryInput[] {
  const out: EntryInput[] = [];
  for (let i = 0; i < count; i++) {
    // The index makes every term unique, so no entry is a duplicate of another.
    const fa = `${WORDS[i % WORDS.length] ?? ''} ${WORDS[(i >> 4) % WORDS.length] ?? ''} ${i}`;
    const en = `${EN[i % EN.length] ?? ''} ${EN[(i >> 3) % EN.length] ?? ''} ${i}`;
    const e: EntryInput = {
      subject: SUBJECTS[i % SUBJECTS.length] as Subject,
      terms: [{ lang: 'fa', text: fa, status: 'preferred', partOfSpeech: 'noun' }],
    };
    if (i % 3 === 0) e.terms.push({ lang: 'fa', text: fa.replace(' ', '‌'), status: 'admitted' });
    e.terms.push({ lang: 'en', text: en, status: 'preferred', termType: 'fullForm' });
    if (i % 4 === 0)
      e.terms.push({
        lang: 'en',
        text: `${en} (old)`,
        status: i % 8 === 0 ? 'forbidden' : 'deprecated',
        note: 'calque',
      });
    if (i % 5 === 0) e.note = `Seen in report ${i}; check with the desk.`;
    out.push(e);
  }
  return out;
}

const FORMATS: GlossaryFormat[] = ['tbx', 'tbx-basic', 'tsv', 'csv'];

export async function benchTbx(): Promise<Record<string, number>> {
  const entries = makeEntries(ENTRIES);
  const warm = entries.slice(0, 2_000);
  const opts = { createdAt: new Date(), tool: 'bench' };
  const result: Record<string, number> = { entries: ENTRIES };
  for (const format of FORMATS) {
    const name = format === 'tbx-basic' ? 'tbxBasic' : format;
    parseGlossary([...writeGlossary(warm, format, opts)].join(''), `warm.${format}`, format);

    let t = performance.now();
    const text = [...writeGlossary(entries, format, opts)].join('');
    result[`${name}WriteMs`] = Math.round(performance.now() - t);
    result[`${name}MB`] = Math.round(Buffer.byteLength(text) / 1e4) / 100;

    t = performance.now();
    const cpu = process.cpuUsage();
    const parsed = parseGlossary(text, `bench.${format}`, format);
    result[`${name}ParseMs`] = Math.round(performance.now() - t);
    // CPU time as well: the machine is shared, and wall time then also measures the neighbours.
    const used = process.cpuUsage(cpu);
    result[`${name}ParseCpuMs`] = Math.round((used.user + used.system) / 1000);
    if (parsed.entries.length !== ENTRIES || parsed.rejected.length > 0) {
      throw new Error(
        `${format}: parsed ${parsed.entries.length} entries, rejected ${parsed.rejected.length}: ${JSON.stringify(parsed.rejected.slice(0, 3))}`,
      );
    }
  }
  result.heapMB = Math.round(process.memoryUsage().heapUsed / 1e6);
  return result;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(await benchTbx(), null, 2)}\n`);
}
