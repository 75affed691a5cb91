// Which way a number moves: "sales fell 3%" and "sales rose 3%" state the same figure with opposite meaning,
// and "rose to 5.2%" (a level) is not "rose by 5.2%" (a change). Read from the words just before the number.

import type { Token } from '../tokens.js';

const UP = new Set([
  'rose',
  'rise',
  'rises',
  'rising',
  'risen',
  'increased',
  'increase',
  'increases',
  'increasing',
  'grew',
  'grow',
  'grows',
  'growing',
  'grown',
  'climbed',
  'climb',
  'climbs',
  'jumped',
  'jump',
  'jumps',
  'gained',
  'gain',
  'gains',
  'surged',
  'surge',
  'surges',
  'soared',
  'soar',
  'soars',
  'up',
  'higher',
  'raised',
  'raise',
  'raises',
  'boosted',
  'expanded',
  'added',
  'advanced',
  'rallied',
  'doubled',
  'tripled',
  'leapt',
  'leaped',
  'spiked',
  'swelled',
  'hiked',
  'lifted',
  'accelerated',
]);
const DOWN = new Set([
  'fell',
  'fall',
  'falls',
  'falling',
  'fallen',
  'dropped',
  'drop',
  'drops',
  'dropping',
  'declined',
  'decline',
  'declines',
  'declining',
  'decreased',
  'decrease',
  'decreases',
  'slid',
  'slide',
  'slides',
  'slipped',
  'slip',
  'plunged',
  'plunge',
  'plunges',
  'tumbled',
  'tumble',
  'shrank',
  'shrink',
  'shrinks',
  'shrunk',
  'lost',
  'lose',
  'loses',
  'down',
  'lower',
  'cut',
  'cuts',
  'reduced',
  'reduce',
  'sank',
  'sink',
  'eased',
  'ease',
  'contracted',
  'contract',
  'halved',
  'slumped',
  'slump',
  'retreated',
  'dipped',
  'dip',
  'shed',
  'slashed',
  'slash',
  'eliminate',
  'eliminated',
  'axed',
  'axe',
  'trimmed',
  'trim',
  'scrapped',
  'scrap',
  'lowered',
  'sliding',
  'plummeted',
]);

/** How many words may stand between the verb and the number: "fell by about 3%", "rose sharply to 5.2%". */
const REACH = 4;

export interface Trend {
  trend?: 'up' | 'down';
  /** "to" a level or "by" an amount, when the words say so. */
  change?: 'to' | 'by';
}

/** The direction and kind of change stated just before the number at token `first` (its qualifier included). */
export function trendBefore(tokens: Token[], first: number): Trend {
  const result: Trend = {};
  for (let i = first - 1; i >= Math.max(0, first - REACH); i--) {
    const word = tokens[i]!.lower;
    if (tokens[i]!.kind === 'symbol' || tokens[i]!.kind === 'number') break;
    if ((word === 'to' || word === 'by') && result.change === undefined && result.trend === undefined)
      result.change = word;
    if (UP.has(word)) return { ...result, trend: 'up' };
    if (DOWN.has(word)) return { ...result, trend: 'down' };
  }
  return result.trend ? result : {};
}
