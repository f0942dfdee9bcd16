/**
 * Which methods are long jobs. Temporary: the contract's `{ job: true }` declarations replace this
 * list once they land.
 */
const JOB_METHODS = new Set([
  'documents.import',
  'glossary.import',
  'glossary.export',
  'qa.run',
  'exchange.export',
  'exchange.importXliff',
  'exchange.importTmx',
]);

export function isJobMethod(method: string): boolean {
  return JOB_METHODS.has(method);
}
