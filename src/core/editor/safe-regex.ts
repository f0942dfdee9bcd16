/**
 * A guard for user-typed regular expressions. JavaScript cannot interrupt a running regex, so patterns
 * that can backtrack exponentially are refused before they run: nested unbounded quantifiers («(a+)+»,
 * «(\w*)*»), quantified groups with alternatives («(a|a)+») and backreferences. What passes is linear or
 * polynomial; the search loop adds a time budget between segments for the rest.
 */
import { AppError } from '../../shared/errors';

export const MAX_PATTERN_LENGTH = 500;

function refuse(message: string): never {
  throw new AppError('validation', { field: 'query', message });
}

/** Throws a validation error naming the problem; returns the compiled RegExp otherwise. */
export function compileUserRegex(pattern: string, flags: string): RegExp {
  if (pattern.length > MAX_PATTERN_LENGTH)
    refuse(`a regular expression is limited to ${MAX_PATTERN_LENGTH} characters`);
  if (/\\[1-9]|\\k</.test(pattern)) refuse('backreferences are not allowed in a search');
  // Per open group: does it contain an unbounded quantifier, or an alternative?
  const stack: { risky: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === '[') inClass = true;
    else if (c === '(') stack.push({ risky: false });
    else if (c === '|' && top) top.risky = true;
    else if ((c === '*' || c === '+' || (c === '{' && /^\{\d+,\d*\}/.test(pattern.slice(i)))) && top)
      top.risky = true;
    else if (c === ')') {
      const group = stack.pop();
      const next = pattern.slice(i + 1);
      const quantified = /^(\*|\+|\{\d+,\d*\})/.test(next);
      if (group?.risky && quantified)
        refuse('nested repetition such as (a+)+ can take forever; simplify the pattern');
      // A group inside a risky group makes the outer one risky too.
      const outer = stack[stack.length - 1];
      if (outer && (group?.risky || quantified)) outer.risky = true;
    }
  }
  try {
    return new RegExp(pattern, flags);
  } catch (e) {
    return refuse(`not a valid regular expression: ${(e as Error).message}`);
  }
}
