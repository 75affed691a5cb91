// Rows of one distinctive value join (compare/join-values.ts): outlets that word a fact their own way
// still state one fact when they give the same "425kg" or "January 31".
import { describe, expect, it } from 'vitest';
import { compareSources } from '../../src/index.js';
import type { Source } from '../../src/types.js';

const story = (texts: Record<string, string>): Source[] =>
  Object.entries(texts).map(([id, text]) => ({ id, path: `${id}.txt`, text }));

/** The rows of one kind in the report of a story. */
const rowsOfKind = (texts: Record<string, string>, kind: string) =>
  compareSources(story(texts)).facts.filter((f) => f.kind === kind);

/** No cell of the rows is altered. */
const noneAltered = (facts: ReturnType<typeof rowsOfKind>) =>
  facts.every((f) => Object.values(f.sources).every((v) => v.status === 'included'));

/** The sources of each row of `kind` whose wording somewhere contains `value`. */
function rows(texts: Record<string, string>, kind: string, value: string): string[][] {
  return rowsOfKind(texts, kind)
    .filter((f) => Object.values(f.sources).some((v) => (v.value ?? '').includes(value)))
    .map((f) => Object.keys(f.sources).sort());
}

describe('joinSameValues', () => {
  it.each([
    {
      name: 'a mass worded two ways is one row',
      texts: {
        a: 'A Long March rocket will carry a 425kg relay satellite into orbit.\n\nThe launch is planned for June.',
        b: 'The spacecraft, at 425kg, is light for its job.\n\nIt is a first.',
      },
      kind: 'quantity',
      value: '425',
      expected: [['a', 'b']],
    },
    {
      name: 'a day of the month worded two ways is one row, with or without the year',
      texts: {
        a: 'Skywatchers will see a blood moon rising on January 31.\n\nIt is rare.',
        b: 'Come Jan. 31, 2018, the second full moon of the month lights the sky.\n\nAstronomers agree.',
      },
      kind: 'date',
      value: '31',
      expected: [['a', 'b']],
    },
    {
      name: 'small counts of different things stay apart',
      texts: {
        a: 'The mission has two launches planned.\n\nThe agency said so.',
        b: 'The sky will hold two supermoons this month.\n\nThe agency said so.',
      },
      kind: 'count',
      value: 'two',
      expected: [['a'], ['b']],
    },
    {
      name: 'counts of different things stay apart however large',
      texts: {
        a: 'The court heard about 18 emails sent from company accounts.\n\nThe case goes on.',
        b: 'Police made 18 arrests after the raid on the brothel.\n\nThe case goes on.',
      },
      kind: 'count',
      value: '18',
      expected: [['a'], ['b']],
    },
    {
      name: 'a weekday stated once by each outlet is one day',
      texts: {
        a: 'The council voted on Monday to close the road.\n\nResidents were angry.',
        b: 'Shops reopened on Monday after the storm passed.\n\nResidents were relieved.',
      },
      kind: 'date',
      value: 'Monday',
      expected: [['a', 'b']],
    },
    {
      name: 'a weekday stated in two rows of one outlet is two events of that day',
      texts: {
        a: 'The council voted on Monday to close the road.\n\nShops had reopened on Monday after the storm.',
        b: 'Residents were told on Monday that the bridge would shut.\n\nThey were angry.',
      },
      kind: 'date',
      value: 'Monday',
      expected: [['a'], ['a', 'b']],
    },
  ])('$name', ({ texts, kind, value, expected }) => {
    expect(rows(texts, kind, value).sort()).toEqual(expected);
  });

  it('takes in a repeat of the value in a caption as one statement of the source', () => {
    const texts = {
      a: 'In 2013, China completed its first lunar soft landing with Chang’e 3.\n\nThe probe is pictured in 2013.',
      b: 'Back in 2013 the earlier probe became the talk of the town.\n\nIt worked.',
    };
    expect(rows(texts, 'date', '2013')).toEqual([['a', 'b']]);
  });
});

describe('joinSameSubjects', () => {
  it('joins one count of one thing per outlet into one row, so another number is altered', () => {
    const texts = {
      a: 'Crews have 60 excavators in use in the search.\n\nThe boy is trapped.',
      b: 'Around 80 diggers are working around the clock at the scene.\n\nOfficials said little.',
      c: 'Crews said 60 excavators were brought to the farm overnight.\n\nThe family waits.',
    };
    const rows = rowsOfKind(texts, 'count');
    expect(rows).toHaveLength(1);
    expect(
      Object.values(rows[0]!.sources)
        .map((v) => v.status)
        .sort(),
    ).toEqual(['altered', 'included', 'included']);
  });

  it('leaves the rows of a thing apart when an outlet gives two numbers of it', () => {
    const texts = {
      a: 'Some 60 excavators were used at first.\n\nBy Tuesday 100 excavators were at the farm.',
      b: 'Around 80 diggers are working around the clock at the scene.\n\nOfficials said little.',
    };
    const rows = rowsOfKind(texts, 'count');
    expect(rows.length).toBeGreaterThan(1);
  });
});

describe('predicates', () => {
  it('never aligns the dead with the injured, and joins each across wordings', () => {
    const texts = {
      a: 'The blast killed seven people and injured more than 50 on Tuesday.\n\nRescuers searched the rubble.',
      b: 'Seven people died and more than 50 were wounded, officials said.\n\nThe city mourned.',
      c: 'The crash killed nine and hurt dozens.\n\nAn inquiry was opened.',
    };
    const counts = rowsOfKind(texts, 'count');
    const statuses = (value: string) =>
      counts
        .filter((f) => Object.values(f.sources).some((v) => v.value?.includes(value)))
        .map((f) => Object.fromEntries(Object.entries(f.sources).map(([s, v]) => [s, v.status])));
    expect(statuses('even')).toEqual([{ a: 'included', b: 'included', c: 'altered' }]);
    expect(statuses('50')).toEqual([{ a: 'included', b: 'included', c: 'altered' }]);
  });

  it('joins a headline and a body statement of one toll into one cell of each source', () => {
    const texts = {
      a: 'Quake kills at least 37\n\nA quake struck the north on Tuesday, killing at least 37 people, officials said.',
      b: 'Quake kills dozens\n\nA quake struck the north on Tuesday, killing at least 45 people, officials said.',
    };
    const counts = rowsOfKind(texts, 'count');
    expect(counts).toHaveLength(1);
    expect(counts[0]!.sources.b?.value).toBe('at least 45 people');
  });

  it('never makes stolen records of another kind one row because both were stolen', () => {
    const stolen = {
      a: 'Hackers stole the details of 15 million Brits.\n\nThe company apologised.',
      b: 'Hackers stole 209,000 credit card numbers.\n\nThe company apologised on Friday.',
    };
    for (const row of rowsOfKind(stolen, 'count')) expect(Object.keys(row.sources)).toHaveLength(1);
  });

  it('keeps two tolls apart when an outlet states both with different numbers', () => {
    const texts = {
      a: 'The attack killed at least six people.\n\nLast week air strikes killed some 30 civilians in Kunduz.',
      b: 'At least two people died in the attack.\n\nAir strikes last week killed 32 civilians in Kunduz.',
    };
    const counts = rowsOfKind(texts, 'count');
    expect(counts).toHaveLength(2);
    for (const row of counts) expect(Object.keys(row.sources).sort()).toEqual(['a', 'b']);
  });
});

describe('places in an order', () => {
  it('a place in an order is never a number of things ("lap 19" is no "six laps")', () => {
    const texts = {
      a: 'Racing resumed at the end of lap 19 after Ericsson crashed in the rain.\n\nThe rain went on.',
      b: 'Racing resumed six laps after Ericsson crashed in the rain.\n\nThe rain went on.',
    };
    expect(noneAltered(rowsOfKind(texts, 'count'))).toBe(true);
  });
});

describe('times of day', () => {
  it('joins one time across outlets; an unstated half of the day agrees with either, a.m. and p.m. differ', () => {
    const texts = {
      a: 'A fireball lit up the sky at 5:52 p.m. on Tuesday.\n\nWitnesses called police.',
      b: 'It happened at 5:52, a webcam showed.\n\nPeople watched the sky.',
      c: 'The meteor was seen at 5:52 a.m. by a pilot.\n\nNobody was hurt.',
    };
    const times = rowsOfKind(texts, 'date').filter(
      (f) => f.id.startsWith('date:05-52') || f.id.startsWith('date:17-52'),
    );
    expect(times).toHaveLength(1);
    const statuses = Object.fromEntries(Object.entries(times[0]!.sources).map(([s, v]) => [s, v.status]));
    expect(statuses.b).toBe('included');
    expect([statuses.a, statuses.c].sort()).toEqual(['altered', 'included']);
  });
});

describe('relative dates', () => {
  it('never align with calendar dates: "last year" is not a less precise "2030"', () => {
    const texts = {
      a: 'The agency set a goal for 2030 in its plan.\n\nIt was approved.',
      b: 'The agency set its goal last year in a plan.\n\nIt was approved.',
    };
    expect(noneAltered(rowsOfKind(texts, 'date'))).toBe(true);
  });
});
