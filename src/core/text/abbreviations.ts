/**
 * Words that end in a full stop without ending the sentence. Matched case-sensitively against the letters
 * (and inner dots) right before the stop, so "No." (number) and "no." (the word) stay different.
 *
 * Single letters («ع.», «م.», "J.") and dotted letter chains ("U.S.", "e.g.", «ه.ش.», «ق.م.», «ر.ک.»)
 * are recognised by shape in segment.ts and need no entry here.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** English abbreviations that (almost) never end a sentence: titles, ranks, months, Latin phrases. */
export const EN_ABBREVIATIONS = words(`
  Mr Mrs Ms Messrs Dr Prof Rev Hon Gov Sen Rep Pres Amb Supt Insp
  Gen Gens Maj Col Lt Lieut Brig Sgt Capt Cpl Pvt Adm Cmdr Cdr
  St Mt Ft Jr Sr
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  etc vs Vs cf approx viz al ca
`);
// Titles and ranks are always followed by a name. Months appear in datelines ("Jan. 5"). "etc." stays
// mid-sentence as the brief asks, accepting a missed break when a list ends a sentence. "Inc.", "Ltd."
// and "Co." are left out: in news they end sentences as often as not.

/**
 * Abbreviations that only stay mid-sentence before a number: "No. 5", "Art. 3"; "said no. Then" and
 * "the final Art. Then" still split.
 */
export const EN_NUMBER_ABBREVIATIONS = words('No Nos Art Fig Vol Ch Sec pp');

/**
 * Persian abbreviations written with a stop are nearly all single letters («ص.» page, «ج.» volume, «م.»
 * AD, «ع.» initial) or dotted letter chains («ه.ش.», «ق.م.», «ر.ک.», «ج.ا.ا.»), which the shape rules
 * cover; «صص.» (pages) is the multi-letter one and only precedes numbers. Words such as «همان» (ibid.)
 * or «الخ» (etc.) are left out on purpose: in running text they end sentences far more often.
 */
export const FA_NUMBER_ABBREVIATIONS = words('صص');
