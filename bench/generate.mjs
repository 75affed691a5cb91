// Deterministic synthetic corpora for the scale benchmark: the same seed always gives the same texts.
//
// - versionsOfStory(n): n versions of one story, built from a base article of bench/perturbation/articles
//   with the edits of the perturbation harness (paraphrases, changed and restyled numbers, dropped and
//   fabricated sentences) mixed at random, as republished copies differ.
// - differentArticles(n): n different articles of about 2.5 KB each, as a newsroom archive holds: made-up
//   words in a natural frequency spread, facts of every kind, the people and places of a beat, and a few
//   background sentences repeated across articles.
// - templatedArticles(n): n articles written from the same ten sentence templates; the worst case.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  articleText,
  changedNumber,
  convertedUnit,
  editableNumbers,
  reformattedNumber,
} from './perturbation/edits.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** A small, fast, seeded generator (mulberry32): the corpus must not change between runs. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

function loadArticle(name) {
  return JSON.parse(readFileSync(join(here, 'perturbation', 'articles', `${name}.json`), 'utf8'));
}

/** `n` versions of one story, each a different mix of edits; ids v0001, v0002, ... */
export function versionsOfStory(n, seed = 1, base = 'disaster') {
  const article = loadArticle(base);
  const rand = random(seed);
  const versions = [];
  for (let v = 0; v < n; v++) {
    const sentences = [];
    for (const s of article.sentences) {
      const roll = rand();
      if (roll < 0.06) continue; // dropped
      let text =
        roll < 0.45 && s.paraphrase ? s.paraphrase : roll < 0.55 && s.quoteRewording ? s.quoteRewording : s.text;
      const edit = rand();
      if (edit < 0.05) {
        const number = editableNumbers(text)[0];
        if (number) text = text.slice(0, number.start) + changedNumber(number.text) + text.slice(number.end);
      } else if (edit < 0.12) {
        const change = convertedUnit(text) ?? reformattedNumber(text);
        if (change) text = text.replace(change.find, change.replace);
      }
      sentences.push(text);
    }
    if (rand() < 0.3) sentences.splice(Math.floor(rand() * sentences.length), 0, pick(rand, article.fabrications));
    versions.push({
      id: `v${String(v + 1).padStart(4, '0')}`,
      path: `versions/v${String(v + 1).padStart(4, '0')}.txt`,
      text: articleText(article.title, sentences),
    });
  }
  return versions;
}

const GIVEN = [
  'Anna',
  'Marek',
  'Lucia',
  'Tomas',
  'Ingrid',
  'Samuel',
  'Priya',
  'Kwame',
  'Elena',
  'Jonas',
  'Farah',
  'Diego',
  'Mei',
  'Olga',
  'Rafael',
  'Nadia',
];
const FAMILY = [
  'Kovac',
  'Lindqvist',
  'Moreau',
  'Okafor',
  'Brandt',
  'Sato',
  'Haddad',
  'Novak',
  'Ferreira',
  'Quinn',
  'Castellano',
  'Osei',
  'Dvorak',
  'Achebe',
  'Varga',
  'Holm',
];
const ROLES = [
  'Mayor',
  'Finance Minister',
  'Police Chief',
  'Health Minister',
  'union leader',
  'chief executive',
  'spokeswoman',
  'economist',
  'senator',
  'governor',
];
const PLACES = [
  'Calama',
  'Drevna',
  'Port Alder',
  'Kelby',
  'Varn',
  'Sarent',
  'Lusk',
  'Marvosa',
  'Telde',
  'Ostrava',
  'Brightwater',
  'Halden',
];
const TOPICS = [
  ['council', 'budget', 'schools', 'roads', 'taxes'],
  ['storm', 'flooding', 'rescuers', 'river', 'shelters'],
  ['company', 'shares', 'profit', 'workers', 'factory'],
  ['hospital', 'patients', 'vaccine', 'trial', 'doctors'],
  ['election', 'voters', 'candidates', 'turnout', 'ballots'],
  ['police', 'suspects', 'court', 'charges', 'witnesses'],
  ['farmers', 'harvest', 'drought', 'prices', 'exports'],
  ['airport', 'flights', 'passengers', 'runway', 'delays'],
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const UNITS = ['kilometres', 'tonnes', 'hectares', 'litres', 'metres'];

const TEMPLATES = [
  (r, t, p) =>
    `The ${t[0]} in ${p()} approved a plan on ${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)} ` +
    `to spend $${1 + Math.floor(r() * 90)} million on ${t[1]}.`,
  (r, t, p) =>
    `More than ${(100 + Math.floor(r() * 9000)).toLocaleString('en-US')} ${t[3]} were affected, ` +
    `officials in ${p()} said.`,
  (_r, t, _p, n) => `“We will not accept any further delay on the ${t[2]},” ${n()} said at a news conference.`,
  (r, t, _p) =>
    `The ${t[1]} rose ${1 + Math.floor(r() * 40)}% in the past year, ` +
    `according to figures released on ${pick(r, ['Monday', 'Tuesday', 'Friday'])}.`,
  (r, _t, p) =>
    `Crews cleared ${2 + Math.floor(r() * 300)} ${pick(r, UNITS)} of debris near ${p()} ` +
    `over ${2 + Math.floor(r() * 20)} days.`,
  (r, t, _p, n) =>
    `${n(true)} said the ${t[0]} would review the ${t[4]} again within ${2 + Math.floor(r() * 10)} weeks.`,
  (r, t, p) =>
    `Residents of ${p()} have complained about the ${t[2]} for years, ` +
    `but little has changed since ${2000 + Math.floor(r() * 24)}.`,
  (r, t, _p) =>
    `About ${10 + Math.floor(r() * 900)} ${t[3]} gathered outside the ${t[0]} building ` +
    `on ${pick(r, ['Saturday', 'Sunday', 'Wednesday'])}.`,
  (_r, t) => `The decision on the ${t[4]} is expected to affect the ${t[1]} for the rest of the decade.`,
  (_r, t, p) => `In ${p()}, the ${t[3]} said they had not been consulted about the ${t[2]}.`,
];

/**
 * `n` articles of about 2.5 KB written from ten sentence templates: every article says the same ten things
 * with other names and numbers, so the run is in effect ten statements in `n` versions each. The worst case
 * for clustering (every sentence has thousands of look-alikes), not a realistic archive.
 */
export function templatedArticles(n, seed = 2) {
  const rand = random(seed);
  const articles = [];
  for (let k = 0; k < n; k++) {
    const topic = pick(rand, TOPICS);
    const place = pick(rand, PLACES);
    const people = [0, 1, 2].map(() => ({
      given: pick(rand, GIVEN),
      family: pick(rand, FAMILY),
      role: pick(rand, ROLES),
    }));
    let named = 0;
    const nameOf = (full = false) => {
      const person = people[named++ % people.length];
      return full || named <= people.length ? `${person.role} ${person.given} ${person.family}` : person.family;
    };
    const placeOf = () => (rand() < 0.7 ? place : pick(rand, PLACES));
    const sentences = [];
    let size = 0;
    while (size < 2400) {
      const sentence = pick(rand, TEMPLATES)(rand, topic, placeOf, nameOf);
      sentences.push(sentence);
      size += sentence.length + 2;
    }
    const id = `t${String(k + 1).padStart(6, '0')}`;
    articles.push({
      id,
      path: `archive/${id}.txt`,
      text: articleText(
        `${topic[0][0].toUpperCase()}${topic[0].slice(1)} in ${place} faces questions over ${topic[1]}`,
        sentences,
      ),
    });
  }
  return articles;
}

// A newsroom archive: every article about something else, sharing what articles share in life: common
// words, the people and places of the beat, and now and then a background sentence repeated from earlier
// coverage. Words are made-up (from syllables) but drawn as word frequencies run in text (Zipf's law), so
// a few words are in most articles and most words in a handful.
const SYLLABLES = [
  'ba',
  'ker',
  'lo',
  'mi',
  'nor',
  'pa',
  'ri',
  'sel',
  'ta',
  'ven',
  'do',
  'fra',
  'gul',
  'hin',
  'ju',
  'kal',
  'mor',
  'nesh',
  'ost',
  'pel',
  'quin',
  'ras',
  'sto',
  'tur',
  'ulm',
  'vad',
  'wes',
  'yar',
  'zim',
  'bre',
];
const GLUE = [
  'the',
  'of',
  'and',
  'to',
  'in',
  'for',
  'on',
  'with',
  'that',
  'after',
  'from',
  'by',
  'as',
  'its',
  'their',
  'over',
  'about',
  'into',
];
const LEXICON_SIZE = 20000;

function lexicon() {
  const words = new Set();
  const rand = random(99);
  while (words.size < LEXICON_SIZE) {
    const syllables = 2 + Math.floor(rand() * 2);
    let word = '';
    for (let k = 0; k < syllables; k++) word += pick(rand, SYLLABLES);
    words.add(word);
  }
  return [...words];
}

/**
 * An index into a list of `n` content words, drawn as word ranks fall in English text (Zipf's law, the
 * frequency of rank r falling as 1/r). Content words start near rank 50, after the function words (GLUE,
 * drawn separately), so the commonest made-up word is about as frequent as "said" or "people" in news text
 * (a few per thousand words) rather than as "the".
 */
const FIRST_CONTENT_RANK = 50;
const zipf = (rand, n) =>
  Math.min(
    n - 1,
    Math.floor(FIRST_CONTENT_RANK * ((n + FIRST_CONTENT_RANK) / FIRST_CONTENT_RANK) ** rand()) - FIRST_CONTENT_RANK,
  );

/** `n` different articles of about 2.5 KB, as a newsroom archive holds; ids a000001, a000002, ... */
export function differentArticles(n, seed = 2) {
  const words = lexicon();
  const rand = random(seed);
  const word = () => words[zipf(rand, words.length)];
  // Background sentences of earlier coverage, each repeated by a few hundredths of the articles.
  const backgroundRand = random(seed + 1);
  const background = Array.from({ length: 200 }, () => {
    const w = () => words[zipf(backgroundRand, words.length)];
    return (
      `The ${w()} ${w()} has been ${w()} since ${1990 + Math.floor(backgroundRand() * 34)}, ` +
      `when ${w()} ${w()} ${w()} ${w()} first ${w()} ${w()}.`
    );
  });
  const articles = [];
  for (let k = 0; k < n; k++) {
    const topic = Array.from({ length: 30 }, word);
    const about = () => (rand() < 0.6 ? pick(rand, topic) : word());
    const people = [0, 1, 2].map(() => `${pick(rand, ROLES)} ${pick(rand, GIVEN)} ${pick(rand, FAMILY)}`);
    const place = pick(rand, PLACES);
    const facts = [
      () => `${(2 + Math.floor(rand() * 20000)).toLocaleString('en-US')} ${about()}s`,
      () => `$${1 + Math.floor(rand() * 900)} million`,
      () => `${1 + Math.floor(rand() * 60)}%`,
      () => `${2 + Math.floor(rand() * 500)} ${pick(rand, UNITS)}`,
      () => `on ${pick(rand, MONTHS)} ${1 + Math.floor(rand() * 28)}`,
      () => `for ${2 + Math.floor(rand() * 11)} weeks`,
      () => pick(rand, people),
      () => `in ${place}`,
    ];
    const sentences = [];
    let size = 0;
    while (size < 2400) {
      let sentence;
      if (rand() < 0.04) sentence = pick(rand, background);
      else if (rand() < 0.12) {
        const quoted = Array.from({ length: 6 + Math.floor(rand() * 8) }, () =>
          rand() < 0.3 ? pick(rand, GLUE) : about(),
        ).join(' ');
        sentence = `“${quoted[0].toUpperCase()}${quoted.slice(1)},” ${pick(rand, people)} said.`;
      } else {
        const parts = Array.from({ length: 10 + Math.floor(rand() * 12) }, () =>
          rand() < 0.35 ? pick(rand, GLUE) : about(),
        );
        for (let f = 0; f < 1 + Math.floor(rand() * 2); f++)
          parts.splice(1 + Math.floor(rand() * (parts.length - 1)), 0, pick(rand, facts)());
        sentence = `${parts.join(' ')}.`;
        sentence = `${sentence[0].toUpperCase()}${sentence.slice(1)}`;
      }
      sentences.push(sentence);
      size += sentence.length + 2;
    }
    const id = `a${String(k + 1).padStart(6, '0')}`;
    const title = `${about()} ${about()} in ${place}`;
    articles.push({
      id,
      path: `archive/${id}.txt`,
      text: articleText(`${title[0].toUpperCase()}${title.slice(1)}`, sentences),
    });
  }
  return articles;
}
