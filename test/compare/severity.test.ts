import { describe, expect, it } from 'vitest';

import { severityOf } from '../../src/compare/severity.js';
import type { ChangeAspect, Severity } from '../../src/types.js';

describe('severityOf', () => {
  it.each<[string, ChangeAspect[], Severity]>([
    ['"37" against "45"', ['value', 'contradiction'], 'contradiction'],
    ['"rose 3%" against "fell 3%"', ['direction'], 'contradiction'],
    ['"as many as 12,000" against "more than 10,000"', ['value', 'qualifier'], 'changed'],
    ['a reworded quote', ['wording'], 'changed'],
    ['a quote given to another speaker', ['speaker'], 'changed'],
    ['a direct quote in indirect speech', ['indirect'], 'nuance'],
    ['"km" against "kg"', ['unit'], 'changed'],
    ['"about 60,000 km" against "60,000 km"', ['qualifier'], 'nuance'],
    ['"January" against "January 31"', ['precision'], 'nuance'],
    ['"thousands" against "500"', ['precision', 'contradiction'], 'contradiction'],
  ])('%s: %s is %s', (_name, aspects, expected) => {
    expect(severityOf(aspects)).toBe(expected);
  });
});
