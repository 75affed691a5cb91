import { it } from 'vitest';
import { extractFacts } from '../src/extract-facts.js';
import type { SegmentedSource } from '../src/types.js';
function src(id: string, paragraphs: string[][]): SegmentedSource {
  const sentences = []; let offset = 0; let index = 0; let line = 1;
  paragraphs.forEach((p, pi) => { let column = 1;
    for (const text of p) { sentences.push({ source: id, index: index++, text, line, column, offset, paragraph: pi }); offset += text.length + 1; column += text.length + 1; }
    line += 2; offset += 1; });
  return { id, path: `${id}.txt`, text: '', sentences, boilerplate: [] };
}
const facts = ['It was 86 degrees Fahrenheit.', 'The spill covered 2,000 square kilometres.', 'The fine was 10 pounds.', 'A £5 fine rose to 10 pounds.',
 'It cost €10 million.', 'It cost more than $1 billion.', 'It came a few days after the vote.', 'It came two years earlier.', 'After months of appeals he won.',
 'It fell within weeks.', 'It came 48 hours after the vote.', 'It was on May 9.', 'It was in August.', 'He came in May.', 'He came on 20 January 2025.',
 'NATO invoked Article 5 after the attack.', 'The court voted 7-2.', 'The range is between 5 and 7 km.', 'It is a 5 m wall.', 'It holds 3.5 litres.',
 'Police said 37 people were killed.', 'It was 1.5 million people.', 'A dozen homes burned.', 'It cost 4.5 billion dollars.', 'It cost $10 million.',
 'He spent 10 years in jail.', 'It lasted 30 minutes.', 'It happened on Sept. 11, 2001.', 'He took office on January 20.', 'The budget for 2024 rose.', 'About 2,000 workers went on strike.',
 'Turnout was 60.5%.', 'Support fell 3 points.', 'The 306 km range.'];
it('probe facts', () => {
  const f = extractFacts([src('a', facts.map((t) => [t]))]);
  for (const x of f) console.log(JSON.stringify(facts[x.sentence]), x.kind, JSON.stringify(x.surface), JSON.stringify(x.value), JSON.stringify(x.subject), x.topic);
});
