// Maps of lists, as the stages index things: facts by bucket, rows by key, mentions by sentence.

/** The list `map` holds at `key`, made (empty) and stored on first use. */
export function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
