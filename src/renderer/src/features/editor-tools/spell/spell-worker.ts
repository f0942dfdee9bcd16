/**
 * The spell checker runs here, off the thread that handles keystrokes: building the Hunspell engine
 * takes a second and a suggestion can take tens of milliseconds. One engine per worker; the editor
 * starts another worker when the dialect changes.
 */
import { createSpellChecker, type SpellChecker } from '../../../../../core/spell/spell-checker';
import type { SpellRequest, SpellResponse } from './spell-protocol';

let checker: SpellChecker | null = null;
const pendingKnown: string[] = [];

function reply(msg: SpellResponse): void {
  (self as unknown as { postMessage(m: SpellResponse): void }).postMessage(msg);
}

function handle(msg: SpellRequest): void {
  switch (msg.type) {
    case 'load':
      checker = createSpellChecker({ aff: msg.aff, dic: msg.dic }, [...msg.known, ...pendingKnown]);
      pendingKnown.length = 0;
      reply({ type: 'ready', dialect: msg.dialect });
      return;
    case 'known':
      if (checker) checker.addKnown(msg.words);
      else pendingKnown.push(...msg.words);
      return;
    case 'check': {
      const c = checker;
      reply({ type: 'checked', id: msg.id, results: msg.texts.map((text) => (c ? c.check(text) : [])) });
      return;
    }
    case 'suggest':
      reply({ type: 'suggested', id: msg.id, suggestions: checker ? checker.suggest(msg.word, 6) : [] });
      return;
  }
}

self.addEventListener('message', (e: MessageEvent<SpellRequest>) => {
  try {
    handle(e.data);
  } catch (err) {
    const id = 'id' in e.data ? e.data.id : undefined;
    reply({ type: 'failed', ...(id !== undefined ? { id } : {}), message: String(err) });
  }
});
