import { h } from '../../../ui/dom';

/**
 * Reviewer mode: Ctrl+Enter signs a confirmed segment off (translated → reviewed → final, the rule in
 * core/editor/statuses) instead of confirming it. A toolbar toggle, remembered for this browser.
 */
export class ReviewerToggle {
  readonly button: HTMLButtonElement;
  private on = localStorage.getItem('barabar.reviewer') === '1';

  constructor(private readonly changed: (on: boolean) => void) {
    this.button = h('button', {
      class: 'btn btn-ghost',
      i18n: 'editorTools.review.mode',
      i18nTitle: 'editorTools.review.modeHint',
      attrs: { type: 'button', 'data-testid': 'reviewer-mode' },
      on: { click: () => this.set(!this.on) },
    });
    this.render();
  }

  isOn(): boolean {
    return this.on;
  }

  set(on: boolean): void {
    this.on = on;
    localStorage.setItem('barabar.reviewer', on ? '1' : '0');
    this.render();
    this.changed(on);
  }

  private render(): void {
    this.button.setAttribute('aria-pressed', String(this.on));
    document.body.classList.toggle('reviewer-mode', this.on);
  }
}
