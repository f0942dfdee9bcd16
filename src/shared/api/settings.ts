import { z } from 'zod';
import { method } from './define';

export const uiLanguageSchema = z.enum(['en', 'fa']);
export const spellDialectSchema = z.enum(['en-US', 'en-GB']);

export interface Settings {
  uiLanguage: 'en' | 'fa';
  /** The English spell checker's dictionary. */
  spellDialect: 'en-US' | 'en-GB';
  /** Squiggles on misspelt English words in the editor. */
  spellCheck: boolean;
}

export const settingsMethods = {
  'settings.get': method<Settings>()(z.object({})),
  /** A patch: only the settings given change. */
  'settings.set': method<Settings>()(
    z.object({
      uiLanguage: uiLanguageSchema.optional(),
      spellDialect: spellDialectSchema.optional(),
      spellCheck: z.boolean().optional(),
    }),
  ),
};
