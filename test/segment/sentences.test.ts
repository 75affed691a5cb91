import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH, segment, segmentText } from '../../src/segment/sentences.js';

function texts(text: string): string[] {
  return segment('s', text).map((s) => s.text);
}

describe('segment: where sentences end', () => {
  const cases: Array<{ name: string; input: string; expected: string[] }> = [
    {
      name: 'paragraphs glued without a space still split',
      input: 'Rings were seen across the ocean.The rings were spotted from space in the UK.They move fast.',
      expected: [
        'Rings were seen across the ocean.',
        'The rings were spotted from space in the UK.',
        'They move fast.',
      ],
    },
    {
      name: 'a glued opening quote starts the next sentence, a glued closing one ends this',
      input: 'It was seen in one place."My thinking is that they move," said Hughes."It is rare."The end came.',
      expected: [
        'It was seen in one place.',
        '"My thinking is that they move," said Hughes.',
        '"It is rare."',
        'The end came.',
      ],
    },
    {
      name: 'dotted names and addresses stay whole',
      input: 'Write to Jane.Doe@example.com or visit Gov.Brown at U.S.Army sites.',
      expected: ['Write to Jane.Doe@example.com or visit Gov.Brown at U.S.Army sites.'],
    },
    {
      name: 'single initial before a surname',
      input: "It was said in a manner 'V. Putin understands.' Officials agreed.",
      expected: ["It was said in a manner 'V. Putin understands.'", 'Officials agreed.'],
    },
    {
      name: 'U.S.-made does not split',
      input: 'Ukraine may use U.S.-made weapons. The move is new.',
      expected: ['Ukraine may use U.S.-made weapons.', 'The move is new.'],
    },
    {
      name: 'typo U.S without final period',
      input: 'The U.S intelligence community estimates 10,000 troops. Nothing else.',
      expected: ['The U.S intelligence community estimates 10,000 troops.', 'Nothing else.'],
    },
    {
      name: 'U.S. before a capitalised name continues',
      input: 'Two U.S. officials said so. The U.S. State Department declined to comment.',
      expected: ['Two U.S. officials said so.', 'The U.S. State Department declined to comment.'],
    },
    {
      name: 'U.S. at a sentence end before a sentence-opening word',
      input: 'Aid came from the U.S. The Kremlin objected.',
      expected: ['Aid came from the U.S.', 'The Kremlin objected.'],
    },
    {
      name: 'title before a name',
      input: 'Sen. Warren said the vote was close. Gov. Smith and Dr. Jones agreed.',
      expected: ['Sen. Warren said the vote was close.', 'Gov. Smith and Dr. Jones agreed.'],
    },
    {
      name: 'No. before a number',
      input: 'He was ranked No. 5 in the poll. No. 6 was his rival.',
      expected: ['He was ranked No. 5 in the poll.', 'No. 6 was his rival.'],
    },
    {
      name: 'clock time followed by lower case',
      input: 'The strike began at 4:12 a.m. on Monday. Sirens sounded.',
      expected: ['The strike began at 4:12 a.m. on Monday.', 'Sirens sounded.'],
    },
    {
      name: 'clock time followed by a weekday',
      input: 'The strike began at 4:12 a.m. Monday, officials said.',
      expected: ['The strike began at 4:12 a.m. Monday, officials said.'],
    },
    {
      name: 'clock time at a sentence end',
      input: 'The talks ended at 4 p.m. The delegates left.',
      expected: ['The talks ended at 4 p.m.', 'The delegates left.'],
    },
    {
      name: 'a clock time in a named time zone',
      input: 'The attack began at 6 a.m. Moscow time (0400 GMT). Sirens sounded.',
      expected: ['The attack began at 6 a.m. Moscow time (0400 GMT).', 'Sirens sounded.'],
    },
    {
      name: 'a dateline with a state abbreviation and the agency',
      input: 'SPRINGFIELD, Ill. (AP) — The governor signed the bill on Monday. It takes effect in May.',
      expected: ['SPRINGFIELD, Ill. (AP) — The governor signed the bill on Monday.', 'It takes effect in May.'],
    },
    {
      name: 'approx. and pop. before a number',
      input: 'Approx. 3,000 troops crossed. Ukraine (pop. 38 million) objected.',
      expected: ['Approx. 3,000 troops crossed.', 'Ukraine (pop. 38 million) objected.'],
    },
    {
      name: 'thousands separator and decimals',
      input: 'More than 10,000 troops were sent. Output fell 3.5 percent. Prices rose.',
      expected: ['More than 10,000 troops were sent.', 'Output fell 3.5 percent.', 'Prices rose.'],
    },
    {
      name: 'URL with dots',
      input: 'Read it at https://example.com/a.b today. It is free.',
      expected: ['Read it at https://example.com/a.b today.', 'It is free.'],
    },
    {
      name: 'URL at a sentence end',
      input: 'Read it at https://example.com/a.b. It is free.',
      expected: ['Read it at https://example.com/a.b.', 'It is free.'],
    },
    {
      name: 'e-mail address',
      input: 'Write to alimusa@axadletimes.com for details. Replies are slow.',
      expected: ['Write to alimusa@axadletimes.com for details.', 'Replies are slow.'],
    },
    {
      name: 'single-quoted ending belongs to the sentence',
      input: "Zelenskiy stated that the missiles would 'speak for themselves.' The White House declined to comment.",
      expected: [
        "Zelenskiy stated that the missiles would 'speak for themselves.'",
        'The White House declined to comment.',
      ],
    },
    {
      name: 'curly double-quoted ending belongs to the sentence',
      input: '“The missiles will speak for themselves.” Next came the reaction.',
      expected: ['“The missiles will speak for themselves.”', 'Next came the reaction.'],
    },
    {
      name: 'question in quotes followed by attribution',
      input: '“Really?” he asked. “Yes,” she said.',
      expected: ['“Really?” he asked.', '“Yes,” she said.'],
    },
    {
      name: 'comma inside quotes followed by a name',
      input: '“The wars will escalate before he leaves office,” Grenell said in an X post.',
      expected: ['“The wars will escalate before he leaves office,” Grenell said in an X post.'],
    },
    {
      name: 'closing quote then period',
      input: 'It could ignite “World War Three”. Such a declaration is rare.',
      expected: ['It could ignite “World War Three”.', 'Such a declaration is rare.'],
    },
    {
      name: 'sentence starting with an opening quote',
      input: 'He spoke briefly. “We will win,” he said.',
      expected: ['He spoke briefly.', '“We will win,” he said.'],
    },
    {
      name: 'ellipsis before a capital',
      input: 'He paused… Then he left. She waited... and waited.',
      expected: ['He paused…', 'Then he left.', 'She waited... and waited.'],
    },
    {
      name: 'initials in a row',
      input: 'J. R. R. Tolkien wrote it. Readers loved it.',
      expected: ['J. R. R. Tolkien wrote it.', 'Readers loved it.'],
    },
    {
      name: 'company abbreviation mid-sentence and at the end',
      input: 'Acme Inc. Chief Executive Jane Roe resigned. She joined Acme Inc. It was 2019.',
      expected: ['Acme Inc. Chief Executive Jane Roe resigned.', 'She joined Acme Inc.', 'It was 2019.'],
    },
    {
      name: 'month abbreviation before a day',
      input: 'He takes office on Jan. 20 next year. Aides agree.',
      expected: ['He takes office on Jan. 20 next year.', 'Aides agree.'],
    },
    {
      name: 'headline without final punctuation is its own unit',
      input: 'Biden Permits Ukraine to Utilize U.S. Weapons\nIn a startling twist, officials spoke.',
      expected: ['Biden Permits Ukraine to Utilize U.S. Weapons', 'In a startling twist, officials spoke.'],
    },
    {
      name: 'subheading in quotes',
      input: "Some text here.\n\n'WAY TOO LATE'\n\nMore text.",
      expected: ['Some text here.', "'WAY TOO LATE'", 'More text.'],
    },
    {
      name: 'a line break mid-sentence before lower case continues the sentence',
      input: 'The strikes will use ATACMS rockets, which have a range\nof up to 190 miles. Kyiv agreed.',
      expected: ['The strikes will use ATACMS rockets, which have a range\nof up to 190 miles.', 'Kyiv agreed.'],
    },
    {
      name: 'a line break before a number continues the sentence',
      input: 'Officials said more than\n10,000 soldiers had arrived.',
      expected: ['Officials said more than\n10,000 soldiers had arrived.'],
    },
    {
      name: 'a headline stays apart from a first paragraph that opens with a number',
      input: 'Storm hits the north coast\n12 people died on Monday.',
      expected: ['Storm hits the north coast', '12 people died on Monday.'],
    },
    {
      name: 'an abbreviated March before a day',
      input: 'The vote is on Mar. 9 in Kyiv. It passed on Mar. 4. Nobody objected.',
      expected: ['The vote is on Mar. 9 in Kyiv.', 'It passed on Mar. 4.', 'Nobody objected.'],
    },
    {
      name: 'a headline without punctuation stays apart from a capitalised first paragraph',
      input: 'Biden Permits Ukraine to Use Weapons\nIn a startling twist, officials spoke.',
      expected: ['Biden Permits Ukraine to Use Weapons', 'In a startling twist, officials spoke.'],
    },
    {
      name: 'a hard-wrapped text joins its lines, capitals included, and keeps paragraphs apart',
      input: [
        'Ukraine may now strike deep inside Russia with long-range',
        'American missiles, two officials said on Sunday, a shift that',
        'Moscow has warned against for months. The decision follows the',
        'arrival of more than 10,000 North Korean soldiers in Kursk.',
        '',
        'The Kremlin did not comment on the reports on Sunday evening.',
      ].join('\n'),
      expected: [
        'Ukraine may now strike deep inside Russia with long-range\n' +
          'American missiles, two officials said on Sunday, a shift that\n' +
          'Moscow has warned against for months.',
        'The decision follows the\narrival of more than 10,000 North Korean soldiers in Kursk.',
        'The Kremlin did not comment on the reports on Sunday evening.',
      ],
    },
    {
      name: 'list items are never joined to the line before',
      input: 'The plan has three parts\n- more air defence\n- more long-range missiles\n1. a new loan',
      expected: ['The plan has three parts', '- more air defence', '- more long-range missiles', '1. a new loan'],
    },
    {
      name: 'exclamation and question marks',
      input: 'Stop! Who goes there? Nobody.',
      expected: ['Stop!', 'Who goes there?', 'Nobody.'],
    },
    {
      name: 'bullet lists: each item is its own unit, and an item of two sentences splits',
      input:
        'Key points:\n- Ukraine may strike with ATACMS. Their range is 306 km.\n' +
        '- Russia warned of escalation\n• Biden leaves office Jan. 20',
      expected: [
        'Key points:',
        '- Ukraine may strike with ATACMS.',
        'Their range is 306 km.',
        '- Russia warned of escalation',
        '• Biden leaves office Jan. 20',
      ],
    },
    {
      name: 'numbered list items keep their marker',
      input: '1. The first measure passed. It was close.\n2) The second failed',
      expected: ['1. The first measure passed.', 'It was close.', '2) The second failed'],
    },
    {
      name: 'AP file-photo caption keeps its closing credit',
      input:
        'FILE - In this photo taken Nov. 18, 2024, a soldier stands guard in Kyiv. (AP Photo/Efrem Lukatsky, File)\n' +
        'The war continues.',
      expected: [
        'FILE - In this photo taken Nov. 18, 2024, a soldier stands guard in Kyiv. (AP Photo/Efrem Lukatsky, File)',
        'The war continues.',
      ],
    },
    {
      name: 'a reporting credit after the last sentence stays with it',
      input: 'The talks resume on Monday. (Reporting by Tom Balmforth; Editing by Alex Richardson)',
      expected: ['The talks resume on Monday. (Reporting by Tom Balmforth; Editing by Alex Richardson)'],
    },
    {
      name: 'an agency sign-off after a dash stays with the last sentence',
      input: 'More than 30 buildings collapsed, officials said. — Reuters',
      expected: ['More than 30 buildings collapsed, officials said. — Reuters'],
    },
    {
      name: 'a bracketed sentence is still a sentence',
      input: 'The talks resume on Monday. (The Kremlin denied it.)',
      expected: ['The talks resume on Monday.', '(The Kremlin denied it.)'],
    },
    {
      name: 'a quote of three sentences splits at each, the last keeps its attribution',
      input:
        '“We will not back down. The missiles will speak for themselves. ' +
        'Nobody doubts it,” Zelenskiy said. Others agreed.',
      expected: [
        '“We will not back down.',
        'The missiles will speak for themselves.',
        'Nobody doubts it,” Zelenskiy said.',
        'Others agreed.',
      ],
    },
    {
      name: 'Reuters caption with a slash credit',
      input: 'FILE PHOTO: Servicemen fire a shell in Donetsk, November 18, 2024. REUTERS/Stringer/File Photo',
      expected: ['FILE PHOTO: Servicemen fire a shell in Donetsk, November 18, 2024.', 'REUTERS/Stringer/File Photo'],
    },
    {
      name: 'no-break and zero-width spaces after a full stop',
      input: 'He left.\u00A0The vote was close. It ended.\u200B Nobody stayed.',
      expected: ['He left.', 'The vote was close.', 'It ended.', 'Nobody stayed.'],
    },
    {
      name: 'a soft hyphen inside a word changes nothing',
      input: 'The repair cost £12 mil\u00ADlion. Work begins soon.',
      expected: ['The repair cost £12 mil\u00ADlion.', 'Work begins soon.'],
    },
    {
      name: 'a line of invisible characters is blank',
      input: 'First.\n\u200B\u00AD\nSecond.',
      expected: ['First.', 'Second.'],
    },
    {
      name: 'empty and blank input',
      input: '\n   \n\t\n',
      expected: [],
    },
  ];

  it.each(cases)('$name', ({ input, expected }) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('segment: positions', () => {
  const text = [
    'Biden Permits Ukraine to Use U.S. Weapons', // line 1
    '', // line 2
    '  The move is new. Kyiv welcomed it.', // line 3, two leading spaces
    'Cookie notice. Accept all.', // line 4 (skipped in one test)
    '\tIt ends here.', // line 5, leading tab
  ].join('\n');

  it('reports source, index, line, column, offset and paragraph', () => {
    const sentences = segment('src-a', text);
    expect(
      sentences.map(({ text: t, line, column, paragraph, index }) => ({ t, line, column, paragraph, index })),
    ).toEqual([
      { t: 'Biden Permits Ukraine to Use U.S. Weapons', line: 1, column: 1, paragraph: 0, index: 0 },
      { t: 'The move is new.', line: 3, column: 3, paragraph: 1, index: 1 },
      { t: 'Kyiv welcomed it.', line: 3, column: 20, paragraph: 1, index: 2 },
      { t: 'Cookie notice.', line: 4, column: 1, paragraph: 2, index: 3 },
      { t: 'Accept all.', line: 4, column: 16, paragraph: 2, index: 4 },
      { t: 'It ends here.', line: 5, column: 2, paragraph: 3, index: 5 },
    ]);
    for (const s of sentences) {
      expect(s.source).toBe('src-a');
      expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
    }
    expect(sentences[1]?.offset).toBe(text.indexOf('The move'));
  });

  it('gives a sentence that starts on a wrapped line that line and its column', () => {
    const wrapped = 'The strikes use rockets, which have a range\nof up to 190 miles. Kyiv agreed\nto the plan.';
    const sentences = segment('w', wrapped);
    expect(sentences.map(({ line, column, paragraph }) => ({ line, column, paragraph }))).toEqual([
      { line: 1, column: 1, paragraph: 0 },
      { line: 2, column: 21, paragraph: 0 },
    ]);
  });

  it('never joins a line to a skipped line', () => {
    const sentences = segment('w', 'It has a range\nSource link\nof up to 190 miles.', { skipLines: new Set([2]) });
    expect(sentences.map((s) => s.text)).toEqual(['It has a range', 'of up to 190 miles.']);
  });

  it('leaves skipped lines out entirely, including from paragraph numbers', () => {
    const sentences = segment('src-a', text, { skipLines: new Set([1, 4]) });
    expect(sentences.map(({ text: t, line, paragraph, index }) => ({ t, line, paragraph, index }))).toEqual([
      { t: 'The move is new.', line: 3, paragraph: 0, index: 0 },
      { t: 'Kyiv welcomed it.', line: 3, paragraph: 0, index: 1 },
      { t: 'It ends here.', line: 5, paragraph: 1, index: 2 },
    ]);
  });

  it('counts one paragraph per non-empty line with or without blank lines between', () => {
    const packed = segment('p', 'One. Two.\nThree.\nFour.');
    const spaced = segment('p', 'One. Two.\n\n\nThree.\n\nFour.');
    expect(packed.map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
    expect(spaced.map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
    expect(spaced.map((s) => s.line)).toEqual([1, 1, 4, 6]);
  });

  it('trims trailing whitespace and keeps offsets true after non-ASCII characters', () => {
    const input = '“Zelenskiy’s plea.” Kyiv agreed.   \n';
    const sentences = segment('p', input);
    expect(sentences.map((s) => s.text)).toEqual(['“Zelenskiy’s plea.”', 'Kyiv agreed.']);
    expect(sentences[1]?.offset).toBe(input.indexOf('Kyiv'));
    expect(sentences[1]?.column).toBe(input.indexOf('Kyiv') + 1);
  });
});

// Issue 14: a sentence's text goes into the report with each of its facts, so "1, 2, 3, …" to 100,000 in one
// sentence made gigabytes of JSON; and the line of each sentence of a paragraph was searched from its end
// (100,000 wrapped lines took the square of that).
describe('segment: sentences over MAX_SENTENCE_LENGTH', () => {
  const counting = (n: number) => Array.from({ length: n }, (_, i) => i + 1).join(', ');
  const words = (word: string, n: number) => `${word} `.repeat(n);
  it.each([
    { name: 'a short sentence is whole', text: 'The quake killed 37 people.', pieces: 1, cut: 0 },
    { name: 'exactly the limit is whole', text: `${'a'.repeat(MAX_SENTENCE_LENGTH - 1)}.`, pieces: 1, cut: 0 },
    { name: '"1, 2, 3, …" to 100,000', text: `The numbers were ${counting(100_000)}.`, pieces: 346, cut: 1 },
    { name: 'a 10,000-letter word', text: 'a'.repeat(10_000), pieces: 5, cut: 1 },
    { name: 'two long sentences', text: `${words('word', 500)}end. ${words('Word', 500)}end.`, pieces: 4, cut: 2 },
  ])('$name: $pieces piece(s)', ({ text, pieces, cut }) => {
    const result = segmentText('s', text);
    expect(result.cut).toBe(cut);
    expect(result.sentences.length).toBe(pieces);
    for (const s of result.sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    // Nothing is lost: the pieces hold every character, and between them only spaces.
    const ends = [0, ...result.sentences.flatMap((s) => [s.offset, s.offset + s.text.length]), text.length];
    for (let k = 0; k < ends.length; k += 2) expect(text.slice(ends[k], ends[k + 1]).trim()).toBe('');
  });

  it('a piece ends at a space, never between the halves of a surrogate pair', () => {
    const [first] = segmentText('s', `a${'😀'.repeat(2000)}`).sentences;
    expect(first?.text.length).toBe(MAX_SENTENCE_LENGTH - 1);
    const [a, b] = segmentText('s', `${'x'.repeat(1500)} ${'y'.repeat(1000)}`).sentences;
    expect([a?.text.length, b?.text]).toEqual([1500, 'y'.repeat(1000)]);
  });

  it('100,000 wrapped lines of one paragraph: each sentence where it starts', () => {
    const sentences = segment('s', Array(100_000).fill('he said. And').join('\n'));
    expect(sentences.length).toBe(100_001);
    expect(sentences[2]).toMatchObject({ text: 'And\nhe said.', line: 2, column: 10, paragraph: 0 });
    expect(sentences[100_000]).toMatchObject({ text: 'And', line: 100_000, column: 10, paragraph: 0 });
  });
});
