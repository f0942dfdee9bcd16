/** Messages between the editor and the spell-check worker (structured-clone data only). */
import type { SpellDialect } from '../../../../../core/spell/spell-checker';

export interface MisspeltRange {
  start: number;
  end: number;
  word: string;
}

export type SpellRequest =
  | { type: 'load'; dialect: SpellDialect; aff: string; dic: string; known: string[] }
  | { type: 'known'; words: string[] }
  | { type: 'check'; id: number; texts: string[] }
  | { type: 'suggest'; id: number; word: string };

export type SpellResponse =
  | { type: 'ready'; dialect: SpellDialect }
  | { type: 'checked'; id: number; results: MisspeltRange[][] }
  | { type: 'suggested'; id: number; suggestions: string[] }
  | { type: 'failed'; id?: number; message: string };
