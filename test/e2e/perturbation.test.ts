// The perturbation harness in small: two of the base articles, every edit kind, scored against the targets
// of the issue. `npm run perturb` prints the full scores for all articles.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  changedNumber,
  convertedUnit,
  editableNumbers,
  flippedDirection,
  reformattedNumber,
  versionsOf,
} from '../../bench/perturbation/edits.mjs';
import { type Article, rate, scoreArticles } from '../../bench/perturbation/score.mjs';
import { compareSources } from '../../src/index.js';

const ARTICLES = path.resolve(import.meta.dirname, '..', '..', 'bench', 'perturbation', 'articles');
const load = (name: string): [string, Article] => [
  name,
  JSON.parse(readFileSync(path.join(ARTICLES, `${name}.json`), 'utf8')) as Article,
];

describe('edit generators', () => {
  it.each([
    ['37', '46'],
    ['2,000', '2,500'],
    ['6.8', '8.5'],
    ['1', '2'],
    ['14,500', '18,125'],
  ])('changedNumber(%s) = %s', (written, changed) => {
    expect(changedNumber(written)).toBe(changed);
  });

  it.each([
    ['The quake struck at a depth of 10 kilometres.', { find: '10 kilometres', replace: '6.2 miles' }],
    ['Trains will reach 300 km/h by 2027.', { find: '300 km/h', replace: '190 mph' }],
    ['Fire burned 1,400 hectares of forest.', { find: '1,400 hectares', replace: '3,500 acres' }],
    ['It was 35 degrees Celsius at noon.', { find: '35 degrees Celsius', replace: '95 degrees Fahrenheit' }],
    ['It killed 37 people.', null],
  ])('convertedUnit(%j)', (text, expected) => {
    expect(convertedUnit(text)).toEqual(expected);
  });

  it.each([
    ['Prices rose 18% last year.', { find: '18%', replace: '18 percent' }],
    ['Prices rose 18 percent last year.', { find: '18 percent', replace: '18%' }],
    ['The deal is worth $4.5 billion.', { find: '$4.5 billion', replace: '$4.5bn' }],
    ['They evacuated 2,000 workers.', { find: '2,000', replace: '2000' }],
    ['They evacuated 37 workers.', null],
  ])('reformattedNumber(%j)', (text, expected) => {
    expect(reformattedNumber(text)).toEqual(expected);
  });

  it.each([
    ['Sales fell 3% last year.', { find: 'fell 3', replace: 'rose 3', number: '3' }],
    [
      'Profit rose by about $4.5 billion.',
      { find: 'rose by about $4.5', replace: 'fell by about $4.5', number: '4.5' },
    ],
    ['The council voted on Monday.', null],
  ])('flippedDirection(%j)', (text, expected) => {
    expect(flippedDirection(text)).toEqual(expected);
  });

  it('leaves years, dates, scores and quoted numbers alone', () => {
    const text =
      'In 2019, on March 4, the council voted 7-2 and Vidal said “we saw 40 homes burn” before 12 more fell.';
    expect(editableNumbers(text).map((n) => n.text)).toEqual(['12']);
  });

  it('covers every sentence of an article across the rotations of an edit kind', () => {
    const [, article] = load('disaster');
    const dropped = versionsOf(article)
      .filter((v) => v.edit === 'sentence dropped')
      .flatMap((v) => v.touched)
      .sort((a, b) => a - b);
    expect(dropped).toEqual(article.sentences.map((_, i) => i));
  });
});

describe('claimdiff against known edits (business and science articles)', () => {
  const { scores } = scoreArticles([load('business'), load('science')], compareSources);

  it.each([
    ['alteredNumbers', 0.95],
    ['alteredQuotes', 0.95],
    ['omitted', 0.95],
    ['fabricated', 1],
    ['untouched', 0.98],
    ['preserved', 0.98],
  ] as const)('%s meets its target (%s)', (key, target) => {
    const counter = scores[key];
    expect(counter.total, `${key} was measured`).toBeGreaterThan(0);
    expect(rate(counter), counter.misses.join('\n')).toBeGreaterThanOrEqual(target);
  });
});
