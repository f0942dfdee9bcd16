import { h, setI18n } from '../../ui/dom';
import type { SaveState } from './autosave';

/** "All changes saved" / "Saving…" / "Unsaved" / "Not saved" next to the document title. */
export class SaveIndicator {
  readonly el = h('span', {
    class: 'save-indicator',
    attrs: { 'data-testid': 'save-state', 'aria-live': 'polite' },
  });

  constructor() {
    this.set('saved');
  }

  set(state: SaveState): void {
    this.el.dataset.state = state;
    setI18n(this.el, `save.${state}`);
  }
}
