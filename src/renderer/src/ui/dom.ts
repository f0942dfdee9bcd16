import { isolateParams, t } from '../i18n/i18n';

type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  /** Translated text content; kept in data-i18n so a language switch can re-apply it. */
  i18n?: string;
  i18nParams?: Record<string, string | number>;
  i18nTitle?: string;
  i18nPlaceholder?: string;
  i18nAria?: string;
  text?: string;
  attrs?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (e: HTMLElementEventMap[K]) => void };
}

/** Small element factory: every user-visible string comes from the locale files (i18n*) or data (text). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.attrs) for (const [k, v] of Object.entries(props.attrs)) el.setAttribute(k, v);
  if (props.i18n) {
    el.dataset.i18n = props.i18n;
    if (props.i18nParams) el.dataset.i18nParams = JSON.stringify(props.i18nParams);
  }
  if (props.i18nTitle) el.dataset.i18nTitle = props.i18nTitle;
  if (props.i18nPlaceholder) el.dataset.i18nPlaceholder = props.i18nPlaceholder;
  if (props.i18nAria) el.dataset.i18nAria = props.i18nAria;
  translateElement(el);
  if (props.text !== undefined) el.textContent = props.text;
  if (props.on) {
    for (const [type, fn] of Object.entries(props.on)) el.addEventListener(type, fn as EventListener);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

function translateElement(el: HTMLElement): void {
  const d = el.dataset;
  // Parameters are data (names, terms, numbers): each is bidi-isolated inside the sentence.
  if (d.i18n)
    el.textContent = t(
      d.i18n,
      d.i18nParams ? isolateParams(JSON.parse(d.i18nParams) as Record<string, unknown>) : undefined,
    );
  if (d.i18nTitle) el.title = t(d.i18nTitle);
  if (d.i18nPlaceholder) el.setAttribute('placeholder', t(d.i18nPlaceholder));
  if (d.i18nAria) el.setAttribute('aria-label', t(d.i18nAria));
}

/** Re-translate every element built with i18n props (after a language switch). */
export function translateTree(root: ParentNode): void {
  const sel = '[data-i18n],[data-i18n-title],[data-i18n-placeholder],[data-i18n-aria]';
  root.querySelectorAll<HTMLElement>(sel).forEach(translateElement);
}

/** Set translated text on an existing element (keeps it re-translatable). */
export function setI18n(el: HTMLElement, key: string, params?: Record<string, string | number>): void {
  el.dataset.i18n = key;
  if (params) el.dataset.i18nParams = JSON.stringify(params);
  else delete el.dataset.i18nParams;
  translateElement(el);
}

export function clear(el: Element): void {
  el.replaceChildren();
}
