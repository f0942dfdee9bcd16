import type { TermStatus } from '../../shared/model';

/**
 * How strongly the glossary recommends a term: lower is better. Decides which term of a homograph group
 * the matcher reports, the order of terms in the termbase file, and which English term a QA finding names.
 */
export const TERM_STATUS_RANK: Readonly<Record<TermStatus, number>> = {
  preferred: 0,
  admitted: 1,
  deprecated: 2,
  forbidden: 3,
};
