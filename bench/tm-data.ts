// A generated Persian news-like translation memory for the TM bench: sentences walk a word-bigram chain
// learnt from corpus/ (seeded PRNG, so every run writes the same file), with numbers and Arabic-letter
// spellings mixed in as in real news; targets are pseudo-English. Also the quality queries: units with
// words inserted, deleted, substituted and respelled.
import { closeSync, openSync, writeSync } from 'node:fs';
import { tokenize } from '../src/core/text/tokenize';
import { random, readCorpus } from './common';

const EN = (
  'the of and to in a is that for on with as was by at said from has have his it an be are were which ' +
  'minister president government country foreign defence security meeting talks cooperation relations ' +
  'international national economic military forces council assembly parliament nuclear agreement sides ' +
  'visit official report news agency week year today capital region border trade oil sanctions support'
).split(' ');

export interface Generator {
  sentence(): string;
  vocab: string[];
}

export function makeGenerator(seed: number): Generator {
  const rnd = random(seed);
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  for (const sentence of readCorpus().split(/[.؟!\n]+/)) {
    const words = tokenize(sentence)
      .filter((t) => t.kind === 'word')
      .map((t) => t.text);
    if (words.length < 3) continue;
    starts.push(words[0] as string);
    for (let i = 0; i + 1 < words.length; i++) {
      const list = next.get(words[i] as string) ?? [];
      list.push(words[i + 1] as string);
      next.set(words[i] as string, list);
    }
  }
  const vocab = [...next.keys()];
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)] as T;
  const digits = (n: number): string =>
    String(n).replace(/\d/g, (d) => String.fromCharCode(0x6f0 + Number(d)));
  return {
    vocab,
    sentence(): string {
      const length = 10 + Math.floor(rnd() * 31); // 10–40 words, 25 on average
      const out: string[] = [];
      let w = pick(starts);
      while (out.length < length) {
        out.push(w);
        const after = next.get(w);
        w = after && rnd() < 0.9 ? pick(after) : pick(starts);
      }
      // News numbers: a year or a count in one sentence of three.
      if (rnd() < 0.33) {
        const n = rnd() < 0.5 ? 1390 + Math.floor(rnd() * 14) : 1 + Math.floor(rnd() * 5000);
        out.splice(Math.floor(rnd() * out.length), 0, digits(n));
      }
      // Arabic letter forms in one word of one sentence in seven (copied wires).
      if (rnd() < 0.15) {
        const i = Math.floor(rnd() * out.length);
        out[i] = (out[i] as string).replace(/ی/g, 'ي').replace(/ک/g, 'ك');
      }
      return `${out.join(' ')}.`;
    },
  };
}

/** Pseudo-English of the same length, stable per Persian word (the target side's vocabulary). */
export function pseudoEnglish(source: string): string {
  const words = source.replace(/\.$/, '').split(' ');
  const out = words.map((w) => {
    let h = 0;
    for (let i = 0; i < w.length; i++) h = (h * 31 + w.charCodeAt(i)) >>> 0;
    return /^[\u06f0-\u06f9]+$/.test(w)
      ? w.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
      : (EN[h % EN.length] as string);
  });
  const s = out.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Writes `n` units as TMX 1.4; returns the sources of the units at `keep` (indices) for queries. */
export function writeBenchTmx(
  file: string,
  n: number,
  keep: ReadonlySet<number>,
  seed = 9,
): Map<number, string> {
  const gen = makeGenerator(seed);
  const kept = new Map<number, string>();
  const fd = openSync(file, 'w');
  let buf =
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header creationtool="bench" creationtoolversion="1" ' +
    'segtype="sentence" o-tmf="bench" adminlang="en" srclang="fa-IR" datatype="plaintext"/>\n<body>\n';
  for (let i = 0; i < n; i++) {
    const src = gen.sentence();
    if (keep.has(i)) kept.set(i, src);
    buf += `<tu><tuv xml:lang="fa-IR"><seg>${esc(src)}</seg></tuv><tuv xml:lang="en-US"><seg>${esc(pseudoEnglish(src))}</seg></tuv></tu>\n`;
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, `${buf}</body>\n</tmx>\n`);
  closeSync(fd);
  return kept;
}

/** A query made from a unit: 1–3 edits (insert, delete, substitute, respell), seeded. */
export function perturb(source: string, vocab: readonly string[], rnd: () => number): string {
  const words = source.replace(/\.$/, '').split(' ');
  const edits = 1 + Math.floor(rnd() * 3);
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(rnd() * words.length);
    const kind = Math.floor(rnd() * 4);
    const w = vocab[Math.floor(rnd() * vocab.length)] as string;
    if (kind === 0) words.splice(i, 0, w);
    else if (kind === 1 && words.length > 3) words.splice(i, 1);
    else if (kind === 2) words[i] = w;
    else {
      // Respelling: Arabic letters, or two words joined with a ZWNJ. Neither changes the match key.
      const cur = words[i] as string;
      const next = words[i + 1];
      if (rnd() < 0.5 || next === undefined) words[i] = cur.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
      else words.splice(i, 2, `${cur}\u200c${next}`);
    }
  }
  return `${words.join(' ')}.`;
}
