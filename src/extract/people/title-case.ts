// Whether a sentence is in title case (a headline), where capitals say nothing about names.
import { LETTERS, startsUpper } from '../../text/letters.js';

const LONG_WORD = new RegExp(`^[${LETTERS}]{4,}`);

/**
 * A headline in title case ("Biden Permits Ukraine to Utilize U.S. Weapons for Attacks") capitalises
 * ordinary words, so runs of capitals there are not evidence of a name.
 */
export function isTitleCase(text: string): boolean {
  // Prose ends with a full stop; "Polish Foreign Minister Radoslaw Sikorski welcomed the decision." is not a headline.
  if (/[.!?]['’"”]?$/.test(text.trim())) return false;
  const words = text.split(/\s+/).filter((w) => LONG_WORD.test(w));
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => startsUpper(w)).length;
  return capitalised / words.length >= 0.7;
}
