// Where a fact stands in its sentence: the words that make its topic and context, and the person whose
// number it is. Shared by every kind found in a sentence.
import type { Fact, Sentence } from '../types.js';
import { contentKeys, keysOfWord } from '../text/words.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { Token } from './tokens.js';
import type { FoundFact } from './kinds/kind.js';
import { kindSpec } from './kinds/index.js';
import type { PersonMention } from './people/directory.js';
import { trendBefore } from './numbers/trend.js';
import { predicateOf } from './numbers/predicate.js';

const CONTEXT_WINDOW = 8;

/** How far back a number's owner may be named, in tokens. */
const OWNER_REACH = 15;

/**
 * The person a number belongs to: the nearest person named before it in the same clause. In "Osei-Lind
 * ... won with 52.4 per cent of the vote, defeating Aldous Fenwright, who took 45.1 per cent" each share has
 * its owner (a comma may open a "who" clause), so swapping the shares is a change, not a match.
 */
function ownerOf(tokens: Token[], first: number, mentions: PersonMention[]): string | undefined {
  const start = tokens[first]!.start;
  const owner = mentions.filter((m) => m.end <= start).sort((a, b) => b.end - a.end)[0];
  if (!owner) return undefined;
  const between = tokens.filter((t) => t.start >= owner.end && t.end <= start);
  // "Michael Neu, 67,": an age set off by commas right after the name is that person's.
  if (between.length === 1 && between[0]!.text === ',') return owner.person.name;
  const breaks = between.some(
    (t, k) =>
      t.kind === 'number' || t.text === ';' || (t.text === ',' && !/^(who|whose)$/i.test(between[k + 1]?.text ?? '')),
  );
  return between.length <= OWNER_REACH && !breaks ? owner.person.name : undefined;
}

/**
 * A found fact as a `Fact`: its words, a topic, the words around it (context), and for an amount its owner
 * and the way a verb moves it ("fell 3%").
 */
export function toFact(
  source: string,
  sentence: Sentence,
  tokens: Token[],
  found: FoundFact,
  mentions: PersonMention[],
): Fact {
  const start = tokens[found.first]!.start;
  const amount = kindSpec(found.kind).amount === true;
  const owner = amount ? ownerOf(tokens, found.first, mentions) : undefined;
  const predicate = amount ? predicateOf(tokens, found.first, found.next) : undefined;
  const end = tokens[found.next - 1]!.end;
  const window = [
    ...tokens.slice(Math.max(0, found.first - CONTEXT_WINDOW), found.first),
    ...tokens.slice(found.next, found.next + CONTEXT_WINDOW),
  ].filter((t) => t.kind !== 'symbol');
  return {
    kind: found.kind,
    source,
    sentence: sentence.index,
    surface: sentence.text.slice(start, end),
    topic: found.subject ?? topicBefore(tokens, found.first, found.next),
    start,
    value:
      found.value.type === 'number' && amount ? { ...found.value, ...trendBefore(tokens, found.first) } : found.value,
    subject: found.subject ? contentKeys(found.subject) : [],
    context: window.flatMap((t) => keysOfWord(t.text)),
    ...(owner ? { owner } : {}),
    ...(predicate ? { predicate } : {}),
  };
}

/**
 * The words that lead up to a fact, as the source wrote them, back to the start of its clause and at most
 * five: "which have a range of" (up to 306 km), "takes office on" (January 20), "The move comes" (two months
 * before). They read as a label where a list of keywords would not; one content word at least.
 */
function topicBefore(tokens: Token[], first: number, next: number): string {
  const before = clauseWords(tokens, first - 1, -1);
  // "In 2007, a magnitude 7.7 quake ...": nothing telling before the fact, so the words after it.
  return before.some((w) => !STOPWORDS.has(w.toLowerCase()))
    ? before.join(' ')
    : clauseWords(tokens, next, 1).join(' ');
}

/** Up to five words from `start` stepping by `step`, stopping at clause punctuation once a content word is in. */
function clauseWords(tokens: Token[], start: number, step: 1 | -1): string[] {
  const words: string[] = [];
  for (let i = start; i >= 0 && i < tokens.length && words.length < 5; i += step) {
    const token = tokens[i]!;
    if (token.kind === 'symbol') {
      if (/[,;:()—–"“”.]/.test(token.text) && words.some((w) => !STOPWORDS.has(w.toLowerCase()))) break;
      continue;
    }
    if (step < 0) words.unshift(token.text);
    else words.push(token.text);
  }
  return words;
}
