import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';
import { tokenize } from '../../src/extract/tokens.js';
import { isIndirectSpeech, sameWording, wordingOverlap } from '../../src/extract/quotes/spans.js';
import { findNameCandidates, sameSurname, compatibleGivenNames } from '../../src/extract/people/names.js';
import { isTitleCase } from '../../src/extract/people/title-case.js';
import type { Fact, PersonValue, QuoteValue, SegmentedSource, Sentence } from '../../src/types.js';

/** A source from paragraphs of sentences, positions filled in as the segmenter would. */
function sourceOf(id: string, paragraphs: string[][]): SegmentedSource {
  const sentences: Sentence[] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, p) => {
    let column = 1;
    for (const text of paragraph) {
      sentences.push({ source: id, index: sentences.length, text, line: 2 * p + 1, column, offset, paragraph: p });
      offset += text.length + 1;
      column += text.length + 1;
    }
    offset += 1;
  });
  return { id, path: `${id}.txt`, text: paragraphs.map((p) => p.join(' ')).join('\n\n'), sentences, boilerplate: [] };
}

const people = (facts: Fact[]) => facts.filter((f) => f.kind === 'person').map((f) => f.value as PersonValue);
/** The quotes' values, without how their speaker was found (that has its own table below). */
const quotes = (facts: Fact[]) =>
  facts
    .filter((f) => f.kind === 'quote')
    .map((f) => {
      const { speakerInferred: _, ...value } = f.value as QuoteValue;
      return value;
    });

describe('names with roles (name candidates)', () => {
  it.each<[string, string, string | null]>([
    [
      'Polish Foreign Minister Radoslaw Sikorski said the decision was right.',
      'Radoslaw Sikorski',
      'Polish Foreign Minister',
    ],
    [
      'The move was praised by Republican Representative Mike Turner on Sunday.',
      'Mike Turner',
      'Republican Representative',
    ],
    ['Brightfield Chief Executive Tom Adair said costs rose.', 'Tom Adair', 'Chief Executive'],
    ['Ukrainian President Volodymyr Zelenskiy said it came too late.', 'Volodymyr Zelenskiy', 'Ukrainian President'],
    ['Richard Grenell, a former ambassador, said so.', 'Richard Grenell', null],
    ['Officials say V. Putin understands.', 'V. Putin', null],
    // Real coverage: an occupation before the name is its role ("Model Chrissy Teigen live-tweeted").
    ['On the flight, Model Chrissy Teigen live-tweeted.', 'Chrissy Teigen', 'Model'],
    ['Then Eyewitness Damien Allemend said it was chaos.', 'Damien Allemend', 'Eyewitness'],
    // A city is no person (real coverage: "after the finish in Sao Paula said" made "Sao Paula" a speaker).
    ['Felipe Massa spoke after the finish in Sao Paulo on Sunday.', 'Felipe Massa', null],
  ])('%j → %j, role %j', (text, name, role) => {
    const candidates = findNameCandidates(tokenize(text), false).filter((c) => c.parts.length >= 2);
    expect(candidates.map((c) => [c.parts.join(' '), c.role])).toEqual([[name, role]]);
    const found = candidates[0]!;
    expect(text.slice(found.start, found.end)).toBe(name);
  });
});

describe('names with roles (person facts)', () => {
  it.each<[string, string, string | null]>([
    [
      'Polish Foreign Minister Radoslaw Sikorski said on X that the decision was made ' +
        'in a language that everyone understands.',
      'Radoslaw Sikorski',
      'Polish Foreign Minister',
    ],
    [
      'The move was praised on Sunday by Republican Representative Mike Turner, who chairs the intelligence committee.',
      'Mike Turner',
      'Republican Representative',
    ],
    [
      'Brightfield Chief Executive Tom Adair said costs had risen sharply over the last year in all of its markets.',
      'Tom Adair',
      'Chief Executive',
    ],
  ])('%j → %j (%j)', (text, name, role) => {
    expect(people(extractFacts([sourceOf('a', [[text]])]))).toEqual([{ type: 'person', name, role }]);
  });
});

describe('capitalised runs that are not people', () => {
  it.each<[string]>([
    ['The White House declined to comment on the decision when asked by reporters on Monday.'],
    ['A report published by the Atlantic Council on Monday said the decision came late.'],
    ['Ukraine has received dozens of Bradley Fighting Vehicles from its allies this year.'],
    ['He warned that the decision could lead to World War Three if nobody stepped back.'],
    ['Biden Permits Ukraine to Utilize American Weapons for Strikes Inside Russia'],
    ['Since January the Kremlin has said little about the North Korean troops in Kursk.'],
  ])('%j names nobody', (text) => {
    expect(people(extractFacts([sourceOf('a', [[text]])]))).toEqual([]);
  });

  it.each<[string, boolean]>([
    ['Biden Permits Ukraine to Utilize U.S. Weapons for Attacks Inside Russia', true],
    ['Biden Permits Ukraine To Use Long-Range Missiles', true],
    ['The White House declined to comment on the decision when asked by reporters on Monday.', false],
  ])('isTitleCase(%j) → %s', (text, expected) => {
    expect(isTitleCase(text)).toBe(expected);
  });
});

describe('spelling variants resolve to one person', () => {
  it('Zelenskiy / Zelenskyy / Zelensky', () => {
    const facts = extractFacts([
      sourceOf('a', [
        [
          'Ukrainian President Volodymyr Zelenskiy said on Tuesday that the decision came ' +
            'far too late for his country.',
        ],
      ]),
      sourceOf('b', [['Volodymyr Zelenskyy thanked the allies for the decision in a speech late on Monday night.']]),
      sourceOf('c', [['Zelensky said the decision had come too late to change the course of the war.']]),
    ]);
    const found = facts.filter((f) => f.kind === 'person');
    expect(found.map((f) => f.source)).toEqual(['a', 'b', 'c']);
    expect(new Set(found.map((f) => (f.value as PersonValue).name)).size).toBe(1);
    expect(found.map((f) => f.surface)).toEqual(['Volodymyr Zelenskiy', 'Volodymyr Zelenskyy', 'Zelensky']);
  });

  it('"V. Putin" → Vladimir Putin', () => {
    const facts = extractFacts([
      sourceOf('a', [
        ['Russian President Vladimir Putin has warned the West against the move several times this year.'],
      ]),
      sourceOf('b', [
        ['The decision was made in a language that V. Putin understands, officials said in a statement.'],
      ]),
    ]);
    expect(people(facts)).toEqual([
      { type: 'person', name: 'Vladimir Putin', role: 'Russian President' },
      { type: 'person', name: 'Vladimir Putin', role: null },
    ]);
  });

  it.each<[string, string, boolean]>([
    ['Zelenskiy', 'Zelenskyy', true],
    ['Zelenskiy', 'Zelensky', true],
    ['Zelensky', 'Zelenskyy', true],
    ['Grenell', 'Grenell', true],
    ['Sikorski', 'Sikorsky', true],
    ['Turner', 'Trump', false],
    ['Biden', 'Baden', false],
  ])('sameSurname(%j, %j) → %s', (a, b, same) => {
    expect(sameSurname(a, b)).toBe(same);
  });

  // Issue 14: two 100,000-letter names took half a minute to compare; past 40 letters only equal ones match.
  it.each([
    { name: 'other letters', a: `B${'a'.repeat(100_000)}n`, b: `B${'a'.repeat(100_000)}x`, same: false },
    { name: 'the same letters', a: `B${'a'.repeat(100_000)}n`, b: `B${'a'.repeat(100_000)}n`, same: true },
  ])('sameSurname of two 100,000-letter names, $name → $same', ({ a, b, same }) => {
    expect(sameSurname(a, b)).toBe(same);
  });

  it.each<[string, string, boolean]>([
    ['V.', 'Vladimir', true],
    ['Vladimir', 'V.', true],
    ['Joe', 'Joe', true],
    ['V.', 'Joe', false],
    ['Joe', 'Mike', false],
  ])('compatibleGivenNames(%j, %j) → %s', (a, b, same) => {
    expect(compatibleGivenNames(a, b)).toBe(same);
  });
});

interface QuoteCase {
  name: string;
  paragraphs: string[][];
  expected: Array<{ words: string; speaker: string | null; organisation?: boolean; partial: boolean }>;
}

const GRENELL = "Richard Grenell, Trump's former ambassador to Germany, spoke to reporters on Sunday.";

describe('quotes and speakers', () => {
  it.each<QuoteCase>([
    {
      name: 'curly quote, surname-only attribution resolves to the full name seen earlier',
      paragraphs: [[GRENELL, '“The wars will escalate before he leaves office,” Grenell said.']],
      expected: [
        { words: 'The wars will escalate before he leaves office', speaker: 'Richard Grenell', partial: false },
      ],
    },
    {
      name: 'straight quote with "he said" → last named person',
      paragraphs: [
        [
          'Mike Turner, a Republican congressman from Ohio, met reporters on Monday.',
          '"We will respond in kind," he said.',
        ],
      ],
      expected: [{ words: 'We will respond in kind', speaker: 'Mike Turner', partial: false }],
    },
    {
      name: 'speaker named before the quote with a colon',
      paragraphs: [[GRENELL, 'Grenell wrote on X: “This is a dangerous escalation of the war.”']],
      expected: [{ words: 'This is a dangerous escalation of the war.', speaker: 'Richard Grenell', partial: false }],
    },
    {
      name: 'a paragraph that lost its opening mark continues the quote left open before it',
      paragraphs: [
        ['Professor Chris Hughes, a lead author, said: “What we found was a pair of eddies spinning apart.'],
        ['The rings require an area of calm water to ‘puff’ out through.', 'I have seen them only near Australia.”'],
      ],
      expected: [
        { words: 'What we found was a pair of eddies spinning apart.', speaker: 'Chris Hughes', partial: false },
        {
          words: 'The rings require an area of calm water to ‘puff’ out through.',
          speaker: 'Chris Hughes',
          partial: false,
        },
        { words: 'I have seen them only near Australia.', speaker: 'Chris Hughes', partial: false },
      ],
    },
    {
      name: 'a quote opening the paragraph after "X told CBS News:" is X\'s',
      paragraphs: [
        ['Professor Chris Hughes of the University of Liverpool led the study.'],
        ['Hughes told CBS News:'],
        ['“It is unusual.”'],
      ],
      expected: [{ words: 'It is unusual.', speaker: 'Chris Hughes', partial: false }],
    },
    {
      name: 'a sentence that is only a quote goes on with the quote before it in its paragraph',
      paragraphs: [
        ['Professor Chris Hughes of the University of Liverpool led the study.'],
        ['“The rings are rare,” he added.', '“They move fast.”'],
      ],
      expected: [
        { words: 'The rings are rare', speaker: 'Chris Hughes', partial: false },
        { words: 'They move fast.', speaker: 'Chris Hughes', partial: false },
      ],
    },
    {
      name: "a partial quote is the subject's that opens its sentence, an organisation too",
      paragraphs: [['The White House said in a statement on Tuesday that the move was “deeply troubling”.']],
      expected: [{ words: 'deeply troubling', speaker: 'The White House', organisation: true, partial: true }],
    },
    {
      name: '"the scientist said" is the astrophysicist named before, not someone named without a role',
      paragraphs: [
        ['Zhang Yuanxun leads the mission.'],
        ['Astrophysicist Professor Heino Falcke of Radboud University told the Guardian about his talks.'],
        ['"We built up good relations in China," the scientist said.'],
      ],
      expected: [{ words: 'We built up good relations in China', speaker: 'Heino Falcke', partial: false }],
    },
    {
      name: 'a time before the pronoun is no speaker: "On Thursday he said"',
      paragraphs: [['Mayor Rahm Emanuel spoke to reporters.'], ['On Thursday he said: “We won.”']],
      expected: [{ words: 'We won.', speaker: 'Rahm Emanuel', partial: false }],
    },
    {
      name: "an emailed statement is the sender's",
      paragraphs: [['A spokesman for Microsoft emailed Newsweek the following statement: “We cooperate with police.”']],
      expected: [
        {
          words: 'We cooperate with police.',
          speaker: 'A spokesman for Microsoft',
          organisation: true,
          partial: false,
        },
      ],
    },
    {
      name: 'single-quoted partial quote',
      paragraphs: [
        ["Ukraine's leader Volodymyr Zelenskiy said the missiles will 'speak for themselves' when the time comes."],
      ],
      expected: [{ words: 'speak for themselves', speaker: 'Volodymyr Zelenskiy', partial: true }],
    },
    {
      name: 'a lower-case fragment woven into the sentence is partial',
      paragraphs: [[GRENELL, 'Grenell said the decision was “far too late” to matter.']],
      expected: [{ words: 'far too late', speaker: 'Richard Grenell', partial: true }],
    },
    {
      name: 'a quote running over three sentences',
      paragraphs: [
        [
          "Ukraine's leader Volodymyr Zelenskiy said in his nightly address: " +
            '“But attacks are not carried out with words.',
          'Such things are not announced.',
          'The missiles will speak for themselves.”',
        ],
      ],
      expected: [
        { words: 'But attacks are not carried out with words.', speaker: 'Volodymyr Zelenskiy', partial: false },
        { words: 'Such things are not announced.', speaker: 'Volodymyr Zelenskiy', partial: false },
        { words: 'The missiles will speak for themselves.', speaker: 'Volodymyr Zelenskiy', partial: false },
      ],
    },
    {
      name: 'a quote running over three sentences with straight marks',
      paragraphs: [
        [
          "Ukraine's leader Volodymyr Zelenskiy said in his nightly address: " +
            '"But attacks are not carried out with words.',
          'Such things are not announced.',
          'The missiles will speak for themselves."',
        ],
      ],
      expected: [
        { words: 'But attacks are not carried out with words.', speaker: 'Volodymyr Zelenskiy', partial: false },
        { words: 'Such things are not announced.', speaker: 'Volodymyr Zelenskiy', partial: false },
        { words: 'The missiles will speak for themselves.', speaker: 'Volodymyr Zelenskiy', partial: false },
      ],
    },
    {
      name: 'a quote of three sentences attributed after its end: every sentence gets the speaker',
      paragraphs: [
        [
          'Volodymyr Zelenskiy spoke in his nightly address.',
          '“We will not back down.',
          'The missiles will speak for themselves.',
          'Nobody doubts it,” Zelenskiy said.',
        ],
      ],
      expected: [
        { words: 'We will not back down.', speaker: 'Volodymyr Zelenskiy', partial: false },
        { words: 'The missiles will speak for themselves.', speaker: 'Volodymyr Zelenskiy', partial: false },
        { words: 'Nobody doubts it', speaker: 'Volodymyr Zelenskiy', partial: false },
      ],
    },
    {
      name: 'a quote broken by its attribution is one quote',
      paragraphs: [
        [
          'Mayor Ellen Hale toured the levee on Monday.',
          '“This city,” Hale said, “has survived worse floods than this one.”',
        ],
      ],
      expected: [
        { words: 'This city has survived worse floods than this one.', speaker: 'Ellen Hale', partial: false },
      ],
    },
    {
      name: 'two quotes of one sentence each stay two',
      paragraphs: [
        ['Mayor Ellen Hale toured the levee on Monday.', '“We are ready.” Hale said. “The water is falling.”'],
      ],
      expected: [
        { words: 'We are ready.', speaker: 'Ellen Hale', partial: false },
        { words: 'The water is falling.', speaker: 'Ellen Hale', partial: false },
      ],
    },
    {
      name: 'curly single marks',
      paragraphs: [
        ["Ukraine's leader Volodymyr Zelenskiy said the missiles will ‘speak for themselves’ when the time comes."],
      ],
      expected: [{ words: 'speak for themselves', speaker: 'Volodymyr Zelenskiy', partial: true }],
    },
    {
      name: '"said she" after the quote',
      paragraphs: [['Kamala Harris, the vice president, spoke on Monday.', '“We stand with Ukraine,” said she.']],
      expected: [{ words: 'We stand with Ukraine', speaker: 'Kamala Harris', partial: false }],
    },
    {
      name: '"He added:" in the next paragraph → the person named before',
      paragraphs: [[GRENELL], ['He added: “This is a dangerous moment for everyone.”']],
      expected: [{ words: 'This is a dangerous moment for everyone.', speaker: 'Richard Grenell', partial: false }],
    },
    {
      name: 'a quote left open at a paragraph end continues in the next paragraph (wire style)',
      paragraphs: [
        [GRENELL, '“The wars will escalate,” Grenell said. “Nobody wants that outcome for the region.'],
        ['“It is too late now for the people of Ukraine.”'],
      ],
      expected: [
        { words: 'The wars will escalate', speaker: 'Richard Grenell', partial: false },
        { words: 'Nobody wants that outcome for the region.', speaker: 'Richard Grenell', partial: false },
        { words: 'It is too late now for the people of Ukraine.', speaker: 'Richard Grenell', partial: false },
      ],
    },
    {
      name: 'apostrophes are not quote marks',
      paragraphs: [
        ["Ukraine's forces and the soldiers' morale don't depend on Kyiv's allies, Mike Turner said on Monday."],
      ],
      expected: [],
    },
    {
      name: "a quote paragraph continues the previous paragraph's speaker",
      paragraphs: [
        [GRENELL, '“The wars will escalate before he leaves office,” Grenell said.'],
        ['“Nobody in the region wants that outcome.”'],
      ],
      expected: [
        { words: 'The wars will escalate before he leaves office', speaker: 'Richard Grenell', partial: false },
        { words: 'Nobody in the region wants that outcome.', speaker: 'Richard Grenell', partial: false },
      ],
    },
    {
      name: '"Biden\'s move" is not a speaker',
      paragraphs: [["Mike Turner met reporters after Joe Biden's move: “It is a dangerous escalation.”"]],
      expected: [{ words: 'It is a dangerous escalation.', speaker: 'Mike Turner', partial: false }],
    },
    {
      name: "'V. Putin understands.' inside a Sikorski sentence is Sikorski's",
      paragraphs: [
        ['Russian President Vladimir Putin has warned the West against the move several times this year.'],
        ["Polish Foreign Minister Radoslaw Sikorski said the decision was made 'in a language V. Putin understands.'"],
      ],
      expected: [{ words: 'in a language V. Putin understands.', speaker: 'Radoslaw Sikorski', partial: true }],
    },
    {
      name: 'a quote with nobody named is unattributed',
      paragraphs: [['“We need more air defence systems to protect our cities,” the statement read.']],
      expected: [{ words: 'We need more air defence systems to protect our cities', speaker: null, partial: false }],
    },
    {
      name: '"the Ukrainian president said" → the last person named (with that office when known)',
      paragraphs: [
        [
          'Volodymyr Zelenskiy spoke on Sunday.',
          '“Today many in the media say that we have been given permission,” the Ukrainian president said.',
        ],
      ],
      expected: [
        {
          words: 'Today many in the media say that we have been given permission',
          speaker: 'Volodymyr Zelenskiy',
          partial: false,
        },
      ],
    },
    {
      name: '"said the minister" prefers the person who holds that office',
      paragraphs: [
        [
          'Interior Minister Carolina Vidal met Mayor Jorge Ruiz in Calama on Monday.',
          '“We will rebuild every house in this town,” said the minister.',
        ],
      ],
      expected: [{ words: 'We will rebuild every house in this town', speaker: 'Carolina Vidal', partial: false }],
    },
    {
      name: '"he said" after a sentence naming two men → its subject, not the last named',
      paragraphs: [
        [
          'Ukrainian President Volodymyr Zelenskiy met German Chancellor Olaf Scholz in Kyiv on Monday.',
          '“We need more air defence systems now,” he said.',
        ],
      ],
      expected: [{ words: 'We need more air defence systems now', speaker: 'Volodymyr Zelenskiy', partial: false }],
    },
    {
      name: '"the Ukrainian leader said" → the person whose role says Ukrainian',
      paragraphs: [
        [
          'Ukrainian President Volodymyr Zelenskiy met German Chancellor Olaf Scholz in Kyiv on Monday.',
          'Scholz promised two more batteries.',
          '“We need more air defence systems now,” the Ukrainian leader said.',
        ],
      ],
      expected: [{ words: 'We need more air defence systems now', speaker: 'Volodymyr Zelenskiy', partial: false }],
    },
    {
      name: '"the North Korean leader said" is not the South Korean President named last',
      paragraphs: [
        [
          'North Korean leader Kim Jong-un offered talks on Monday.',
          'South Korean President Moon Jae-in welcomed the offer.',
          '“The exercises must be halted,” the North Korean leader said.',
        ],
      ],
      expected: [{ words: 'The exercises must be halted', speaker: 'Kim Jong-un', partial: false }],
    },
    {
      name: 'an organisation that speaks is the speaker, not the person named before',
      paragraphs: [
        [
          'Zoo Director Thane Maynard said the animal was agitated.',
          'The team “made the difficult decision to dispatch the gorilla,” the zoo said.',
        ],
      ],
      expected: [
        {
          words: 'made the difficult decision to dispatch the gorilla',
          speaker: 'the zoo',
          organisation: true,
          partial: true,
        },
      ],
    },
    {
      name: 'a rep for someone is not that someone',
      paragraphs: [['In a statement, a rep for Weinstein said, “Mr. Weinstein acknowledges making an awkward pass.”']],
      expected: [
        {
          words: 'Mr. Weinstein acknowledges making an awkward pass.',
          speaker: 'a rep for Weinstein',
          organisation: true,
          partial: false,
        },
      ],
    },
    {
      name: '"said" with the speaker after it and a full stop',
      paragraphs: [['“This fire is moving faster than anything,” said county emergency manager Paul Oduya.']],
      expected: [{ words: 'This fire is moving faster than anything', speaker: 'Paul Oduya', partial: false }],
    },
    {
      name: 'a so-called name in quotation marks is a term, not a quote',
      paragraphs: [['The so-called “peace plan” was rejected by both sides on Monday.']],
      expected: [],
    },
    {
      // Real coverage (Tarantino, February 2018): titles became quotes credited to the nearest name.
      name: 'a title in quotation marks has no speaker',
      paragraphs: [
        [
          'Thurman and Tarantino worked together in 1994’s “Pulp Fiction,” which Weinstein produced.',
          'She starred in “Kill Bill: Vol. 1” for Miramax.',
        ],
      ],
      expected: [
        { words: 'Pulp Fiction', speaker: null, partial: false },
        { words: 'Kill Bill: Vol. 1', speaker: null, partial: false },
      ],
    },
    {
      name: 'a capitalised phrase after a speech verb is what was said',
      paragraphs: [['Vladimir Dzhabarov warned that the decision could ignite “World War Three”.']],
      expected: [{ words: 'World War Three', speaker: 'Vladimir Dzhabarov', partial: false }],
    },
    {
      // Real coverage (Tarantino, Nice): the outlet that carries an interview, or a photo credit, never speaks.
      name: 'a news outlet or a picture credit is no speaker',
      paragraphs: [
        ['In an interview with Deadline Hollywood on Monday, “I was wrong,” Quentin Tarantino said.'],
        ['Image copyright Getty Images There were bodies. “It was chaos.”'],
      ],
      expected: [
        { words: 'I was wrong', speaker: 'Quentin Tarantino', partial: false },
        { words: 'It was chaos.', speaker: null, partial: false },
      ],
    },
    {
      // Real coverage (Brazilian Grand Prix): the name in apposition to "said father", not the next name.
      name: '"said father, Tom, who …" → Tom Hale, named before',
      paragraphs: [
        [
          'Former driver Tom Hale watched from the garage.',
          '“I must say that he surprised me,” said father, Tom, who competed in Formula One from 1994 to 2003.',
        ],
      ],
      expected: [{ words: 'I must say that he surprised me', speaker: 'Tom Hale', partial: false }],
    },
    {
      name: 'a dubbed nickname is a term, not a quote',
      paragraphs: [['Critics dubbed the package the “bridge to nowhere” last year.']],
      expected: [],
    },
    {
      name: '"called the move ..." is still a quote of the person',
      paragraphs: [
        ['Donald Trump won the election.', 'Trump called the move “very dangerous and reckless” in a post.'],
      ],
      expected: [{ words: 'very dangerous and reckless', speaker: 'Donald Trump', partial: true }],
    },
    {
      name: 'a single quoted word is a term, not a quote',
      paragraphs: [[GRENELL, "Grenell called the decision 'reckless' and left."]],
      expected: [],
    },
  ])('$name', ({ paragraphs, expected }) => {
    expect(quotes(extractFacts([sourceOf('a', paragraphs)]))).toEqual(expected.map((q) => ({ type: 'quote', ...q })));
  });

  it('quote surface and start point at the quoted words', () => {
    const text = '“The wars will escalate before he leaves office,” Grenell said.';
    const facts = extractFacts([sourceOf('a', [[GRENELL, text]])]).filter((f) => f.kind === 'quote');
    expect(facts).toHaveLength(1);
    expect(facts[0]!.sentence).toBe(1);
    expect(text.slice(facts[0]!.start, facts[0]!.start + facts[0]!.surface.length)).toBe(facts[0]!.surface);
    expect(facts[0]!.start).toBe(1);
  });
});

describe('how a speaker was found: named at the quote, or inferred', () => {
  it.each<[string, string[][], boolean]>([
    ['"…," Grenell said', [[GRENELL, '“The wars will escalate,” Grenell said.']], false],
    ['"Hughes told CBS News:" before the quote', [['Chris Hughes told CBS News: “It is unusual.”']], false],
    ['"he said" just after the one man named', [[GRENELL, '“The wars will escalate,” he said.']], false],
    [
      '"he said" after a sentence naming two men',
      [['Richard Grenell met Olaf Scholz in Berlin on Sunday.', '“The wars will escalate,” he said.']],
      true,
    ],
    [
      'a sentence that is only a quote, after a named one (goes on with that speaker, as firmly)',
      [[GRENELL, '“The wars will escalate,” Grenell said. “Nobody wants that.”']],
      false,
    ],
    [
      '"the ambassador said" (an office)',
      [['Richard Grenell, the former US ambassador, spoke on Monday.', '“It is late,” the ambassador said.']],
      true,
    ],
  ])('%s: inferred %s', (_name, paragraphs, inferred) => {
    const values = extractFacts([sourceOf('a', paragraphs)])
      .filter((f) => f.kind === 'quote')
      .map((f) => (f.value as QuoteValue).speakerInferred === true);
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((v) => v === inferred)).toBe(true);
  });
});

describe('isIndirectSpeech', () => {
  const QUOTE = 'We are working hour by hour to reach every family that is still trapped';
  it.each([
    [
      'the same words without quote marks',
      'Vidal said rescuers were working hour by hour to reach every trapped family.',
      true,
    ],
    ['more than half the words, in order', 'Vidal said crews worked hour by hour for every family.', true],
    ['a few words only', 'Vidal said the search for families would go on.', false],
    [
      'quoted again (a quote of its own, compared as a quote)',
      'Vidal said: "We are working hour by hour to reach every family."',
      false,
    ],
  ])('%s → %s', (_name, sentence, expected) => {
    expect(isIndirectSpeech(QUOTE, sentence)).toBe(expected);
  });

  it('needs a quote of at least four content words', () => {
    expect(isIndirectSpeech('Never again', 'She said never again.')).toBe(false);
  });

  it.each([
    // Real coverage (Bitcoin, February 2018): the same topic in scattered words is no report of the quote.
    [
      'This is why most banks have limited their ban to credit cards.',
      'Overnight, UK bank Lloyd’s announced that it would ban cryptocurrency transactions using credit cards.',
      false,
    ],
    // (Tiangong-1): the analyst's words in their order, "the" and "back" left out.
    [
      'The Chinese are pushing back the frontier with such a technically challenging mission',
      'Brian Harvey said that Chinese are pushing the frontier with such a technically challenging mission.',
      true,
    ],
  ])('real coverage: %j reported as %j: %s', (quote, sentence, expected) => {
    expect(isIndirectSpeech(quote, sentence)).toBe(expected);
  });
});

describe('names of real coverage (name candidates a person is founded on)', () => {
  const strong = (text: string) =>
    findNameCandidates(tokenize(text), isTitleCase(text))
      .filter((c) => c.strong)
      .map((c) => c.parts.join(' '));
  it.each<[string, string[]]>([
    ['“The rate of decay is getting higher,” said Jonathan McDowell, an astrophysicist.', ['Jonathan McDowell']],
    ['Park Soo-hyun, the spokesman for President Moon Jae-in, said so.', ['Park Soo-hyun', 'Moon Jae-in']],
    ['The boy, named Zhao Zicong by Chinese media, fell into the well.', ['Zhao Zicong']],
    ['Kim Jong-un said the button is on his desk.', ['Kim Jong-un']],
    ['Hong Kong Disneyland opened on Monday.', []],
    ['Called Phobos-Grunt, the probe failed.', []],
    ['The Solar Dynamics Observatory said the flare was large.', []],
  ])('%j → %j', (text, names) => {
    expect(strong(text)).toEqual(names);
  });

  it('resolves a bare family name to a person named family name first', () => {
    const source = sourceOf('a', [
      ['North Korean leader Kim Jong-un spoke on Monday.', '"We will open talks," Kim said.'],
    ]);
    const facts = extractFacts([source]);
    expect(quotes(facts).map((q) => q.speaker)).toEqual(['Kim Jong-un']);
  });
});

describe('sameWording of quotes in another transcription', () => {
  it.each<[string, string, boolean]>([
    ["I've looked at other areas", 'I have looked at other areas', true],
    ["We don't know yet", 'We do not know yet', true],
    ["They can't steer it", 'They cannot steer it', true],
    ['We know yet', 'We do not know yet', false],
  ])('%j ~ %j: %s', (a, b, same) => {
    expect(sameWording(a, b)).toBe(same);
  });
});

describe('wordingOverlap: whether two quotes can be one quote reworded', () => {
  it.each<[string, string, boolean]>([
    ['The wars will escalate before he leaves office', 'Intensifying conflicts on his way out', true],
    [
      'The entire United States is within range of our nuclear weapons',
      'The entire mainland of the US is within the range of our nuclear weapons',
      true,
    ],
    ['Heavenly Palace', 'Heavenly Place', true],
    // One shared word is a coincidence: "threatening" and "threatened".
    [
      'not want to appear threatening and provocative',
      'these weapons will be used only if our security is threatened',
      false,
    ],
    // Names are what a story's quotes share; they are not what is said.
    [
      'We’re turning on Pixel Visual Core for Pixel 2 users',
      'Pixel Visual Core also runs RAISR, which means zoomed-in shots look sharper',
      false,
    ],
  ])('%j ~ %j: %s', (a, b, one) => {
    expect(wordingOverlap(a, b) > 0).toBe(one);
  });
});
