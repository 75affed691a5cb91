import { STOPWORDS } from '../../text/stopwords.js';
import type { FoundFact } from './kind.js';
import { type NumberMention, mentionValue } from '../numbers/mentions.js';
import type { Token } from '../tokens.js';
import { startsLower } from '../../text/letters.js';

// Plural nouns that do not end in "s": "37 people", "200 children".
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'staff', 'personnel', 'police', 'cattle',
  'livestock', 'militia', 'crew', 'aircraft', 'sheep', 'fish', 'deer', 'offspring']);

/**
 * Counts of people or things: "more than 10,000 North Korean soldiers", "37 people", "thousands of
 * troops". What is counted is part of the fact: the noun phrase after the number becomes its subject,
 * so "10,000 soldiers" and "10,000 homes" never align.
 */
export function readCount(tokens: Token[], mention: NumberMention): FoundFact | undefined {
  let at = mention.next;
  // "thousands of troops", "dozens of homes"
  if (tokens[at]?.lower === 'of' && (mention.vague || tokens[at - 1]?.kind === 'word')) at++;
  const noun = nounPhrase(tokens, at);
  const value = mentionValue(mention, '');
  const next = noun ? noun.next : mention.next;
  return { kind: 'count', first: mention.first, next, value, ...(noun ? { subject: noun.text } : {}) };
}

/** Up to four words of a noun phrase, ending at its first plural noun: "North Korean soldiers are" → North Korean soldiers. */
function nounPhrase(tokens: Token[], start: number): { text: string; next: number } | undefined {
  const words: Token[] = [];
  for (let at = start; at < tokens.length && words.length < 4; at++) {
    const token = tokens[at]!;
    // "US officials": an upper-case "US" is the country, not the pronoun.
    if (token.kind !== 'word' || (STOPWORDS.has(token.lower) && token.text !== token.text.toUpperCase())) break;
    words.push(token);
    if (isPluralNoun(token)) return { text: words.map((t) => t.text).join(' '), next: at + 1 };
  }
  // No plural head: "a workforce of 2,000" has its subject before the number; the context carries it. A lone
  // word after the number is taken as the thing counted unless it reads as a verb ("two preferred a pause").
  return words.length === 1 && !/(ed|ing)$/.test(words[0]!.lower) ? { text: words[0]!.text, next: start + 1 } : undefined;
}

function isPluralNoun(token: Token): boolean {
  if (IRREGULAR_PLURALS.has(token.lower)) return true;
  return startsLower(token.text) && /[^s]s$/.test(token.lower) && !/(ous|ss|is|us)$/.test(token.lower);
}
