// The compare stage through the library: small in-memory stories, one known difference each.
import { describe, expect, it } from 'vitest';
import { InputError, compareSources, verdictOf } from '../../src/index.js';
import type { Report, Source } from '../../src/types.js';

const story = (texts: Record<string, string>): Source[] =>
  Object.entries(texts).map(([id, text]) => ({ id, path: `${id}.txt`, text }));

/** The statuses of the one fact of `kind` whose wording in `source` contains `contains`. */
function statuses(report: Report, kind: string, source: string, contains: string): Record<string, string> {
  const facts = report.facts.filter((f) => f.kind === kind && (f.sources[source]?.value ?? '').includes(contains));
  expect(facts, `one ${kind} fact with "${contains}" in ${source}`).toHaveLength(1);
  return Object.fromEntries(report.sources.map(({ id }) => [id, verdictOf(facts[0]!, id).status]));
}

const BASE =
  'The earthquake killed at least 37 people in the north, officials said on Tuesday. ' +
  'Rescue teams pulled 84 survivors from collapsed buildings in the town of Calama. ' +
  '"We are working hour by hour to reach every family," Interior Minister Carolina Vidal told reporters. ' +
  'The quake struck at a depth of 10 kilometres two weeks after a smaller foreshock.';

describe('compareFacts: one edit at a time against two faithful copies', () => {
  it.each([
    {
      name: 'a changed number is altered',
      edit: ['at least 37 people', 'at least 45 people'],
      kind: 'count',
      find: '37',
      expected: 'altered',
    },
    {
      name: 'a changed qualifier is altered',
      edit: ['at least 37 people', 'about 37 people'],
      kind: 'count',
      find: '37',
      expected: 'altered',
    },
    {
      name: 'a number written as words is included',
      edit: ['84 survivors', 'eighty-four survivors'],
      kind: 'count',
      find: '84',
      expected: 'included',
    },
    {
      name: 'a converted unit is included',
      edit: ['10 kilometres', '6.2 miles'],
      kind: 'quantity',
      find: '10 kilometres',
      expected: 'included',
    },
    {
      name: 'a vaguer relative duration is altered',
      edit: ['two weeks after', 'days after'],
      kind: 'duration',
      find: 'two weeks',
      expected: 'altered',
    },
    {
      name: 'a reworded quote is altered',
      edit: ['working hour by hour to reach every family', 'working around the clock to reach every family'],
      kind: 'quote',
      find: 'hour by hour',
      expected: 'altered',
    },
    {
      // No word of what was said kept: on real coverage that is another quote far more often than a rewording.
      name: 'a quote with none of its words left is another quote: the original is omitted',
      edit: ['working hour by hour to reach every family', 'racing the clock'],
      kind: 'quote',
      find: 'hour by hour',
      expected: 'omitted',
    },
    {
      name: 'a dropped sentence omits its facts',
      edit: ['Rescue teams pulled 84 survivors from collapsed buildings in the town of Calama. ', ''],
      kind: 'count',
      find: '84',
      expected: 'omitted',
    },
  ])('$name', ({ edit, kind, find, expected }) => {
    const report = compareSources(story({ a: BASE, b: BASE, c: BASE.replace(edit[0]!, edit[1]!) }));
    expect(statuses(report, kind, 'a', find)).toEqual({ a: 'included', b: 'included', c: expected });
  });

  it('a verbatim partial quote in single quotes is included', () => {
    const partial = BASE.replace(
      '"We are working hour by hour to reach every family," Interior Minister Carolina Vidal told reporters.',
      "Interior Minister Carolina Vidal said crews were working 'hour by hour to reach every family.'",
    );
    const report = compareSources(story({ a: BASE, b: BASE, c: partial }));
    expect(statuses(report, 'quote', 'a', 'hour by hour')).toEqual({ a: 'included', b: 'included', c: 'included' });
  });

  it.each([
    {
      name: 'a direct quote turned into indirect speech is altered, aspect indirect',
      sentence:
        'Interior Minister Carolina Vidal told reporters that they were working hour by hour to reach every family.',
      status: 'altered',
    },
    {
      // The speaker's own release states the words without quoting them.
      name: 'the very words without quotation marks state the quote: included',
      sentence: 'We are working hour by hour to reach every family.',
      status: 'included',
    },
    {
      name: 'a sentence that keeps the speaker but not the words is no quote at all: omitted',
      sentence: 'Interior Minister Carolina Vidal told reporters that the search would go on.',
      status: 'omitted',
    },
  ])('$name', ({ sentence, status }) => {
    const indirect = BASE.replace(
      '"We are working hour by hour to reach every family," Interior Minister Carolina Vidal told reporters.',
      sentence,
    );
    const report = compareSources(story({ a: BASE, b: BASE, c: indirect }));
    const fact = report.facts.find((f) => f.kind === 'quote')!;
    expect(verdictOf(fact, 'c').status).toBe(status);
    if (status === 'altered') {
      expect(fact.sources.c!.aspects).toEqual(['indirect']);
      expect(fact.sources.c!.value).toBe(sentence);
    }
  });

  it('a round conversion that fits two values does not hide the change between them', () => {
    const text = (length: string) => `A landslide buried ${length} of the main highway, officials said.`;
    const report = compareSources(
      story({ wire: text('about 600 metres'), rewrite: text('about 2,000 feet'), edited: text('about 750 metres') }),
    );
    expect(statuses(report, 'quantity', 'wire', '600')).toEqual({
      wire: 'included',
      rewrite: 'included',
      edited: 'altered',
    });
  });

  it('a person given another office is altered (role), a reworded title is not', () => {
    const text = (role: string) => `${role} Radoslaw Sikorski welcomed the decision on Sunday.`;
    const report = compareSources(
      story({
        a: text('Polish Foreign Minister'),
        b: text("Poland's Foreign Minister"),
        c: text('Polish Defence Minister'),
      }),
    );
    const fact = report.facts.find((f) => f.kind === 'person')!;
    expect(Object.fromEntries(report.sources.map(({ id }) => [id, verdictOf(fact, id).status]))).toEqual({
      a: 'included',
      b: 'included',
      c: 'altered',
    });
    expect(fact.sources.c!.aspects).toEqual(['role']);
  });

  it('a quote broken by its attribution matches the same quote written whole', () => {
    const intro = 'Mayor Ellen Hale toured the levee on Monday. ';
    const broken = `${intro}“This city,” Hale said, “has survived worse floods than this one.”`;
    const whole = `${intro}“This city has survived worse floods than this one,” Hale said.`;
    const report = compareSources(story({ a: broken, b: broken, c: whole }));
    const quotes = report.facts.filter((f) => f.kind === 'quote');
    expect(quotes).toHaveLength(1);
    expect(verdictOf(quotes[0]!, 'c').status).toBe('included');
  });

  it('a copy that does not say which way a number moved cannot hide a flipped direction', () => {
    // The edited copy also changes another figure, so it is the less trusted witness in a one-to-one tie.
    const text = (verb: string, staff = '1,800') =>
      `Brightwater shares ${verb} 22% in early trading on Monday. The company employs ${staff} people.`;
    const report = compareSources(
      story({ wire: text('jumped'), rewrite: text('moved'), edited: text('slumped', '2,400') }),
    );
    expect(statuses(report, 'percent', 'wire', '22%')).toEqual({
      wire: 'included',
      rewrite: 'included',
      edited: 'altered',
    });
  });

  it.each([
    {
      name: 'two different things one speaker said in unrelated stories are two quotes, each stated once',
      a:
        'Mayor Ellen Hale opened the new library on Monday. ' +
        '“Every child in this city deserves a place to read,” Hale said.',
      b:
        'Mayor Ellen Hale announced a budget freeze on Friday. ' +
        '“We cannot spend money the council has not raised,” Hale said.',
      quotes: 2,
    },
    {
      name: 'the same thing said in other words by the same speaker is one quote, reworded',
      a:
        'Mayor Ellen Hale opened the new library on Monday. ' +
        '“Every child in this city deserves a place to read,” Hale said.',
      b:
        'Mayor Ellen Hale opened the new library on Monday. ' +
        '“Every child in the city deserves somewhere to read,” Hale said.',
      quotes: 1,
    },
  ])('$name', ({ a, b, quotes }) => {
    const report = compareSources(story({ a, b }));
    const found = report.facts.filter((f) => f.kind === 'quote');
    expect(found).toHaveLength(quotes);
    if (quotes === 1) expect(verdictOf(found[0]!, 'b').status).not.toBe('omitted');
  });

  it('a quote given to another speaker is altered', () => {
    const moved = BASE.replace('Interior Minister Carolina Vidal told reporters', 'Mayor Jorge Ruiz told reporters');
    const report = compareSources(story({ a: BASE, b: BASE, c: moved }));
    const fact = report.facts.find((f) => f.kind === 'quote')!;
    expect(verdictOf(fact, 'c').status).toBe('altered');
    expect(fact.sources.c!.aspects).toContain('speaker');
  });
});

describe('compareFacts: reference and uniqueness', () => {
  const edited = BASE.replace('at least 37 people', 'at least 45 people');

  it('takes the consensus by default and a named source with --reference', () => {
    const sources = story({ a: BASE, b: BASE, c: edited });
    expect(statuses(compareSources(sources), 'count', 'c', '45')).toEqual({
      a: 'included',
      b: 'included',
      c: 'altered',
    });
    expect(statuses(compareSources(sources, { reference: 'c' }), 'count', 'c', '45')).toEqual({
      a: 'altered',
      b: 'altered',
      c: 'included',
    });
  });

  it('flags a fact and a claim only one source states', () => {
    const invented = `${BASE} Seismologist Andres Paredo counted 14 aftershocks overnight.`;
    const report = compareSources(story({ a: BASE, b: BASE, c: invented }));
    const person = report.facts.find((f) => f.kind === 'person' && f.label.includes('Paredo'))!;
    expect(person.unique).toBe(true);
    expect(report.uniqueClaims.map((c) => [c.source, c.text])).toEqual([
      ['c', 'Seismologist Andres Paredo counted 14 aftershocks overnight.'],
    ]);
    // Paredo and the 14 aftershocks: facts only c states, counted in its summary and no one else's.
    expect(report.summary.c!.unique).toBe(2);
    expect(report.summary.c!.uniqueClaims).toBe(1);
    expect([report.summary.a!.unique, report.summary.b!.unique]).toEqual([0, 0]);
  });

  it('is independent of the order the sources come in', () => {
    const forward = compareSources(story({ a: BASE, b: BASE, c: edited }));
    const backward = compareSources(story({ a: BASE, b: BASE, c: edited }).reverse());
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
  });
});

describe('compareSources: bad input', () => {
  it.each([
    { name: 'no sources', sources: [] as Source[] },
    { name: 'one source', sources: story({ a: BASE }) },
    { name: 'two sources with one id', sources: [...story({ a: BASE }), ...story({ a: BASE })] },
  ])('$name is an InputError', ({ sources }) => {
    expect(() => compareSources(sources)).toThrow(InputError);
  });
});

describe('ids and order do not depend on file names', () => {
  const texts = { wire: BASE, daily: BASE.replace('at least 37 people', 'at least 45 people'), blog: BASE };
  const renamed = { zz: texts.wire, aa: texts.daily, mm: texts.blog };

  it('gives the same ids under other file names', () => {
    const ids = compareSources(story(texts)).facts.map((f) => f.id);
    expect(compareSources(story(renamed)).facts.map((f) => f.id)).toEqual(ids);
  });

  it('gives the same ids whichever source is the reference when they word the facts alike', () => {
    const ids = compareSources(story(texts))
      .facts.map((f) => f.id)
      .sort();
    expect(
      compareSources(story(texts), { reference: 'daily' })
        .facts.map((f) => f.id)
        .sort(),
    ).toEqual(ids);
  });

  it('with a reference, names facts by its words, so adding a copy renames nothing', () => {
    const reworded = (words: string) => BASE.replace('We are working hour by hour to reach every family', words);
    const two = { wire: BASE, ours: reworded('We work around the clock for every single family') };
    const three = { ...two, theirs: reworded('We are working hour after hour to reach each family') };
    const ids = compareSources(story(two), { reference: 'wire' })
      .facts.map((f) => f.id)
      .sort();
    expect(ids).toContain('quote:carolina-vidal-we-are-working-hour-by-hour');
    expect(
      compareSources(story(three), { reference: 'wire' })
        .facts.map((f) => f.id)
        .sort(),
    ).toEqual(ids);
  });

  it('makes readable ids from content', () => {
    const ids = compareSources(story(texts)).facts.map((f) => f.id);
    expect(ids).toContain('count:people');
    expect(ids).toContain('person:carolina-vidal');
    expect(ids).toContain('quantity:10-km');
  });
});

describe('--reference: what the reference does not state', () => {
  it('marks an addition as not in the reference and does not count it as omitted by the reference', () => {
    const added = `${BASE} Winds reached 150 km/h in the valley.`;
    const report = compareSources(story({ wire: BASE, ours: added }), { reference: 'wire' });
    const wind = report.facts.find((f) => f.kind === 'quantity' && (f.sources.ours?.value ?? '').includes('150'))!;
    expect(wind.inReference).toBe(false);
    expect(report.facts.filter((f) => f.id !== wind.id).every((f) => f.inReference)).toBe(true);
    expect(report.summary.wire!.omitted).toBe(0);
  });
});

describe('who changed', () => {
  it('tells another office against the member it differs from when the reference names none', () => {
    const text = (role: string) => `${role}Nadia Novak said the plan works. The city has 300 buses.`;
    const report = compareSources(
      ['', '', 'Finance Minister ', 'Police Chief '].map((role, i) => ({
        id: `s${i}`,
        path: `s${i}.txt`,
        text: text(role),
      })),
    );
    const person = report.facts.find((f) => f.kind === 'person')!;
    expect(person.sources.s3).toMatchObject({
      status: 'altered',
      aspects: ['role'],
      role: { reference: 'Finance Minister', source: 'Chief' },
    });
    expect(person.sources.s3?.change).not.toContain('null');
  });
});
