import { monaco } from '../../../editor/monaco';
import { isolate, t } from '../../../i18n/i18n';
import { toast, toastError } from '../../../ui/toast';
import { SPELL_SOURCE } from './spell-markers';
import type { SpellService } from './spell-service';

const ADD_WORD = 'barabar.spell.addWord';

/**
 * Quick fixes on a spelling marker (Ctrl+. or the hover's "Quick Fix"): the checker's suggestions, best
 * first, and "Add to dictionary", which stores the word in the database for every later session.
 */
export function registerSpellActions(spell: SpellService): monaco.IDisposable[] {
  const command = monaco.editor.registerCommand(ADD_WORD, (_accessor, word: unknown) => {
    if (typeof word !== 'string') return;
    spell
      .addWord(word)
      .then(() => toast(t('editorTools.spell.added', { word: isolate(word) })))
      .catch(toastError);
  });
  const provider = monaco.languages.registerCodeActionProvider('plaintext', {
    provideCodeActions: async (model, _range, context) => {
      const actions: monaco.languages.CodeAction[] = [];
      for (const marker of context.markers) {
        if (marker.source !== SPELL_SOURCE) continue;
        const word = typeof marker.code === 'string' ? marker.code : '';
        if (!word) continue;
        const suggestions = await spell.suggest(word);
        if (model.isDisposed()) break;
        suggestions.forEach((s, i) => {
          actions.push({
            title: t('editorTools.spell.replaceWith', { word: s }),
            kind: 'quickfix',
            diagnostics: [marker],
            isPreferred: i === 0,
            edit: {
              edits: [
                {
                  resource: model.uri,
                  versionId: model.getVersionId(),
                  textEdit: {
                    range: new monaco.Range(
                      marker.startLineNumber,
                      marker.startColumn,
                      marker.endLineNumber,
                      marker.endColumn,
                    ),
                    text: s,
                  },
                },
              ],
            },
          });
        });
        actions.push({
          title: t('editorTools.spell.addToDictionary', { word }),
          kind: 'quickfix',
          diagnostics: [marker],
          command: {
            id: ADD_WORD,
            title: t('editorTools.spell.addToDictionary', { word }),
            arguments: [word],
          },
        });
      }
      return { actions, dispose: () => undefined };
    },
  });
  return [command, provider];
}
