import { basename } from 'node:path';
import { buildMatcher, matcherTermsFromEntries, type Matcher } from '../../core/glossary';
import { parseTermbaseFile } from '../../core/glossary/termbase-file';
import { parseGlossary } from '../../core/formats/glossary';
import { decodeText } from '../../core/text/encoding';
import { AppError } from '../../shared/errors';
import type { Entry, EntryInput } from '../../shared/model';
import type { ApiServices } from './services';
import type { HandlersFor } from './types';
import { uploadBytes, uploadedText, type Upload } from './upload';

/** A matcher over a glossary file that is not (yet) in the database; entries numbered by position. */
function matcherFromFile(upload: Upload): Matcher {
  const text = uploadedText(upload, 'glossary');
  const inputs: EntryInput[] = upload.fileName.endsWith('.termbase')
    ? parseTermbaseFile(text, upload.fileName).map((e) => e.entry)
    : parseGlossary(text, upload.fileName).entries.map((e) => e.entry);
  const stamp = new Date(0).toISOString();
  const entries: Entry[] = inputs.map((e, i) => ({
    ...e,
    id: i + 1,
    createdAt: stamp,
    createdBy: '',
    modifiedAt: stamp,
    modifiedBy: '',
  }));
  return buildMatcher(matcherTermsFromEntries(entries));
}

export function termsHandlers({ documents, glossary }: ApiServices): HandlersFor<'terms'> {
  return {
    'terms.find': (i) => {
      const matcher = i.glossary ? matcherFromFile(i.glossary) : glossary.matcher();
      if (i.file) {
        const text = decodeText(uploadBytes(i.file, 'report'), i.file.fileName).text;
        return { document: basename(i.file.fileName), hits: matcher.match(text) };
      }
      const id = i.documentId!;
      const doc = documents.summary(id);
      if (!doc) throw new AppError('not_found', { what: 'document', id });
      return { document: doc.name, hits: matcher.match(documents.text(id) ?? '') };
    },
  };
}
