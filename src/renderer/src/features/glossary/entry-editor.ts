import { TERM_STATUSES, type Entry, type EntryInput, type Lang, type Subject, type TermStatus } from '../../../../shared/model';
import { formatContextLines, parseContextLines } from './context-lines';
import type { RendererApiClient } from '../../api/client';
import { ApiCallError } from '../../api/api-call-error';
import { h } from '../../ui/dom';
import { openDialog } from '../../ui/dialog';
import { subjectSelect } from '../add-term/add-term-dialog';

interface Row {
  el: HTMLElement;
  lang: HTMLSelectElement;
  text: HTMLInputElement;
  status: HTMLSelectElement;
  later: HTMLInputElement;
  id?: number | undefined;
}

function termRow(
  rows: Row[],
  host: HTMLElement,
  init: { lang: Lang; text: string; status: TermStatus; later?: boolean | undefined; id?: number | undefined },
): void {
  const lang = h('select', { i18nAria: 'glossary.lang' }, h('option', { i18n: 'lang.fa', attrs: { value: 'fa' } }), h('option', { i18n: 'lang.en', attrs: { value: 'en' } }));
  lang.value = init.lang;
  const text = h('input', { i18nAria: 'glossary.termText', attrs: { maxlength: '500', dir: init.lang === 'fa' ? 'rtl' : 'ltr' } });
  text.value = init.text;
  lang.addEventListener('change', () => text.setAttribute('dir', lang.value === 'fa' ? 'rtl' : 'ltr'));
  const status = h('select', { i18nAria: 'glossary.status' });
  for (const s of TERM_STATUSES) status.append(h('option', { i18n: `termStatus.${s}`, attrs: { value: s } }));
  status.value = init.status;
  // A short form for second and later mentions (QA: term-first-mention); only English terms have one.
  const later = h('input', { i18nAria: 'glossary.later', attrs: { type: 'checkbox', 'data-testid': 'term-later' } });
  later.checked = init.later === true;
  const laterLabel = h('label', { class: 'check term-later', i18nTitle: 'glossary.laterHint' }, later, h('span', { i18n: 'glossary.later' }));
  const showLater = (): void => {
    laterLabel.hidden = lang.value !== 'en';
  };
  showLater();
  lang.addEventListener('change', showLater);
  const row: Row = { el: h('div', { class: 'term-row' }), lang, text, status, later, id: init.id };
  const remove = h('button', {
    class: 'btn btn-small btn-danger-ghost',
    i18n: 'glossary.removeTerm',
    attrs: { type: 'button' },
    on: {
      click: () => {
        rows.splice(rows.indexOf(row), 1);
        row.el.remove();
      },
    },
  });
  row.el.append(lang, text, status, laterLabel, remove);
  rows.push(row);
  host.append(row.el);
}

/** Edit every field of an entry: its terms (language, text, status), subject, definition and note. */
export function openEntryEditor(api: RendererApiClient, entry: Entry | null): Promise<Entry | null> {
  const rows: Row[] = [];
  const rowsHost = h('div', { class: 'term-rows' });
  const initial = entry?.terms ?? [
    { lang: 'fa' as const, text: '', status: 'preferred' as const },
    { lang: 'en' as const, text: '', status: 'preferred' as const },
  ];
  for (const term of initial) termRow(rows, rowsHost, term);
  const subject = subjectSelect(entry?.subject ?? 'general');
  const definition = h('textarea', { attrs: { rows: '2', maxlength: '2000' } });
  definition.value = entry?.definition ?? '';
  const note = h('textarea', { attrs: { rows: '2', maxlength: '2000', 'data-testid': 'entry-note' } });
  note.value = entry?.note ?? '';
  const contexts = h('textarea', {
    i18nTitle: 'glossary.contextsHint',
    attrs: { rows: '2', dir: 'auto', 'data-testid': 'entry-contexts', placeholder: 'توافق‌نامه برجام => the JCPOA' },
  });
  contexts.value = formatContextLines(entry?.contexts ?? []);
  const body = h(
    'div',
    { class: 'dialog-body' },
    h('div', { class: 'field' }, h('span', { class: 'field-label', i18n: 'glossary.terms' }), rowsHost),
    h('button', {
      class: 'btn btn-small',
      i18n: 'glossary.addTermRow',
      attrs: { type: 'button' },
      on: { click: () => termRow(rows, rowsHost, { lang: 'en', text: '', status: 'admitted' }) },
    }),
    h('label', { class: 'field' }, h('span', { class: 'field-label', i18n: 'addTerm.subject' }), subject),
    h('label', { class: 'field' }, h('span', { class: 'field-label', i18n: 'glossary.definition' }), definition),
    h('label', { class: 'field' }, h('span', { class: 'field-label', i18n: 'addTerm.note' }), note),
    h('label', { class: 'field' }, h('span', { class: 'field-label', i18n: 'glossary.contexts' }), contexts),
  );
  return openDialog<Entry>({
    titleKey: entry ? 'glossary.editTitle' : 'glossary.newTitle',
    body,
    submitKey: 'common.save',
    className: 'entry-dialog',
    onSubmit: async () => {
      const terms = rows
        .map((r) => ({
          lang: r.lang.value as Lang,
          text: r.text.value.trim(),
          status: r.status.value as TermStatus,
          later: r.lang.value === 'en' && r.later.checked ? true : undefined,
          ...(r.id ? { id: r.id } : {}),
        }))
        .filter((x) => x.text !== '');
      if (!terms.some((x) => x.lang === 'fa') || !terms.some((x) => x.lang === 'en')) {
        throw new ApiCallError('validation', { field: 'terms', message: '' });
      }
      const parsed = parseContextLines(contexts.value);
      if ('line' in parsed) throw new ApiCallError('validation', { field: `contexts (line ${parsed.line})`, message: parsed.reason });
      // Keep fields the form doesn't show (term notes, part of speech, the shared key) as they were.
      const old = new Map((entry?.terms ?? []).map((x) => [x.id, x] as const));
      const input: EntryInput = {
        ...(entry?.key ? { key: entry.key } : {}),
        ...(entry?.source ? { source: entry.source } : {}),
        subject: subject.value as Subject,
        ...(definition.value.trim() ? { definition: definition.value.trim() } : {}),
        ...(note.value.trim() ? { note: note.value.trim() } : {}),
        ...(parsed.contexts.length > 0 ? { contexts: parsed.contexts } : {}),
        terms: terms.map((x) => {
          const { later, ...rest } = x;
          const kept = x.id !== undefined ? stripUndefined(old.get(x.id)) : {};
          delete kept.later;
          return { ...kept, ...rest, ...(later ? { later } : {}) };
        }),
      };
      return entry ? api.call('glossary.update', { id: entry.id, entry: input }) : api.call('glossary.add', { entry: input });
    },
  });
}

function stripUndefined<T extends object>(o: T | undefined): Partial<T> {
  if (!o) return {};
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
