import { describe, expect, it } from 'vitest';
import { emptyRecord, ownValue } from '../../src/text/records.js';

describe('records keyed by source ids', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('%s is an own key like any other', (key) => {
    const record = emptyRecord<number>();
    expect(record[key]).toBeUndefined();
    record[key] = 1;
    expect(Object.keys(record)).toEqual([key]);
    expect(JSON.parse(JSON.stringify(record))).toEqual(JSON.parse(`{"${key}":1}`));
    // A record made elsewhere (a report parsed from JSON) inherits from Object.prototype.
    expect(ownValue({}, key)).toBeUndefined();
    expect(ownValue(JSON.parse(`{"${key}":2}`), key)).toBe(2);
  });
});
