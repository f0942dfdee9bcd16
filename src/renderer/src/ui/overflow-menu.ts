import { h } from './dom';

/**
 * A toolbar that moves its least important items into a "more" menu when they do not fit, instead of
 * letting the row clip its end (issue 12.7: at 1024 px the Export button was cut off). Items keep their
 * listeners: the same nodes move between the bar and the menu, and come back when there is room.
 */
export class OverflowMenu {
  readonly button: HTMLButtonElement;
  readonly menu: HTMLElement;
  private readonly slots = new Map<HTMLElement, Comment>();
  private readonly observer: ResizeObserver;

  /** `items` in the order they give way: the first one goes into the menu first. */
  constructor(
    private readonly bar: HTMLElement,
    private readonly items: readonly HTMLElement[],
  ) {
    this.menu = h('div', {
      class: 'overflow-menu',
      attrs: { popover: 'auto', role: 'menu', 'data-testid': 'toolbar-menu', id: uniqueId() },
    });
    this.button = h('button', {
      class: 'btn btn-ghost overflow-button',
      text: '⋯',
      i18nTitle: 'toolbar.more',
      i18nAria: 'toolbar.more',
      attrs: { type: 'button', popovertarget: this.menu.id, 'data-testid': 'toolbar-more' },
    });
    this.button.hidden = true;
    this.menu.addEventListener('beforetoggle', (e) => {
      if ((e as ToggleEvent).newState === 'open') this.place();
    });
    // A command chosen from the menu closes it, as menus do.
    this.menu.addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('button')) this.menu.hidePopover();
    });
    this.observer = new ResizeObserver(() => this.fit());
    this.observer.observe(bar);
    // Labels grow when the web font arrives, without the bar itself changing size.
    document.fonts.addEventListener('loadingdone', this.onFonts);
  }

  private readonly onFonts = (): void => this.fit();

  /** Put every item back, then move items into the menu until the bar no longer overflows. */
  fit(): void {
    for (const item of this.items) {
      const slot = this.slots.get(item);
      if (slot && item.parentNode === this.menu) slot.replaceWith(item);
    }
    this.button.hidden = true;
    if (!this.overflowing()) return;
    this.button.hidden = false;
    for (const item of this.items) {
      if (!this.overflowing()) break;
      if (item.hidden) continue;
      let slot = this.slots.get(item);
      if (!slot) {
        slot = document.createComment('overflow slot');
        this.slots.set(item, slot);
      }
      item.replaceWith(slot);
      this.menu.append(item);
    }
  }

  private overflowing(): boolean {
    return this.bar.scrollWidth > this.bar.clientWidth + 1;
  }

  /** Under the button, aligned with the toolbar's end (the left edge in the Persian UI). */
  private place(): void {
    const r = this.button.getBoundingClientRect();
    const rtl = getComputedStyle(this.bar).direction === 'rtl';
    this.menu.style.top = `${Math.round(r.bottom + 4)}px`;
    if (rtl) {
      this.menu.style.left = `${Math.round(r.left)}px`;
      this.menu.style.right = 'auto';
    } else {
      this.menu.style.right = `${Math.round(document.documentElement.clientWidth - r.right)}px`;
      this.menu.style.left = 'auto';
    }
  }

  dispose(): void {
    this.observer.disconnect();
    document.fonts.removeEventListener('loadingdone', this.onFonts);
  }
}

let counter = 0;
function uniqueId(): string {
  counter++;
  return `overflow-menu-${counter}`;
}
