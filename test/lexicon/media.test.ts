import { describe, expect, it } from 'vitest';
import { isMediaName } from '../../src/lexicon/media.js';

describe('isMediaName: outlets and picture credits are never speakers', () => {
  it.each<[string, boolean]>([
    ['Deadline Hollywood', true],
    ['the NYT', true],
    ['Getty Images There', true],
    ['Reuters', true],
    ['Quentin Tarantino', false],
    ['Fox', false],
    ['Newsom', false],
  ])('%j: %s', (name, media) => {
    expect(isMediaName(name)).toBe(media);
  });
});
