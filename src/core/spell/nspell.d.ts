/** nspell ships no types; only the calls Barabar makes are declared. */
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    add(word: string, model?: string): NSpell;
    spell(word: string): { correct: boolean; forbidden: boolean; warn: boolean };
  }
  function nspell(aff: string, dic: string): NSpell;
  export = nspell;
}
