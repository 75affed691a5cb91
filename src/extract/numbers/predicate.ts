// The predicate of a number: what happens to what it counts ("killing at least six", "120 wounded", "84
// people have been taken to hospital", "the death toll ... rose to at least six"). Numbers with different
// predicates are different facts however alike their words; numbers with the same one may be one fact said
// in other words (see lexicon/predicates.ts).
import { PREDICATE_OF } from '../../lexicon/predicates.js';
import type { Token } from '../tokens.js';

/** How far the governing verb before a number may stand: "killing at least six", "left up to 32". */
const VERB_BEFORE = 3;
/** How far after the number (and what it counts) the predicate may follow: "two people have died". */
const AFTER = 5;
/** How far back a predicate noun heading the clause may stand: "the death toll from ... rose to six". */
const CLAUSE_BEFORE = 24;

/** Words that end the reach of a predicate: another clause or another number's words. */
const BREAKS = new Set(['and', 'but', 'while', 'whereas', 'including', 'among']);

const isBreak = (token: Token) =>
  token.kind === 'number' || (token.kind === 'symbol' && /[,;:()—–"“”.]/.test(token.text)) || BREAKS.has(token.lower);

/**
 * The predicate class of the number found at tokens first..next (what it counts included), or undefined:
 * the verb just before it wins ("killing at least six civilians and wounding 120": six killed, 120
 * wounded), then a predicate among what it counts ("two fatalities", "four dead bodies"), then one just
 * after ("32 civilians dead"), then a predicate noun heading its clause ("the death toll ... six").
 */
export function predicateOf(tokens: readonly Token[], first: number, next: number): string | undefined {
  return (
    nearest(tokens, first - 1, -1, VERB_BEFORE) ??
    within(tokens, first, next) ??
    nearest(tokens, next, 1, AFTER) ??
    nearest(tokens, first - 1, -1, CLAUSE_BEFORE, TOLLS)
  );
}

/**
 * Nouns that name a number themselves, and so govern one far down their clause: "the death toll from ... rose
 * to six". Other predicate words that far back are about something else ("The wounded were taken to two
 * city hospitals").
 */
const TOLLS: ReadonlyMap<string, string> = new Map([['toll', 'dead']]);

function nearest(
  tokens: readonly Token[],
  start: number,
  step: 1 | -1,
  reach: number,
  words: ReadonlyMap<string, string> = PREDICATE_OF,
): string | undefined {
  for (let at = start, seen = 0; at >= 0 && at < tokens.length && seen < reach; at += step) {
    const token = tokens[at]!;
    if (isBreak(token)) return undefined;
    const found = words.get(token.lower);
    if (found) return found;
    if (token.kind === 'word') seen++;
  }
  return undefined;
}

/**
 * A predicate among the words of the fact: a modifier ("four dead bodies", "100 wounded people") or a head
 * that names the outcome itself ("two fatalities"), not a head that names what is counted ("two city
 * hospitals" counts hospitals).
 */
function within(tokens: readonly Token[], first: number, next: number): string | undefined {
  for (let at = first; at < next; at++) {
    const lower = tokens[at]!.lower;
    const found = PREDICATE_OF.get(lower);
    if (found && (at < next - 1 || OUTCOME_NOUNS.has(lower))) return found;
    // "a 30cm-diameter well", "an 80m-deep well": the unit's compound names the dimension.
    if (!lower.includes('-')) continue;
    for (const part of lower.split('-').slice(1)) {
      const dimension = PREDICATE_OF.get(part);
      if (dimension) return dimension;
    }
  }
  return undefined;
}

/** Nouns that count an outcome rather than a thing: "two fatalities", "18 arrests". */
const OUTCOME_NOUNS = new Set(['fatalities', 'deaths', 'bodies', 'injuries', 'arrests', 'lives', 'dead', 'wounded']);
