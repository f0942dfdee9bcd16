export { buildMatcher, type Matcher, type MatcherTerm } from './matcher';
export { matcherTermsFromEntries } from './matcher-terms';
export { englishKey, termKeyOf } from './term-keys';
export { TERM_STATUS_RANK } from './term-status';
