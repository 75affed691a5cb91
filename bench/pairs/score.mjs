// Scores claimdiff's sentence clusters against a blind gold of sentence pairs (bench/pairs/gold/<story>.json;
// README.md here). Pure: data in, figures out; eval.mjs runs the tool and prints.
//
// Locating. A gold member (version, 1-based line, the sentence or its unique opening) is looked for in the
// report's sentences of its version, spelled alike (fold(): case, curly quotes, dashes) and with no spaces or
// quote marks, so that a sentence the tool split in two is found across both parts. Of several places the one
// on the gold line wins, else the nearest.
//
// Units. What is paired is a unit: the report sentences one gold member covers (two when the tool split it),
// merged with any other member's sentences they share (when the tool joined two gold sentences), or a single
// report sentence no member covers. A member that cannot be located is a unit of its own that no prediction
// reaches, so its pairs count as missed. Gold pairs are the unit pairs of two members of one group from
// different versions; predicted pairs the unit pairs of two members of one cluster from different sources (of
// the annotated versions). Each unordered unit pair counts once on either side: a split sentence clustered
// twice with the same sentence is one right pair, and a pair two groups share is one gold pair.
import { fold } from '../real/score.mjs';

/** The text as compared: folded, without spaces and quote marks (which outlets and splits place differently). */
export function compact(text) {
  return fold(text).replace(/[\s"'`]/g, '');
}

/**
 * The indexes of the report sentences that hold `text`: the one containing it, or the run of consecutive
 * sentences it spans. Of several places, the one whose first sentence is on `line`, else the nearest (then the
 * first). Empty when the text is nowhere.
 */
export function locate(sentences, text, line) {
  const needle = compact(text);
  if (needle.length === 0) return [];
  const parts = sentences.map((s) => compact(s.text));
  const starts = [];
  let joined = '';
  for (const part of parts) {
    starts.push(joined.length);
    joined += part;
  }
  // The sentence a character of `joined` belongs to (empty sentences hold none).
  const at = (offset) => parts.findIndex((part, i) => offset >= starts[i] && offset < starts[i] + part.length);
  let best;
  for (let from = joined.indexOf(needle); from >= 0; from = joined.indexOf(needle, from + 1)) {
    const place = sentences.slice(at(from), at(from + needle.length - 1) + 1);
    const distance = Math.abs((place[0].line ?? line) - line);
    if (best === undefined || distance < best.distance) best = { place, distance };
  }
  return best === undefined ? [] : best.place.map((s) => s.index);
}

/** Merges the index sets that share an index, until none do. */
function mergeOverlapping(sets) {
  const merged = [];
  for (const set of sets) {
    let union = new Set(set);
    for (const other of merged.filter((m) => [...m].some((i) => union.has(i)))) {
      union = new Set([...union, ...other]);
      merged.splice(merged.indexOf(other), 1);
    }
    merged.push(union);
  }
  return merged;
}

const pairKey = (a, b) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

/** The file name without .txt, the gold's name for a version. */
const fileId = (file) =>
  file
    .split(/[\\/]/)
    .pop()
    .replace(/\.txt$/, '');

/**
 * Scores one story: the report's clusters against the gold's groups. Returns the counts (gold and predicted
 * pairs, hits, members and the unlocated ones) and, for --details, the missed and spurious pairs with their
 * texts and the members not located.
 */
export function scoreStory(report, gold) {
  // The report source of each annotated version: the same id, else the same file name.
  const versionOf = new Map();
  for (const source of report.sources) {
    const version =
      gold.versions.find((v) => v === source.id) ?? gold.versions.find((v) => v === fileId(source.path ?? ''));
    if (version !== undefined) versionOf.set(source.id, { version, sentences: source.sentences });
  }
  const sentencesOf = new Map([...versionOf.values()].map((s) => [s.version, s.sentences]));

  const members = gold.groups.flatMap((group, g) =>
    group.members.map((m) => ({ ...m, group: g, where: locate(sentencesOf.get(m.version) ?? [], m.text, m.line) })),
  );
  const unlocated = members.filter((m) => m.where.length === 0);

  // Units: each located member's sentences, merged per version where they overlap, named by the first index.
  const unitOfSentence = new Map();
  const texts = new Map();
  for (const [version, sentences] of sentencesOf) {
    const byIndex = new Map(sentences.map((s) => [s.index, s.text]));
    const sets = mergeOverlapping(
      members.filter((m) => m.version === version && m.where.length > 0).map((m) => m.where),
    );
    for (const set of sets) {
      const indexes = [...set].sort((a, b) => a - b);
      const unit = `${version}#${indexes[0]}`;
      for (const i of indexes) unitOfSentence.set(`${version}#${i}`, unit);
      texts.set(unit, indexes.map((i) => byIndex.get(i)).join(' '));
    }
    for (const [i, text] of byIndex) if (!texts.has(`${version}#${i}`)) texts.set(`${version}#${i}`, text);
  }
  const unitOf = (version, index) => unitOfSentence.get(`${version}#${index}`) ?? `${version}#${index}`;
  const memberUnit = (m) => {
    if (m.where.length > 0) return unitOf(m.version, m.where[0]);
    const unit = `${m.version}?${compact(m.text).slice(0, 40)}`;
    texts.set(unit, m.text);
    return unit;
  };

  // Every two members of a group (of a cluster) from different versions, once per unit pair.
  const pairsOf = (lists) => {
    const pairs = new Map();
    for (const list of lists)
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++)
          if (list[i].version !== list[j].version) {
            pairs.set(pairKey(list[i].unit, list[j].unit), [list[i].unit, list[j].unit]);
          }
    return pairs;
  };
  const goldPairs = pairsOf(
    gold.groups.map((_, g) =>
      members.filter((m) => m.group === g).map((m) => ({ version: m.version, unit: memberUnit(m) })),
    ),
  );
  const predicted = pairsOf(
    report.clusters.map((cluster) =>
      cluster.members
        .filter((m) => versionOf.has(m.source))
        .map((m) => {
          const version = versionOf.get(m.source).version;
          return { version, unit: unitOf(version, m.sentence) };
        }),
    ),
  );

  const shown = ([a, b]) => ({ a, b, textA: texts.get(a) ?? '', textB: texts.get(b) ?? '' });
  const missed = [...goldPairs].filter(([key]) => !predicted.has(key)).map(([, pair]) => shown(pair));
  const spurious = [...predicted].filter(([key]) => !goldPairs.has(key)).map(([, pair]) => shown(pair));
  return {
    story: gold.story,
    members: members.length,
    unlocated: unlocated.map(({ version, line, text }) => ({ version, line, text })),
    gold: goldPairs.size,
    predicted: predicted.size,
    hits: goldPairs.size - missed.length,
    missed,
    spurious,
  };
}

/** Adds the stories' counts up (pairs are summed, so the overall rates weigh stories by their pairs). */
export function tally(scores) {
  const t = { stories: 0, members: 0, unlocated: 0, gold: 0, predicted: 0, hits: 0 };
  for (const s of scores) {
    t.stories += 1;
    t.members += s.members;
    t.unlocated += s.unlocated.length;
    t.gold += s.gold;
    t.predicted += s.predicted;
    t.hits += s.hits;
  }
  return t;
}

/** Precision, recall and F1 of the pairs, as fractions (NaN where nothing was counted). */
export function rates(t) {
  const precision = t.hits / t.predicted;
  const recall = t.hits / t.gold;
  const f1 =
    t.hits === 0 ? (t.gold + t.predicted === 0 ? Number.NaN : 0) : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
