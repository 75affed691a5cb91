// The shared word lists: each word once, and the words the stages rely on present in them.
import { describe, expect, it } from 'vitest';
import { NEWS_AGENCIES, PHOTO_AGENCIES, alternation } from '../../src/lexicon/agencies.js';
import { MONTHS, WEEKDAY_NAMES, monthNumber } from '../../src/lexicon/calendar.js';
import { NEWSROOM_ROLES, OFFICES } from '../../src/lexicon/offices.js';
import { IRREGULAR_PLURALS } from '../../src/lexicon/plurals.js';
import { SAYING_VERBS, SPEECH_VERBS } from '../../src/lexicon/speech-verbs.js';

describe('lexicon', () => {
  it.each([
    ['news agencies', NEWS_AGENCIES],
    ['photo agencies', PHOTO_AGENCIES],
    ['offices', OFFICES],
    ['newsroom roles', NEWSROOM_ROLES],
    ['speech verbs', SPEECH_VERBS],
  ])('lists each of the %s once', (_, words) => {
    expect(new Set(words).size).toBe(words.length);
  });

  it('keeps the plain reporting verbs among all speech verbs', () => {
    for (const verb of SAYING_VERBS) expect(SPEECH_VERBS).toContain(verb);
  });

  it.each(['police', 'people', 'livestock', 'aircraft'])('knows %s as a plural', (word) => {
    expect(IRREGULAR_PLURALS.has(word)).toBe(true);
  });

  it.each([
    ['march', 3],
    ['Sept.'.toLowerCase(), 9],
    ['dec', 12],
    ['monday', undefined],
  ])('reads %s as month %s', (word, month) => {
    expect(monthNumber(word)).toBe(month);
  });

  it('has the weekdays and months apart', () => {
    expect(WEEKDAY_NAMES.size).toBe(7);
    expect([...WEEKDAY_NAMES].some((d) => MONTHS.has(d))).toBe(false);
  });

  it('matches the longer agency name first', () => {
    expect(new RegExp(`^(?:${alternation(['AP', 'AP Photo'])})$`).exec('AP Photo')?.[0]).toBe('AP Photo');
  });
});
