import { describe, expect, it } from 'vitest';
import { buildTrie, edgeTerminal, nextEdge, type TermTrie } from '../../../src/core/glossary/term-trie';

/** Index of the key `word` spells in the trie (-1 if it is not a key, -2 if the trie has no such path). */
function lookup(trie: TermTrie, word: string): number {
  let edge = (trie.rootEdge[word.charCodeAt(0)] as number) - 1;
  for (let i = 1; i < word.length && edge >= 0; i++) edge = nextEdge(trie, edge, word.charCodeAt(i));
  return edge < 0 ? -2 : edgeTerminal(trie.edges, edge) - 1;
}

describe('term trie', () => {
  it('finds every key, its prefixes only when they are keys, and nothing else', () => {
    const keys = ['ایران', 'ایرانی', 'ایرج', 'بلاروس', 'روس', 'روسیه'].sort();
    const trie = buildTrie(keys);
    keys.forEach((key, i) => expect(lookup(trie, key)).toBe(i));
    expect(lookup(trie, 'ایرا')).toBe(-1);
    expect(lookup(trie, 'روسی')).toBe(-1);
    expect(lookup(trie, 'تهران')).toBe(-2);
    expect(lookup(trie, 'ایرانیان')).toBe(-2);
    // Shared prefixes are stored once: root + ایر + ان + ی + ج + بلاروس + روس + یه.
    expect(trie.nodeCount).toBe(1 + 3 + 2 + 1 + 1 + 6 + 3 + 2);
  });

  it('finds children of a node with many children (direct table) and few (scan), in and out of the alphabet', () => {
    const letters = [...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی'];
    // More distinct labels than the 63-letter dense alphabet holds: children outside it are found by a scan.
    const latin = Array.from({ length: 64 }, (_, i) => String.fromCharCode(0x100 + i));
    const keys = [
      ...letters.map((l) => `م${l}`),
      ...letters.map((l) => `م${l}ن`),
      ...latin.map((l) => `x${l}`),
      ...latin.map((l) => `x${l}${l}`),
    ].sort();
    const trie = buildTrie(keys);
    keys.forEach((key, i) => expect(lookup(trie, key)).toBe(i));
    expect(lookup(trie, 'مء')).toBe(-2);
    expect(lookup(trie, 'م\uffff')).toBe(-2);
    expect(lookup(trie, 'ما\u0600')).toBe(-2);
    expect(lookup(trie, 'x\u0100\u0101')).toBe(-2);
    expect(lookup(trie, 'x\u0200')).toBe(-2);
  });

  it('handles an empty key list', () => {
    const trie = buildTrie([]);
    expect(trie.nodeCount).toBe(1);
    expect(trie.rootEdge[0x627]).toBe(0);
  });
});
