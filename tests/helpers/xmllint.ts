/**
 * Validates XML against the schemas copied into tests/schemas with Debian's xmllint (libxml2-utils).
 * `--nonet` makes sure nothing is ever fetched: every schema import resolves to a local copy.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const XMLLINT = '/usr/bin/xmllint';
const schemas = fileURLToPath(new URL('../schemas/', import.meta.url));

export const SCHEMAS = {
  tmx: { flag: '--dtdvalid', path: `${schemas}tmx/tmx14.dtd` },
  /** XLIFF 2 core plus the glossary module, so gls:glossary content is checked too (not just skipped as lax). */
  xliff2: { flag: '--schema', path: `${schemas}xliff2-with-glossary.xsd` },
  xliff12: { flag: '--schema', path: `${schemas}xliff12/xliff-core-1.2-strict.xsd` },
  tbx: { flag: '--dtdvalid', path: `${schemas}tbx/TBXcoreStructV02.dtd` },
} as const;
export type SchemaName = keyof typeof SCHEMAS;

export interface LintResult {
  ok: boolean;
  /** xmllint's messages ("-:12: element seg: ..."), empty when valid. */
  errors: string;
}

/** Validates `xml` (passed on stdin, never written to disk) against one of the known schemas. */
export function xmllint(xml: string, schema: SchemaName): LintResult {
  const { flag, path } = SCHEMAS[schema];
  const args = ['--noout', '--nonet', flag, path, '-'];
  const run = spawnSync(XMLLINT, args, { input: xml, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) {
    throw new Error(
      `cannot run ${XMLLINT} (${run.error.message}); install it with: apt-get install libxml2-utils`,
    );
  }
  // With --schema, xmllint reports success on stderr as "- validates"; keep only real messages.
  const errors = run.stderr
    .split('\n')
    .filter((l) => l.trim() !== '' && !/^- validates$/.test(l.trim()))
    .join('\n');
  return { ok: run.status === 0 && errors === '', errors };
}
