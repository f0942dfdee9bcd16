import type { Entry, Subject } from '../../../../shared/model';
import { SUBJECTS } from '../../../../shared/model';
import type { RendererApiClient } from '../../api/client';
import { ApiCallError } from '../../api/api-call-error';
import { h } from '../../ui/dom';
import { openDialog } from '../../ui/dialog';

function field(labelKey: string, control: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', { class: 'field-label', i18n: labelKey }), control);
}

export function subjectSelect(value: Subject = 'general'): HTMLSelectElement {
  const select = h('select', { attrs: { name: 'subject' } });
  for (const s of SUBJECTS) {
    const opt = h('option', { i18n: `subject.${s}`, attrs: { value: s } });
    if (s === value) opt.selected = true;
    select.append(opt);
  }
  return select;
}

/**
 * "Add term" from a selection in the Persian pane: Persian, English, subject, note. The new entry is
 * saved through glossary.add; the caller reloads the glossary so it is highlighted everywhere at once.
 */
export function openAddTermDialog(api: RendererApiClient, persian: string): Promise<Entry | null> {
  const fa = h('input', {
    attrs: { name: 'fa', dir: 'rtl', lang: 'fa', required: '', maxlength: '500', autocomplete: 'off' },
  });
  fa.value = persian.trim();
  const en = h('input', {
    attrs: { name: 'en', dir: 'ltr', lang: 'en', required: '', maxlength: '500', autocomplete: 'off' },
  });
  const subject = subjectSelect();
  const note = h('textarea', { attrs: { name: 'note', rows: '2', maxlength: '2000' } });
  const body = h(
    'div',
    { class: 'dialog-body' },
    field('addTerm.persian', fa),
    field('addTerm.english', en),
    field('addTerm.subject', subject),
    field('addTerm.note', note),
  );
  return openDialog<Entry>({
    titleKey: 'addTerm.title',
    body,
    submitKey: 'addTerm.save',
    className: 'add-term-dialog',
    onSubmit: async () => {
      const faText = fa.value.trim();
      const enText = en.value.trim();
      if (!faText || !enText)
        throw new ApiCallError('validation', { field: faText ? 'en' : 'fa', message: '' });
      return api.call('glossary.add', {
        entry: {
          subject: subject.value as Subject,
          ...(note.value.trim() ? { note: note.value.trim() } : {}),
          terms: [
            { lang: 'fa', text: faText, status: 'preferred' },
            { lang: 'en', text: enText, status: 'preferred' },
          ],
        },
      });
    },
  });
}
