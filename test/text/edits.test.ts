import { describe, expect, it } from 'vitest';
import { withinOneEdit } from '../../src/text/edits.js';

describe('withinOneEdit: one slip of a letter', () => {
  it.each<[string, string, boolean]>([
    ['palace', 'place', true],
    ['place', 'palace', true],
    ['frame', 'flame', true],
    ['frame', 'frames', true],
    ['frame', 'frame', true],
    ['frame', 'fraem', false],
    ['palace', 'plaice', false],
    ['rate', 'rated2', false],
    ['', 'a', true],
  ])('%j / %j: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});
