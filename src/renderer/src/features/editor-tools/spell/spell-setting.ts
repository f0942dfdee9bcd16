import type { SpellDialect } from '../../../../../core/spell/spell-checker';
import type { RendererApiClient } from '../../../api/client';
import { h } from '../../../ui/dom';
import { toastError } from '../../../ui/toast';
import type { SpellService } from './spell-service';
import { openUserDictionary } from './user-dictionary-dialog';

const OFF = 'off';
/** Not a setting: the last entry opens the user's dictionary and the select goes back to its value. */
const DICTIONARY = 'dictionary';

/**
 * The spell checker's setting in the editor toolbar: British or American English, or off. Stored with
 * the other settings in the database (settings.set), applied at once.
 */
export class SpellSetting {
  readonly el: HTMLSelectElement;

  private value = 'en-GB';

  constructor(
    private readonly api: RendererApiClient,
    private readonly spell: SpellService,
  ) {
    this.el = h('select', {
      class: 'select spell-setting',
      i18nAria: 'editorTools.spell.setting',
      i18nTitle: 'editorTools.spell.setting',
      attrs: { 'data-testid': 'spell-setting' },
    });
    this.el.append(
      h('option', { i18n: 'editorTools.spell.enGB', attrs: { value: 'en-GB' } }),
      h('option', { i18n: 'editorTools.spell.enUS', attrs: { value: 'en-US' } }),
      h('option', { i18n: 'editorTools.spell.off', attrs: { value: OFF } }),
      h('option', { i18n: 'editorTools.dictionary.open', attrs: { value: DICTIONARY } }),
    );
    this.el.addEventListener('change', () => void this.changed());
  }

  /** Read the stored setting and start the checker with it. */
  async load(): Promise<void> {
    try {
      const s = await this.api.call('settings.get', {});
      this.value = s.spellCheck ? s.spellDialect : OFF;
      this.el.value = this.value;
      await this.spell.configure({ dialect: s.spellDialect, enabled: s.spellCheck });
    } catch (err) {
      toastError(err);
    }
  }

  private async changed(): Promise<void> {
    const value = this.el.value;
    if (value === DICTIONARY) {
      this.el.value = this.value;
      await openUserDictionary(this.api, this.spell);
      return;
    }
    this.value = value;
    const enabled = value !== OFF;
    const dialect: SpellDialect = value === 'en-US' ? 'en-US' : 'en-GB';
    try {
      const saved = await this.api.call(
        'settings.set',
        enabled ? { spellCheck: true, spellDialect: dialect } : { spellCheck: false },
      );
      await this.spell.configure({ dialect: saved.spellDialect, enabled: saved.spellCheck });
    } catch (err) {
      toastError(err);
    }
  }
}
