// Records keyed by source ids, which come from file names. A story saved as `constructor.txt` or
// `__proto__.txt` is a source like any other: on a plain `{}` its id would read Object.prototype's
// `constructor` function, and assigning `record['__proto__']` would replace the prototype instead of
// adding a key. These records have no prototype, and reads of records made elsewhere (a report parsed
// from JSON) look at own keys only.

/** An empty record with no prototype: every key, `__proto__` included, is an own key. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The record's own value at `key`: never one inherited from Object.prototype ("toString"). */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
