/**
 * The Hunspell dictionaries (the dictionary-en and dictionary-en-gb packages) ship inside the renderer
 * build as lazily loaded chunks, so Electron and browser mode load them the same way, from the app
 * itself, with no file access and no extra API call. The packages export only their Node entry point, so
 * the files are addressed by path.
 */
import type { SpellDialect } from '../../../../../core/spell/spell-checker';

export interface DictionaryText {
  aff: string;
  dic: string;
}

type Raw = Promise<{ default: string }>;

const LOADERS: Record<SpellDialect, () => [Raw, Raw]> = {
  'en-US': () => [
    import('../../../../../../node_modules/dictionary-en/index.aff?raw'),
    import('../../../../../../node_modules/dictionary-en/index.dic?raw'),
  ],
  'en-GB': () => [
    import('../../../../../../node_modules/dictionary-en-gb/index.aff?raw'),
    import('../../../../../../node_modules/dictionary-en-gb/index.dic?raw'),
  ],
};

export async function loadDictionary(dialect: SpellDialect): Promise<DictionaryText> {
  const [aff, dic] = await Promise.all(LOADERS[dialect]());
  return { aff: aff.default, dic: dic.default };
}
