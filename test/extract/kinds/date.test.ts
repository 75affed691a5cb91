import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../../src/types.js';
import { factsOf, onlyFact, segmented } from '../../helpers.js';
import { extractFacts } from '../../../src/extract/index.js';

describe('date facts', () => {
  it.each<[string, string, Omit<DateValue, 'type'>]>([
    ['He will take office on Jan. 20, 2025.', 'Jan. 20, 2025', { month: 1, day: 20, year: 2025 }],
    ['He took office on January 20.', 'January 20', { month: 1, day: 20 }],
    ['The vote was on 20 January.', '20 January', { month: 1, day: 20 }],
    ['He came on 20 January 2025.', '20 January 2025', { month: 1, day: 20, year: 2025 }],
    ['He won in November 2024.', 'November 2024', { month: 11, year: 2024 }],
    ['It was on May 9.', 'May 9', { month: 5, day: 9 }],
    ['Fighting since May 2023 went on.', 'May 2023', { month: 5, year: 2023 }],
    ['They met on Sunday.', 'Sunday', { weekday: 0 }],
    ['It was in August.', 'August', { month: 8 }],
    ['The war began in February 2022.', 'February 2022', { month: 2, year: 2022 }],
    ['It happened on Sept. 11, 2001.', 'Sept. 11, 2001', { month: 9, day: 11, year: 2001 }],
    ['They met on Wednesday evening.', 'Wednesday', { weekday: 3 }],
    ['Fighting has gone on since 2022 in the east.', '2022', { year: 2022 }],
    ['It was published on 2025-03-04 at noon.', '2025-03-04', { year: 2025, month: 3, day: 4 }],
    ['It happened on the 4th of March, 2025.', '4th of March, 2025', { month: 3, day: 4, year: 2025 }],
    ['The quake struck yesterday.', 'yesterday', { relative: 'yesterday' }],
    ['Talks collapsed last week in Geneva.', 'last week', { relative: 'last week' }],
    ['Talks resume next Tuesday.', 'next Tuesday', { relative: 'next tuesday' }],
    ['Profits fell in the past year.', 'past year', { relative: 'last year' }],
  ])('%j → %j', (text, surface, value) => {
    const fact = onlyFact(text, 'date');
    expect(fact.surface).toBe(surface);
    expect(fact.value).toEqual({ type: 'date', ...value });
  });

  it.each<[string]>([
    ['It may take time.'],
    ['He came in May.'], // "May" alone is too often the verb
    ['More than 10,000 soldiers arrived.'],
    ['The sunday market opened.'],
    ['Today many in the media say otherwise.'],
    ['Ukraine captured ground this year.'],
  ])('%j has no date', (text) => {
    expect(factsOf(text, 'date')).toEqual([]);
  });
});

describe("relative dates and the article's own date", () => {
  const dated = (text: string) =>
    extractFacts([segmented('s', `KYIV, November 17, 2024 - Officials spoke.\n\n${text}`)])
      .filter((f) => f.kind === 'date' && f.sentence > 0)
      .map((f) => f.value);

  it.each([
    ['The strike came yesterday.', { year: 2024, month: 11, day: 16, weekday: 6 }],
    ['Talks resume tomorrow.', { year: 2024, month: 11, day: 18, weekday: 1 }],
    ['Talks collapsed last week.', { relative: 'last week' }],
  ])('%j in an article dated November 17, 2024 → %j', (text, value) => {
    expect(dated(text)).toEqual([{ type: 'date', ...value }]);
  });

  it('stays relative when the article states no date of its own', () => {
    expect(
      extractFacts([segmented('s', 'Officials spoke.\n\nThe strike came yesterday.')])
        .filter((f) => f.kind === 'date')
        .map((f) => f.value),
    ).toEqual([{ type: 'date', relative: 'yesterday' }]);
  });
});
