export { buildMatcher, type Matcher, type MatcherTerm } from './matcher';
export { matcherTermsFromEntries } from './matcher-terms';
// Same function under the name the server and CLI already import.
export { matcherTermsFromEntries as entriesToMatcherTerms } from './matcher-terms';
