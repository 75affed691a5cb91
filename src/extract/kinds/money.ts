// Money: amounts with a currency ("$4.5bn", "85m euros"); currencies are never converted.
import type { FactKindSpec, FoundFact } from './kind.js';
import { NUMBER_HOOKS } from './number.js';
import { type NumberMention, mentionValue } from '../numbers/mentions.js';
import type { Token } from '../tokens.js';
import { MONEY_SCALES } from '../numbers/words.js';
import { CURRENCY_WORDS } from '../numbers/currencies.js';

/**
 * Money: "$4.5bn", "£600m", "tens of billions of dollars", "4.5 billion euros". Bare "pounds" after a
 * number is money only in a money context ("a £5 fine ... 10 pounds"); otherwise units.ts reads it as mass.
 */
export function readMoney(tokens: Token[], mention: NumberMention): FoundFact | undefined {
  if (mention.ordinal) return undefined;
  let currency = mention.currency;
  let next = mention.next;
  const word = tokens[next]?.lower === 'of' ? tokens[next + 1]?.lower : tokens[next]?.lower;
  const pounds = word?.startsWith('pound') === true;
  if (
    !currency &&
    word &&
    word in CURRENCY_WORDS &&
    !(pounds && (!hasMoneyNearby(tokens) || weighs(tokens, mention)))
  ) {
    currency = CURRENCY_WORDS[word];
    next += tokens[next]?.lower === 'of' ? 2 : 1;
  }
  if (!currency) return undefined;
  const value = mentionValue(mention, currency);
  return { kind: 'money', first: mention.first, next, value };
}

/** "weighed over two pounds", "a baby of 7 pounds ... £5 fine": a weighing word close before makes it mass. */
function weighs(tokens: Token[], mention: NumberMention): boolean {
  return tokens.slice(Math.max(0, mention.first - 4), mention.first).some((t) => WEIGHING.test(t.lower));
}

const WEIGHING = /^(?:weigh|weighs|weighed|weighing|weight|weighted|heavy|heavier|lighter)$/;

function hasMoneyNearby(tokens: Token[]): boolean {
  return tokens.some((t) => t.lower === '£' || t.lower === 'sterling' || t.lower in MONEY_SCALES);
}

/** Money, found at a number mention; amounts in different currencies are never converted (aspect `unit`). */
export const money: FactKindSpec<'money'> = { kind: 'money', atMention: readMoney, ...NUMBER_HOOKS };
