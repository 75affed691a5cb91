import { describe, expect, it } from 'vitest';
import { contentKeys } from '../../../src/text/words.js';
import type { NumberValue, Qualifier } from '../../../src/types.js';
import { extractFacts } from '../../../src/extract/index.js';
import { differenceBetween, factsOf, onlyFact, sourceOf } from '../../helpers.js';
import { count } from '../../../src/extract/kinds/count.js';
import type { FactOf } from '../../../src/extract/kinds/kind.js';

describe('count facts', () => {
  it.each<[string, string, number, Qualifier, boolean]>([
    [
      'More than 10,000 North Korean soldiers are in Kursk.',
      'More than 10,000 North Korean soldiers',
      10000,
      'above',
      false,
    ],
    ['As many as 12,000 troops arrived.', 'As many as 12,000 troops', 12000, 'upTo', false],
    ['Thousands of troops are there.', 'Thousands of troops', 1000, 'exact', true],
    ['Police said 37 people were killed.', '37 people', 37, 'exact', false],
    ['It was 1.5 million people.', '1.5 million people', 1.5e6, 'exact', false],
    ['A dozen homes burned.', 'A dozen homes', 12, 'exact', false],
    ['About 2,000 workers went on strike.', 'About 2,000 workers', 2000, 'approx', false],
    ['Two soldiers were wounded.', 'Two soldiers', 2, 'exact', false],
    ['At least 200 children were evacuated.', 'At least 200 children', 200, 'atLeast', false],
    // A model's number is part of what is counted, never a count of its own.
    ['SpaceX strapped together three Falcon 9 rockets.', 'three Falcon 9 rockets', 3, 'exact', false],
    ['The airline flies two Boeing 747 jets.', 'two Boeing 747 jets', 2, 'exact', false],
  ])('%j → %j = %d (%s, vague %s)', (text, surface, amount, qualifier, vague) => {
    const fact = onlyFact(text, 'count');
    const value = fact.value as NumberValue;
    expect(fact.surface).toBe(surface);
    expect(value.amount).toBe(amount);
    expect(value.unit).toBe('');
    expect(value.qualifier).toBe(qualifier);
    expect(value.vague).toBe(vague);
  });

  it.each<[string, string[]]>([
    ['More than 10,000 North Korean soldiers are in Kursk.', ['north', 'korean', 'soldier']],
    ['Police said 37 people were killed.', ['peopl']],
    ['A dozen homes burned.', contentKeys('houses')],
    ['US officials said 200 US troops left.', ['usa', 'soldier']],
  ])('subject of %j contains %j', (text, keys) => {
    const fact = onlyFact(text, 'count');
    for (const key of keys) expect(fact.subject).toContain(key);
  });

  it('"troops" and "soldiers" have the same subject', () => {
    const troops = onlyFact('As many as 12,000 troops arrived.', 'count');
    const soldiers = onlyFact('As many as 12,000 soldiers arrived.', 'count');
    expect(troops.subject).toEqual(soldiers.subject);
    expect(troops.subject.length).toBeGreaterThan(0);
  });

  it('"10,000 soldiers" and "10,000 homes" have different subjects', () => {
    const soldiers = onlyFact('They counted 10,000 soldiers.', 'count');
    const homes = onlyFact('They counted 10,000 homes.', 'count');
    expect(soldiers.subject).not.toEqual(homes.subject);
  });

  it('"voted 7-2" is a tally', () => {
    const fact = onlyFact('The court voted 7-2.', 'count');
    expect(fact.surface).toBe('7-2');
    expect(fact.value).toMatchObject({ amount: 7, upper: 2, qualifier: 'tally' });
  });

  it.each<[string]>([
    ['Fighting has gone on since 2022 in the east.'],
    ['He warned of World War Three.'],
    ['Ukraine received more F-16s.'],
    ['One of his advisers resigned.'],
    ['The meeting began at 4:12 in the afternoon.'],
    ['He took office on January 20.'],
    ['He will take office on Jan. 20, 2025.'],
    ['The vote was on 20 January.'],
    ['The range is 306 km.'],
    ['It cost $10 million.'],
    ['Unemployment rose to 15%.'],
  ])('%j has no count', (text) => {
    expect(factsOf(text, 'count')).toEqual([]);
  });

  it.each<[string]>([
    ['Some emails were collected during a 2015 sting operation.'],
    ["The Chang'e 4 probe landed on the far side."],
    ['A Falcon 9 rocket lifted off.'],
    ['He bought an iPhone 8 and a PS4.'],
    ['The Boeing 747 and the Apollo 11 capsule.'],
    ['The laptops run Windows 10.'],
    ['She is ranked No. 2 in the world.'],
    ['He is the #3 seed.'],
    ['She was the number 1 seed.'],
    ['It struck at 6.10am.'],
    ['It happened at 12:10 p.m. on the bridge.'],
  ])('%j has no count', (text) => {
    expect(factsOf(text, 'count')).toEqual([]);
  });

  it.each<[string]>([
    ['Call 1-800-555-0199 for help.'],
    ['Call (202) 555-0143 for help.'],
    ['Call 020 7946 0958 for help.'],
    ['Call +44 20 7946 0958 for help.'],
    ['In the 2015/16 season he scored freely.'],
    ['In the 2015-16 season he scored freely.'],
    ['Read more at https://www.example.com/news/world-55341227 today.'],
    ['Read more at example.co.uk/2019/05/17/story-123 today.'],
  ])('%j states no fact', (text) => {
    expect(extractFacts([sourceOf('a', [text])]).filter((f) => f.kind !== 'person')).toEqual([]);
  });

  it('a bare year is a date: "a 2015 sting operation"', () => {
    expect(onlyFact('Some emails were collected during a 2015 sting operation.', 'date').value).toEqual({
      type: 'date',
      year: 2015,
    });
  });

  it.each<[string, string, number]>([
    ['They sent 1500 people.', '1500 people', 1500],
    ['They sent 2000 troops.', '2000 troops', 2000],
    ['The attack killed 4 and left.', '4', 4],
    ['Some 1, 600 officers were deployed.', 'Some 1, 600 officers', 1600],
  ])('%j → %j', (text, surface, amount) => {
    const fact = onlyFact(text, 'count');
    expect(fact.surface).toBe(surface);
    expect((fact.value as NumberValue).amount).toBe(amount);
  });
});

describe('ages', () => {
  it.each<[string, string, number, string]>([
    ['A five-year-old boy was found.', 'five-year-old', 5, 'years old'],
    ['The 8-year-old was found.', '8-year-old', 8, 'years old'],
    ['A girl aged six was found.', 'aged six', 6, 'years old'],
    ['The boy, 5 years old, was found.', '5 years old', 5, 'years old'],
    ['He was 70 years of age.', '70 years of age', 70, 'years old'],
    ['A two-month-old baby was found.', 'two-month-old', 2, 'months old'],
  ])('%j → %j = %d %s', (text, surface, amount, unit) => {
    const fact = onlyFact(text, 'count');
    expect(fact.surface).toBe(surface);
    expect(fact.value).toMatchObject({ amount, unit });
    expect(fact.subject).toEqual(contentKeys('age'));
    expect(factsOf(text, 'duration')).toEqual([]);
  });

  it.each<[string, string, string[] | null]>([
    ['A five-year-old boy was found.', 'The boy, 5 years old, was found.', null],
    ['A five-year-old boy was found.', 'A boy aged five was found.', null],
    ['The 8-year-old was found.', 'An eight-year-old was found.', null],
    ['A five-year-old boy was found.', 'A boy aged six was found.', ['value', 'contradiction']],
    ['A five-year-old boy was found.', 'The 6-year-old boy was found.', ['value', 'contradiction']],
    ['A two-month-old baby was found.', 'A two-year-old baby was found.', ['unit']],
  ])('%j vs %j → %j', (reference, other, aspects) => {
    expect(differenceBetween(reference, other, 'count')).toEqual(aspects);
  });
});

describe('ordinals', () => {
  it.each<[string, string, number, string[]]>([
    ['He is the 45th president.', '45th president', 45, ['presid']],
    ['She seeks an eighth term.', 'eighth term', 8, ['term']],
    ['It was the 35th day of the strike.', '35th day', 35, contentKeys('day')],
    ['Rates stay unchanged for a third straight year.', 'third straight year', 3, ['year']],
    ['It was the 20th anniversary.', '20th anniversary', 20, ['anniversari']],
  ])('%j → %j', (text, surface, amount, subject) => {
    const fact = onlyFact(text, 'count');
    expect(fact.surface).toBe(surface);
    expect(fact.value).toMatchObject({ amount, unit: 'ordinal' });
    expect(fact.subject).toEqual(subject);
  });

  it.each<[string, string, string[] | null]>([
    ['She seeks an eighth term.', 'She seeks an 8th term.', null],
    ['Rates stay unchanged for a third straight year.', 'Rates stay the same for the third year in a row.', null],
    ['She seeks an eighth term.', 'She seeks a ninth term.', ['value', 'contradiction']],
    // An ordinal never equals a cardinal.
    ['She seeks an eighth term.', 'She seeks eight terms.', ['unit']],
  ])('%j vs %j → %j', (reference, other, aspects) => {
    expect(differenceBetween(reference, other, 'count')).toEqual(aspects);
  });

  it.each<[string]>([
    ['It happened on January 1st.'],
    ['It happened on the 4th of March.'],
    ['A third party was involved.'],
    ['They fear a third world war.'],
  ])('%j has no ordinal count', (text) => {
    expect(factsOf(text, 'count')).toEqual([]);
  });
});

describe('numbered places', () => {
  it('"lap 20" and "the 20th lap" state one place, "lap 20" and "lap 28" two', () => {
    const lap20 = 'Raikkonen crashed on lap 20 of the race.';
    expect((onlyFact(lap20, 'count').value as NumberValue).unit).toBe('ordinal');
    expect(onlyFact(lap20, 'count').surface).toBe('lap 20');
    expect(differenceBetween(lap20, 'Raikkonen crashed on the 20th lap of the race.', 'count')).toBeNull();
    expect(differenceBetween(lap20, 'Raikkonen crashed on lap 28 of the race.', 'count')).not.toBeNull();
  });
});

describe('model numbers and labels', () => {
  it.each([
    'The first component of Chang’e 4 is scheduled to lift off.',
    'The Falcon 9 rockets landed.',
    // A number naming one thing after its noun (real coverage: "Flight 175 was carrying 226 passengers").
    'The plane on flight 175 turned around.',
    'Launches move to pad 40 at Cape Canaveral.',
    'Shots are coming from gate 7.',
  ])('%j states no count', (text) => {
    expect(factsOf(text, 'count')).toEqual([]);
  });
});

describe('ages set off by commas', () => {
  it.each<[string, string, string | undefined]>([
    ['Michael Neu, 67, was charged with wire fraud.', '67', 'Michael Neu'],
    ['The boy, 5, fell into the well.', '5', undefined],
  ])('%j: %j is an age', (text, surface, owner) => {
    const fact = onlyFact(text, 'count');
    expect(fact.surface).toBe(surface);
    expect((fact.value as NumberValue).unit).toBe('years old');
    expect(fact.owner).toBe(owner);
  });

  it('a number between commas after a month is no age', () => {
    expect((onlyFact('Prices rose in March, 12, and fell.', 'count').value as NumberValue).unit).toBe('');
  });
});

describe('counts of people: what befell them says who they are', () => {
  const score = (a: string, b: string, sentence: number) =>
    count.alignScore!(onlyFact(a, 'count') as FactOf<'count'>, onlyFact(b, 'count') as FactOf<'count'>, {
      context: 0.5,
      sentence: () => sentence,
      sameValue: () => false,
    });
  it.each<[string, string, number, boolean]>([
    // Real coverage (Nice, July 2016): a crowd is no toll, nor another attack's toll with no verb of its own.
    ['Thousands of people had gathered for the fireworks.', 'Officials said 77 people died.', 0.3, false],
    ['Thousands of people had gathered for the fireworks.', 'Officials said 77 people died.', 1, true],
    ['At least 84 people were killed.', 'Officials said 77 people died.', 0.3, true],
  ])('%j / %j (sentence similarity %s): may align %s', (a, b, sentence, aligns) => {
    expect(score(a, b, sentence) > 0).toBe(aligns);
  });
});
