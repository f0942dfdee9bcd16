import type { SpellDialect } from '../../../../../core/spell/spell-checker';
import type { Entry } from '../../../../../shared/model';
import type { RendererApiClient } from '../../../api/client';
import { loadDictionary } from './dictionaries';
import type { MisspeltRange, SpellRequest, SpellResponse } from './spell-protocol';
import SpellWorker from './spell-worker?worker';

type Waiter = (r: SpellResponse) => void;

/** The English words of the glossary: approved names and terms are never flagged. */
export function glossaryEnglish(entries: ReadonlyMap<number, Entry>): string[] {
  const out: string[] = [];
  for (const e of entries.values()) for (const term of e.terms) if (term.lang === 'en') out.push(term.text);
  return out;
}

/**
 * The editor's side of the spell checker: starts the worker with the chosen dialect, feeds it the known
 * words (glossary English, the user's dictionary) and answers check / suggest requests. Views re-check
 * when `onChange` fires (dictionary loaded, dialect switched, a word added).
 */
export class SpellService {
  private worker: Worker | null = null;
  private dialect: SpellDialect | null = null;
  private enabled = false;
  private seq = 0;
  private readonly waiting = new Map<number, Waiter>();
  private readonly listeners = new Set<() => void>();
  private glossaryWords: string[] = [];
  private userWords: string[] = [];

  constructor(private readonly api: RendererApiClient) {}

  isEnabled(): boolean {
    return this.enabled && this.worker !== null;
  }

  currentDialect(): SpellDialect | null {
    return this.dialect;
  }

  /** Switch the checker on or off, or to another dialect; the dictionary loads in the background. */
  async configure(opts: { dialect: SpellDialect; enabled: boolean }): Promise<void> {
    this.enabled = opts.enabled;
    if (!opts.enabled) {
      this.stop();
      this.notify();
      return;
    }
    if (this.worker && this.dialect === opts.dialect) return;
    this.stop();
    this.dialect = opts.dialect;
    const worker = new SpellWorker();
    this.worker = worker;
    worker.addEventListener('message', (e: MessageEvent<SpellResponse>) => this.received(e.data));
    const [dict, user] = await Promise.all([
      loadDictionary(opts.dialect),
      this.api.call('dictionary.list', {}).catch(() => [] as string[]),
    ]);
    if (this.worker !== worker) return;
    this.userWords = user;
    this.post({ type: 'load', dialect: opts.dialect, ...dict, known: [...this.glossaryWords, ...user] });
  }

  /** The glossary changed: its English terms are known words from now on. */
  setGlossary(entries: ReadonlyMap<number, Entry>): void {
    this.glossaryWords = glossaryEnglish(entries);
    if (this.worker) this.post({ type: 'known', words: this.glossaryWords });
  }

  /** Misspelt words of each text (empty lists while switched off or still loading). */
  check(texts: string[]): Promise<MisspeltRange[][]> {
    if (!this.isEnabled()) return Promise.resolve(texts.map(() => []));
    return this.request({ type: 'check', texts }, (r) => (r.type === 'checked' ? r.results : []));
  }

  suggest(word: string): Promise<string[]> {
    if (!this.isEnabled()) return Promise.resolve([]);
    return this.request({ type: 'suggest', word }, (r) => (r.type === 'suggested' ? r.suggestions : []));
  }

  /** "Add to dictionary": stored in the database (dictionary.add), known at once here. */
  async addWord(word: string): Promise<void> {
    await this.api.call('dictionary.add', { word });
    this.userWords.push(word);
    if (this.worker) this.post({ type: 'known', words: [word] });
    this.notify();
  }

  /**
   * Take a word out of the user's dictionary. The worker has no "forget" message: it is restarted with the
   * dictionary and the remaining known words (loaded off the typing path, as at start).
   */
  async removeWord(word: string): Promise<void> {
    await this.api.call('dictionary.remove', { word });
    this.userWords = this.userWords.filter((w) => w !== word);
    const dialect = this.dialect;
    if (!this.worker || !dialect) return;
    this.stop();
    await this.configure({ dialect, enabled: this.enabled });
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  dispose(): void {
    this.stop();
    this.listeners.clear();
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const w of this.waiting.values()) w({ type: 'failed', message: 'stopped' });
    this.waiting.clear();
  }

  private request<T>(
    msg: { type: 'check'; texts: string[] } | { type: 'suggest'; word: string },
    pick: (r: SpellResponse) => T,
  ): Promise<T> {
    const id = ++this.seq;
    return new Promise<T>((resolve) => {
      this.waiting.set(id, (r) => resolve(pick(r)));
      this.post({ ...msg, id } as SpellRequest);
    });
  }

  private post(msg: SpellRequest): void {
    this.worker?.postMessage(msg);
  }

  private received(r: SpellResponse): void {
    if (r.type === 'ready') {
      this.notify();
      return;
    }
    if (r.id === undefined) return;
    const w = this.waiting.get(r.id);
    this.waiting.delete(r.id);
    w?.(r);
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}
