import { describe, expect, it } from 'vitest';
import { buildTrie, childOf, type TermTrie } from '../../../src/core/glossary/term-trie';

/** Index of the key `word` spells in the trie (-1 if it is not a key). */
function lookup(trie: TermTrie, word: string): number {
  let node = 0;
  for (let i = 0; i < word.length; i++) {
    node = childOf(trie, node, word.charCodeAt(i));
    if (node === 0) return -1;
  }
  return (trie.terminal[node] as number) - 1;
}

describe('term trie', () => {
  it('finds every key, its prefixes only when they are keys, and nothing else', () => {
    const keys = ['ایران', 'ایرانی', 'ایرج', 'بلاروس', 'روس', 'روسیه'].sort();
    const trie = buildTrie(keys);
    keys.forEach((key, i) => expect(lookup(trie, key)).toBe(i));
    expect(lookup(trie, 'ایرا')).toBe(-1);
    expect(lookup(trie, 'روسی')).toBe(-1);
    expect(lookup(trie, 'تهران')).toBe(-1);
    // Shared prefixes are stored once: root + ایر + ان + ی + ج + بلاروس + روس + یه.
    expect(trie.nodeCount).toBe(1 + 3 + 2 + 1 + 1 + 6 + 3 + 2);
  });

  it('finds children of a node with many children (binary search) and few (linear scan)', () => {
    const letters = [...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی'];
    const keys = letters.map((l) => `م${l}`).concat(letters.map((l) => `م${l}ن`)).sort();
    const trie = buildTrie(keys);
    keys.forEach((key, i) => expect(lookup(trie, key)).toBe(i));
    expect(lookup(trie, 'مء')).toBe(-1);
    expect(lookup(trie, 'م\uffff')).toBe(-1);
    expect(lookup(trie, 'ما\u0600')).toBe(-1);
  });

  it('handles an empty key list', () => {
    const trie = buildTrie([]);
    expect(trie.nodeCount).toBe(1);
    expect(childOf(trie, 0, 0x627)).toBe(0);
  });
});
