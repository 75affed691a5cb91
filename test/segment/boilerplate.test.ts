import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { findBoilerplate, keepSharedLines } from '../../src/segment/boilerplate.js';

const seedsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'seeds');

/** Rule that flags `line` when it is the only line of a document, or null. */
function ruleFor(line: string): string | null {
  return findBoilerplate(line)[0]?.rule ?? null;
}

describe('findBoilerplate: one line per rule', () => {
  const positives: Array<[string, string]> = [
    [
      'This website uses cookies to improve your experience. ' +
        "We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More",
      'cookie-notice',
    ],
    ['We use cookies to personalise content and ads. Accept all', 'cookie-notice'],
    ['Source link:   https://www.khaleejtimes.com', 'source-link'],
    ['Source link', 'source-link'],
    ['Source: https://example.com/world/story', 'source-link'],
    ['Edited by: Ali Musa', 'edited-by'],
    [
      'Reporting by Mike Stone and Humeyra Pamuk in Washington; ' +
        'Additional reporting by Barbara Erling in Warsaw, Tom Balmforth and Olena Harmash in Kyiv, ' +
        'Matt Spetalnick in Washington; Editing by Scott Malone and Lisa Shumaker',
      'credit-block',
    ],
    ['Additional reporting by Olena Harmash in Kyiv', 'credit-block'],
    ['Writing by Tom Balmforth; Editing by Mark Heinrich', 'credit-block'],
    ['Compiled by Reuters staff', 'credit-block'],
    ['Edited by Ali Musa', 'credit-block'],
    [
      '(Additional reporting by Soyoung Kim SEOUL, Yeganeh Torbati in WASHINGTON. ' +
        'Editing by Kim Coghill and Michael Perry)',
      'credit-block',
    ],
    ['alimusa@axadletimes.com', 'email-only'],
    ['Email: desk@example.org', 'email-only'],
    ['https://www.example.com/world/europe/story-123', 'url-only'],
    ['www.example.com', 'url-only'],
    ['Recent Comments', 'comments'],
    ['Leave a Reply', 'comments'],
    ['Home > News > Politics > Estmark', 'breadcrumb'],
    ['World › Europe › Ukraine', 'breadcrumb'],
    ['Related:', 'related-links'],
    ['Related: Ukraine fires first ATACMS into Russia', 'related-links'],
    ['Read more: What are ATACMS?', 'related-links'],
    ['{Matzav.com}', 'site-tag'],
    ['[Site.com]', 'site-tag'],
    [
      'A wrecked vehicle lies in front of a residential structure damaged by a Russian missile attack in Sumy, ' +
        'Ukraine, on November 18, 2024. — Reuters',
      'photo-caption',
    ],
    ['Firefighters work at the site – AP Photo/Efrem Lukatsky', 'photo-caption'],
    ['FILE PHOTO: Ukrainian servicemen fire a shell towards Russian troops', 'photo-caption'],
    ['Ukrainian troops near Kursk (Photo: Reuters)', 'photo-credit'],
    ['Photo credit: John Doe', 'photo-credit'],
    ['President Biden speaks in Washington. Chip Somodevilla/Getty Images', 'photo-credit'],
    ['Advertisement', 'advertisement'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Continue reading the main story', 'continue-reading'],
    ['Copyright 2024 Reuters. All rights reserved.', 'copyright'],
    ['© 2024 The Associated Press', 'copyright'],
    ['Sign up for our newsletter', 'newsletter-prompt'],
    ['Subscribe to our daily briefing', 'newsletter-prompt'],
    ['Get our free newsletter in your inbox', 'newsletter-prompt'],
    ['Share this article', 'share-prompt'],
    ['Share on Facebook', 'share-prompt'],
    ['Follow us on Twitter', 'share-prompt'],
    ['Follow Matzav on Telegram', 'share-prompt'],
    [
      'FILE - In this photo taken Nov. 18, 2024, a soldier stands guard in Kyiv. (AP Photo/Efrem Lukatsky, File)',
      'photo-caption',
    ],
    ['FILE – Ukrainian servicemen prepare a launcher near Pokrovsk, Oct. 2, 2024.', 'photo-caption'],
    ['Rescuers search the rubble in Sumy on Monday. (AP Photo/Evgeniy Maloletka)', 'photo-caption'],
    ['REUTERS/Stringer/File Photo', 'photo-credit'],
    [
      'Copyright 2024 The Associated Press. All rights reserved. ' +
        'This material may not be published, broadcast, rewritten or redistributed.',
      'copyright',
    ],
    ['This material may not be published, broadcast, rewritten or redistributed.', 'copyright'],
    ['Also read: Ukraine fires first ATACMS into Russia', 'related-links'],
    ['Click here to subscribe to our newsletter', 'newsletter-prompt'],
    ['Already a subscriber? Log in', 'newsletter-prompt'],
    ['Share via Email', 'share-prompt'],
    ['Share this:', 'share-prompt'],
    ['Last updated 2 hours ago', 'timestamp'],
    ['Comments (3)', 'comments'],
    ['Credit: Reuters', 'photo-credit'],
    ['Efrem Lukatsky/AP', 'photo-credit'],
    ['By Jonathan Landay and Steve Holland', 'byline'],
    ['By Ana Ruiz, Latin America correspondent', 'byline'],
    ['Updated 3:45 PM EST, November 18, 2024', 'timestamp'],
    ['Published: 18 Nov 2024', 'timestamp'],
    ['5 min read', 'reading-time'],
    [
      'Associated Press writers Matthew Lee and Aamer Madhani in Washington contributed to this report.',
      'credit-block',
    ],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'site-furniture'],
    ['Purchase Licensing Rights', 'site-furniture'],
    ['Download the NewsPortal app', 'app-prompt'],
    ['This article was originally published on The Conversation.', 'republication-note'],
    ['___', 'separator'],
    ['* * *', 'separator'],
    ['© Copyright 2024 The AP. All rights reserved.', 'copyright'],
    // Saved pages of real coverage (issue 13).
    ['Advertisement Continue reading the main story', 'advertisement'],
    [
      "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. " +
        'Invalid email address. Please re-enter.',
      'newsletter-widget',
    ],
    ['An error has occurred. Please try again later.', 'newsletter-widget'],
    ['Thank you for subscribing.', 'newsletter-widget'],
    ['View all New York Times newsletters.', 'newsletter-widget'],
    ['1/30 Earth from the ISS From the International Space Station, an engineer took this photograph', 'gallery'],
    ["+ show all Nasa's most stunning pictures of space", 'gallery'],
    ['Photo', 'media-furniture'],
    ['SaveSaveSaveSave', 'media-furniture'],
    ['Scroll down for video', 'media-furniture'],
    ['Enlarge this image toggle caption Mike Stewart/AP Mike Stewart/AP', 'media-furniture'],
    [
      'We pay for your stories! Do you have a story for The Sun Online news team? ' +
        'Email us at tips@the-sun.co.uk or call 0207 782 4368',
      'tip-line',
    ],
    ['A gorilla is pictured in this undated handout photo provided by the zoo. [Photo/Agencies]', 'photo-credit'],
    ["NPR's Sarah Knight contributed to this report.", 'credit-block'],
    ['Read the original article on INSIDER. Follow INSIDER on Facebook.', 'republication-note'],
  ];

  it.each(positives)('%s → %s', (line, rule) => {
    expect(ruleFor(line)).toBe(rule);
  });

  it('reports the trimmed text and 1-based line number', () => {
    expect(findBoilerplate('First paragraph of the story.\n\n   Advertisement  \n')).toEqual([
      { line: 3, text: 'Advertisement', rule: 'advertisement' },
    ]);
  });

  it('counts CRLF and lone CR as line breaks', () => {
    expect(findBoilerplate('Body.\r\nAdvertisement\rBody again.').map((b) => b.line)).toEqual([2]);
  });
});

describe('findBoilerplate: content that must not be flagged', () => {
  const negatives: string[] = [
    'Turnout was 61.3% > 58.9% in 2021 > 55% in 2017, the commission said.',
    'The ratio of A to B to C is 3 / 2 / 1.',
    'The bakery on Main Street sells cookies and coffee to commuters.',
    'Regulators say sites that use cookies must let users opt out of tracking.',
    'Details of the plan were posted at https://www.whitehouse.gov on Sunday, officials said.',
    'Readers can write to desk@example.org with tips, the paper said.',
    '“Follow us on Twitter,” the spokesman told reporters, laughing.',
    '“This website uses cookies, accept them,” the banner read.',
    '‘WAY TOO LATE’',
    "'Much too late'",
    'Biden Permits Ukraine to Utilize U.S. Weapons for Attacks within Russian Borders',
    'Reporting by The Washington Post revealed that the agency had ignored warnings.',
    'Related research has shown that long-range strikes rarely change the course of a war.',
    'The agency later sold the pictures to Getty Images.',
    'Copyright law is not part of the dispute, the court said.',
    'Share prices fell sharply in Moscow on Monday.',
    'Follow-up talks are expected in Geneva next week.',
    'Subscribers to the service were notified on Monday.',
    'The photo shows a wrecked vehicle in Sumy.',
    'Source code for the system was leaked last year, officials said.',
    'FILE shows that the agency knew, the lawyer said.',
    'Rescuers search the rubble in Sumy on Monday, the AP reported.',
    'Click fraud cost advertisers $1 billion last year.',
    'More than 30 buildings collapsed in the old town, officials said. — Reuters',
    'Ukraine war | Russia fires 120 missiles | 10 killed',
    'Shutterstock completes merger with Getty Images',
    'Sign up rates for the army rose by 15% last year.',
    'By Tuesday, the troops had left the city.',
    'By Tuesday',
    'By the numbers',
    'Updated figures show 40 people died.',
    'Get the latest figures from the ministry on Monday.',
    'This article of the treaty was published in 1997 and never ratified by the parliament in Kyiv.',
    'Residents who contributed to the fund were thanked by the mayor.',
    'An error has occurred in the launch sequence, officials said, delaying the flight by three days.',
    'Photo evidence shows the car ran a red light, police said.',
    'The vote was 7/9 in favour of the plan.',
    'Thank you for subscribing to the idea that facts matter, the senator told the crowd.',
  ];

  it.each(negatives)('%s', (line) => {
    expect(findBoilerplate(line)).toEqual([]);
  });
});

describe('findBoilerplate: trailing-block rule', () => {
  const cases: Array<{ name: string; text: string; lines: number[] }> = [
    {
      name: 'a short label between furniture at the end is furniture',
      text: 'Body sentence.\n\nEdited by: Ali Musa\n\nAxadle international–Monitoring\n\nAdvertisement',
      lines: [3, 5, 7],
    },
    {
      name: 'a short label after furniture as the last line is furniture',
      text: 'Body sentence.\nSource link\nNews Desk',
      lines: [2, 3],
    },
    {
      name: 'a fact box after furniture at the end is content',
      text: 'Body sentence.\nAdvertisement\nBy the numbers\n120 missiles\n90 drones\n10 killed',
      lines: [2],
    },
    {
      name: 'a short label right after content is not furniture',
      text: 'Body sentence.\nNews Desk\nAdvertisement',
      lines: [3],
    },
    {
      name: 'a headline at the top is not furniture even after a leading caption',
      text: 'Troops in Kursk. — Reuters\nBiden Permits Strikes\nBody sentence.',
      lines: [1],
    },
    {
      name: 'a subhead between paragraphs after mid-article furniture is not furniture',
      text: 'Body sentence.\nAdvertisement\nWAY TOO LATE\nMore body text.',
      lines: [2],
    },
    {
      name: 'a short sentence with a full stop is not a label',
      text: 'Body sentence.\nSource link\nThey declined.',
      lines: [2],
    },
  ];

  it.each(cases)('$name', ({ text, lines }) => {
    expect(findBoilerplate(text).map((b) => b.line)).toEqual(lines);
  });

  it('names the rule', () => {
    expect(findBoilerplate('Body sentence.\nSource link\nNews Desk')[1]?.rule).toBe('trailing-block');
  });
});

describe('findBoilerplate: seed articles', () => {
  // Checked by eye against each file: every furniture line and no content line.
  const expected: Record<string, Array<[number, string]>> = {
    '000_eaa965817c49724b.txt': [
      [11, 'site-tag'], // {Matzav.com}
      [12, 'comments'], // Recent Comments
    ],
    '001_cd7ae7ab37400576.txt': [
      [49, 'credit-block'], // Reporting by Mike Stone ...; Editing by Scott Malone and Lisa Shumaker
      [51, 'edited-by'], // Edited by: Ali Musa
      [53, 'email-only'], // alimusa@axadletimes.com
      [55, 'trailing-block'], // Axadle international–Monitoring
      [57, 'cookie-notice'], // This website uses cookies ... Accept Read More
    ],
    '002_11ef8f2dd4bbdac3.txt': [
      [1, 'photo-caption'], // A wrecked vehicle lies ... November 18, 2024. — Reuters
      [15, 'source-link'], // Source link:   https://www.khaleejtimes.com
    ],
    '003_383e6a8037fd4834.txt': [],
    '004_da38402eb2ffa1f2.txt': [],
  };

  it('covers every seed file', () => {
    expect(readdirSync(seedsDir).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', (file, lines) => {
    const found = findBoilerplate(readFileSync(path.join(seedsDir, file), 'utf8'));
    expect(found.map((b) => [b.line, b.rule])).toEqual(lines);
  });
});

describe("findBoilerplate: the user's own patterns", () => {
  const cases: Array<{ name: string; text: string; patterns: RegExp[]; lines: Array<[number, string]> }> = [
    {
      name: 'a matching line is reported as user-pattern',
      text: 'The quake struck at dawn.\nRead the full story at example.com',
      patterns: [/^read the full story/i],
      lines: [[2, 'user-pattern']],
    },
    {
      name: 'a user pattern applies even to a quoted line',
      text: '“Breaking news alert”\nThe quake struck at dawn.',
      patterns: [/^“breaking news/i],
      lines: [[1, 'user-pattern']],
    },
    {
      name: 'built-in rules still apply alongside',
      text: 'Advertisement\nThe quake struck at dawn.\nPromoted stories',
      patterns: [/^promoted stories$/i],
      lines: [
        [1, 'advertisement'],
        [3, 'user-pattern'],
      ],
    },
    {
      name: 'a pattern that matches nothing changes nothing',
      text: 'The quake struck at dawn.',
      patterns: [/^nothing here$/i],
      lines: [],
    },
  ];

  it.each(cases)('$name', ({ text, patterns, lines }) => {
    expect(findBoilerplate(text, { patterns }).map((b) => [b.line, b.rule])).toEqual(lines);
  });
});

describe('keepSharedLines: a line several sources share is content', () => {
  const source = (text: string) => ({ text, boilerplate: findBoilerplate(text) });
  const CAPTION = 'Rescuers search the rubble in Sumy on Monday. (AP Photo/Evgeniy Maloletka)';

  it.each([
    {
      name: 'a caption two sources carry is kept as content in both',
      texts: [`Body one.\n${CAPTION}`, `${CAPTION}\nBody two.`, 'Body three.'],
      kept: [[], [], []],
    },
    {
      name: 'the same caption with other quote marks and spacing still counts as shared',
      texts: [
        'Body.\nA wrecked car lies in Sumy’s centre. — Reuters',
        "A wrecked car lies in  Sumy's centre. — Reuters\nBody.",
      ],
      kept: [[], []],
    },
    {
      name: 'a caption only one source has stays boilerplate',
      texts: [`Body one.\n${CAPTION}`, 'Body two.'],
      kept: [['photo-caption'], []],
    },
    {
      name: 'fixed-phrase furniture stays boilerplate even when every source has it',
      texts: ['Body one.\nAdvertisement\nSource link', 'Body two.\nAdvertisement\nSource link'],
      kept: [
        ['advertisement', 'source-link'],
        ['advertisement', 'source-link'],
      ],
    },
  ])('$name', ({ texts, kept }) => {
    const result = keepSharedLines(texts.map(source));
    expect(result.map((s) => s.boilerplate.map((b) => b.rule))).toEqual(kept);
  });

  it('user patterns are never overridden by sharing', () => {
    const patterns = [/^promoted$/i];
    const sources = ['Body.\nPromoted', 'Promoted\nBody.'].map((text) => ({
      text,
      boilerplate: findBoilerplate(text, { patterns }),
    }));
    expect(keepSharedLines(sources).map((s) => s.boilerplate.length)).toEqual([1, 1]);
  });
});

describe('findBoilerplate: long lines', () => {
  it('reads a long list of short parts without backtracking ("EN / UA / RU / ..." with 40 codes)', () => {
    const codes = Array.from(
      { length: 40 },
      (_, i) => String.fromCharCode(65 + (i % 26)) + String.fromCharCode(65 + ((i * 7) % 26)),
    ).join(' / ');
    expect(findBoilerplate(`Available in: ${codes}.`)).toEqual([]);
  });
});
