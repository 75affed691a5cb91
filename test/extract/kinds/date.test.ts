import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../../src/types.js';
import { differenceBetween, factsOf, onlyFact, segmented } from '../../helpers.js';
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
    ['It was published on 2025-03-04 in Paris.', '2025-03-04', { year: 2025, month: 3, day: 4 }],
    ['It happened on the 4th of March, 2025.', '4th of March, 2025', { month: 3, day: 4, year: 2025 }],
    ['The quake struck yesterday.', 'yesterday', { relative: 'yesterday' }],
    ['Talks collapsed last week in Geneva.', 'last week', { relative: 'last week' }],
    ['Talks resume next Tuesday.', 'next Tuesday', { relative: 'next tuesday' }],
    ['Profits fell in the past year.', 'past year', { relative: 'last year' }],
    // Real copy: bare years, ordinal days, lower-case months, holidays and times of day.
    ['Emails were collected during a 2015 sting operation.', '2015', { year: 2015 }],
    ['It was seen on 31st March, 2016.', '31st March, 2016', { month: 3, day: 31, year: 2016 }],
    ['It was seen on 31 March, 2016.', '31 March, 2016', { month: 3, day: 31, year: 2016 }],
    ['It was seen on the 15th of February.', '15th of February', { month: 2, day: 15 }],
    ['It was seen on January 1st.', 'January 1st', { month: 1, day: 1 }],
    ['It was seen on March 31st, 2016.', 'March 31st, 2016', { month: 3, day: 31, year: 2016 }],
    ['It happened on january 5.', 'january 5', { month: 1, day: 5 }],
    ["They met on New Year's Day.", "New Year's Day", { month: 1, day: 1 }],
    ["They met on New Year's Eve.", "New Year's Eve", { month: 12, day: 31 }],
    ['They met on Christmas Day.', 'Christmas Day', { month: 12, day: 25 }],
    ['They met on Christmas Eve.', 'Christmas Eve', { month: 12, day: 24 }],
    ['They met on Boxing Day.', 'Boxing Day', { month: 12, day: 26 }],
    ["They met on Valentine's Day.", "Valentine's Day", { month: 2, day: 14 }],
    ['They met on Halloween.', 'Halloween', { month: 10, day: 31 }],
    ['They met on Christmas Day 2019.', 'Christmas Day 2019', { month: 12, day: 25, year: 2019 }],
    ['It struck at 6.10am.', '6.10am', { hour: 6, minute: 10 }],
    ['It struck at 12:10 p.m.', '12:10 p.m.', { hour: 12, minute: 10 }],
    ['It struck at 9:24 p.m. ET on the coast.', '9:24 p.m. ET', { hour: 21, minute: 24 }],
    ['It struck at 9:24 P.M. on the coast.', '9:24 P.M.', { hour: 21, minute: 24 }],
    ['It struck at 21:24 GMT.', '21:24 GMT', { hour: 21, minute: 24 }],
    ['It struck at 12 am.', '12 am', { hour: 0 }],
    ['It struck at 7pm.', '7pm', { hour: 19 }],
    ['They met at noon.', 'noon', { hour: 12, minute: 0 }],
    ['They met at midnight.', 'midnight', { hour: 0, minute: 0 }],
    ['The form is dated 5/17/2019.', '5/17/2019', { month: 5, day: 17, year: 2019 }],
    ['The form is dated 17/05/2019.', '17/05/2019', { month: 5, day: 17, year: 2019 }],
    ['The form is dated 5/6/2019.', '5/6/2019', { year: 2019 }],
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
    ['They sent 2000 troops.'],
    ['The laptops run Windows 2000.'],
    ['In the 2015/16 season he scored.'],
    ['Prices rose 6.10 percent.'],
    ['The troops march 5 miles a day.'],
    ['It cost $2015 in all.'],
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

describe('date facts: pairs', () => {
  it.each<[string, string, string[] | null]>([
    ['It struck at 9:24 p.m. on the coast.', 'It struck at 21:24 on the coast.', null],
    ['They met at noon.', 'They met at 12:00.', null],
    ['It was seen on 31st March, 2016.', 'It was seen on March 31, 2016.', null],
    ["They met on New Year's Eve.", 'They met on December 31.', null],
    ['It happened on january 5.', 'It happened on January 5.', null],
    ['Emails were collected during a 2015 sting operation.', 'Emails were collected in 2015.', null],
    ['The form is dated 5/17/2019.', 'The form is dated May 17, 2019.', null],
    ['The form is dated 5/17/2019.', 'The form is dated 18/05/2019.', ['value', 'contradiction']],
    ['It struck at 9:24 p.m. on the coast.', 'It struck at 9:34 p.m. on the coast.', ['value', 'contradiction']],
    ['It struck at 9:24 p.m. on the coast.', 'It struck at 9:24 a.m. on the coast.', ['value', 'contradiction']],
    ['It struck at 9:24 p.m. on the coast.', 'It struck at 9 p.m. on the coast.', ['precision']],
    ["They met on New Year's Day.", "They met on New Year's Eve.", ['value', 'contradiction']],
    [
      'Emails were collected during a 2015 sting operation.',
      'Emails were collected in 2016.',
      ['value', 'contradiction'],
    ],
  ])('%j vs %j → %j', (reference, other, aspects) => {
    expect(differenceBetween(reference, other, 'date')).toEqual(aspects);
  });
});
