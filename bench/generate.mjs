// Deterministic synthetic corpora for the scale benchmark: the same seed always gives the same texts.
//
// - versionsOfStory(n): n versions of one story, built from a base article of bench/perturbation/articles
//   with the edits of the perturbation harness (paraphrases, changed and restyled numbers, dropped and
//   fabricated sentences) mixed at random, as republished copies differ.
// - differentArticles(n): n unrelated articles of about 2.5 KB each, written from sentence templates with
//   random names, places, numbers and topics, as a newsroom archive holds.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { articleText, changedNumber, convertedUnit, editableNumbers, reformattedNumber } from './perturbation/edits.mjs';

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
      let text = roll < 0.45 && s.paraphrase ? s.paraphrase : roll < 0.55 && s.quoteRewording ? s.quoteRewording : s.text;
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
    versions.push({ id: `v${String(v + 1).padStart(4, '0')}`, path: `versions/v${String(v + 1).padStart(4, '0')}.txt`, text: articleText(article.title, sentences) });
  }
  return versions;
}

const GIVEN = ['Anna', 'Marek', 'Lucia', 'Tomas', 'Ingrid', 'Samuel', 'Priya', 'Kwame', 'Elena', 'Jonas', 'Farah', 'Diego', 'Mei', 'Olga', 'Rafael', 'Nadia'];
const FAMILY = ['Kovac', 'Lindqvist', 'Moreau', 'Okafor', 'Brandt', 'Sato', 'Haddad', 'Novak', 'Ferreira', 'Quinn', 'Castellano', 'Osei', 'Dvorak', 'Achebe', 'Varga', 'Holm'];
const ROLES = ['Mayor', 'Finance Minister', 'Police Chief', 'Health Minister', 'union leader', 'chief executive', 'spokeswoman', 'economist', 'senator', 'governor'];
const PLACES = ['Calama', 'Drevna', 'Port Alder', 'Kelby', 'Varn', 'Sarent', 'Lusk', 'Marvosa', 'Telde', 'Ostrava', 'Brightwater', 'Halden'];
const TOPICS = [
  ['council', 'budget', 'schools', 'roads', 'taxes'], ['storm', 'flooding', 'rescuers', 'river', 'shelters'],
  ['company', 'shares', 'profit', 'workers', 'factory'], ['hospital', 'patients', 'vaccine', 'trial', 'doctors'],
  ['election', 'voters', 'candidates', 'turnout', 'ballots'], ['police', 'suspects', 'court', 'charges', 'witnesses'],
  ['farmers', 'harvest', 'drought', 'prices', 'exports'], ['airport', 'flights', 'passengers', 'runway', 'delays'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNITS = ['kilometres', 'tonnes', 'hectares', 'litres', 'metres'];

const TEMPLATES = [
  (r, t, p) => `The ${t[0]} in ${p()} approved a plan on ${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)} to spend $${1 + Math.floor(r() * 90)} million on ${t[1]}.`,
  (r, t, p) => `More than ${(100 + Math.floor(r() * 9000)).toLocaleString('en-US')} ${t[3]} were affected, officials in ${p()} said.`,
  (r, t, p, n) => `“We will not accept any further delay on the ${t[2]},” ${n()} said at a news conference.`,
  (r, t, p) => `The ${t[1]} rose ${1 + Math.floor(r() * 40)}% in the past year, according to figures released on ${pick(r, ['Monday', 'Tuesday', 'Friday'])}.`,
  (r, t, p) => `Crews cleared ${2 + Math.floor(r() * 300)} ${pick(r, UNITS)} of debris near ${p()} over ${2 + Math.floor(r() * 20)} days.`,
  (r, t, p, n) => `${n(true)} said the ${t[0]} would review the ${t[4]} again within ${2 + Math.floor(r() * 10)} weeks.`,
  (r, t, p) => `Residents of ${p()} have complained about the ${t[2]} for years, but little has changed since ${2000 + Math.floor(r() * 24)}.`,
  (r, t, p) => `About ${10 + Math.floor(r() * 900)} ${t[3]} gathered outside the ${t[0]} building on ${pick(r, ['Saturday', 'Sunday', 'Wednesday'])}.`,
  (r, t) => `The decision on the ${t[4]} is expected to affect the ${t[1]} for the rest of the decade.`,
  (r, t, p) => `In ${p()}, the ${t[3]} said they had not been consulted about the ${t[2]}.`,
];

/** `n` unrelated articles of about 2.5 KB; ids a000001, a000002, ... */
export function differentArticles(n, seed = 2) {
  const rand = random(seed);
  const articles = [];
  for (let k = 0; k < n; k++) {
    const topic = pick(rand, TOPICS);
    const place = pick(rand, PLACES);
    const people = [0, 1, 2].map(() => ({ given: pick(rand, GIVEN), family: pick(rand, FAMILY), role: pick(rand, ROLES) }));
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
    const id = `a${String(k + 1).padStart(6, '0')}`;
    articles.push({ id, path: `archive/${id}.txt`, text: articleText(`${topic[0][0].toUpperCase()}${topic[0].slice(1)} in ${place} faces questions over ${topic[1]}`, sentences) });
  }
  return articles;
}
