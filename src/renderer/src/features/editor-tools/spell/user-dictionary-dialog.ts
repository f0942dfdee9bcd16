import type { RendererApiClient } from '../../../api/client';
import { openDialog } from '../../../ui/dialog';
import { h } from '../../../ui/dom';
import { toastError } from '../../../ui/toast';
import type { SpellService } from './spell-service';

/**
 * The words the translator added with "Add to dictionary", each with a Remove button: a word added by
 * mistake (a real misspelling) would otherwise never be flagged again.
 */
export async function openUserDictionary(api: RendererApiClient, spell: SpellService): Promise<void> {
  const list = h('ul', { class: 'user-dictionary', attrs: { 'data-testid': 'user-dictionary' } });
  const empty = h('p', { class: 'dialog-note', i18n: 'editorTools.dictionary.empty' });
  const render = (words: readonly string[]): void => {
    empty.hidden = words.length > 0;
    list.replaceChildren(
      ...words.map((word) =>
        h(
          'li',
          { class: 'user-dictionary-word' },
          h('span', { text: word, attrs: { dir: 'auto' } }),
          h('button', {
            class: 'btn btn-ghost',
            i18n: 'editorTools.dictionary.remove',
            attrs: { type: 'button', 'data-testid': 'dictionary-remove', 'data-word': word },
            on: {
              click: () => {
                void spell
                  .removeWord(word)
                  .then(() => api.call('dictionary.list', {}))
                  .then(render, toastError);
              },
            },
          }),
        ),
      ),
    );
  };
  try {
    render(await api.call('dictionary.list', {}));
  } catch (err) {
    toastError(err);
    return;
  }
  await openDialog({
    titleKey: 'editorTools.dictionary.title',
    body: h('div', { class: 'user-dictionary-body' }, empty, list),
    submitKey: 'editorTools.dictionary.done',
    className: 'user-dictionary-dialog',
    cancelButton: false,
    onSubmit: () => Promise.resolve(true),
  });
}
