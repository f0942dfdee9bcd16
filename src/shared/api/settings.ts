import * as z from 'zod/mini';
import { method } from './define';

export const uiLanguageSchema = z.enum(['en', 'fa']);
export const spellDialectSchema = z.enum(['en-US', 'en-GB']);

export interface Settings {
  uiLanguage: 'en' | 'fa';
  /** The English spell checker's dictionary. */
  spellDialect: 'en-US' | 'en-GB';
  /** Squiggles on misspelt English words in the editor. */
  spellCheck: boolean;
  /** Lowest score (%) the match panel shows. */
  tmThreshold: number;
  /** A confirmed segment's repetitions are filled in every document, not only the open one. */
  tmPropagateAll: boolean;
  /** Ctrl+Enter signs segments off (reviewed, then final) instead of confirming them. */
  reviewerMode: boolean;
}

export const settingsMethods = {
  'settings.get': method<Settings>()(z.object({})),
  // A patch: each field is optional, the rest keep their saved values.
  'settings.set': method<Settings>()(
    z.object({
      uiLanguage: z.optional(uiLanguageSchema),
      spellDialect: z.optional(spellDialectSchema),
      spellCheck: z.optional(z.boolean()),
      tmThreshold: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100))),
      tmPropagateAll: z.optional(z.boolean()),
      reviewerMode: z.optional(z.boolean()),
    }),
  ),
};
