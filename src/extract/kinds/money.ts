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
  if (!currency && word && word in CURRENCY_WORDS && !(word.startsWith('pound') && !hasMoneyNearby(tokens))) {
    currency = CURRENCY_WORDS[word];
    next += tokens[next]?.lower === 'of' ? 2 : 1;
  }
  if (!currency) return undefined;
  const value = mentionValue(mention, currency);
  return { kind: 'money', first: mention.first, next, value };
}

function hasMoneyNearby(tokens: Token[]): boolean {
  return tokens.some((t) => t.lower === '£' || t.lower === 'sterling' || t.lower in MONEY_SCALES);
}

/** Money, found at a number mention; amounts in different currencies are never converted (aspect `unit`). */
export const money: FactKindSpec<'money'> = { kind: 'money', atMention: readMoney, ...NUMBER_HOOKS };
