// Rows that state one distinctive value join into one row: the last step of alignment. Outlets that write
// their own articles word a fact their own way ("a 425kg relay satellite" / "the satellite, weighing 425
// kilograms"), so their sentences share few words and the facts stay apart, each outlet looking as if it
// omitted what the other states. A value distinctive enough (FactKindSpec.valueKey: "425kg", "January 31",
// "$11 million"; not "two" or "Monday") stated by two outlets of one story is one fact.
import type { Fact } from '../types.js';
import { differenceOf, kindSpec, subjectKeyOf, valueKeyOf } from '../extract/kinds/index.js';
import { compareCodeUnits } from '../text/order.js';
import { severityOf } from './severity.js';

/** How many rows of one value are weighed as homes for the next one: bounds the work on hostile input. */
const MAX_HOMES = 32;

/**
 * The groups of one bucket, with groups that state the same distinctive value and share no source joined.
 * Larger groups take in smaller ones first; ties are broken by the facts' words, never by file names or
 * order, so the result does not depend on them.
 */
export function joinSameValues(groups: Fact[][]): Fact[][] {
  if (groups.length < 2) return groups;
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // Each row's facts by source, kept up to date at its root as rows join.
  const members = groups.map((g) => new Map(g.map((f) => [f.source, f])));
  const byKey = new Map<string, Array<{ group: number; fact: Fact }>>();
  groups.forEach((group, index) => {
    const seen = new Set<string>();
    for (const fact of group) {
      const key = valueKeyOf(fact);
      if (key === undefined || seen.has(key)) continue;
      seen.add(key);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push({ group: index, fact });
    }
  });
  const words = groups.map((g) =>
    g
      .map((f) => `${f.surface}\u0000${f.context.join(' ')}`)
      .sort(compareCodeUnits)
      .join('\u0001'),
  );
  for (const key of [...byKey.keys()].sort(compareCodeUnits)) {
    const stating = byKey.get(key)!;
    if (stating.length < 2) continue;
    stating.sort(
      (a, b) => groups[b.group]!.length - groups[a.group]!.length || compareCodeUnits(words[a.group]!, words[b.group]!),
    );
    const homes: Array<{ group: number; fact: Fact }> = [];
    for (const next of stating) {
      const root = find(next.group);
      const home = homes.find((h) => {
        const at = find(h.group);
        return at !== root && compatible(members[at]!, members[root]!) && agree(h.fact, next.fact);
      });
      if (home) {
        const at = find(home.group);
        parent[root] = at;
        // A source in both rows states the value twice (a caption repeating the text): its first row keeps it.
        for (const [source, fact] of members[root]!) if (!members[at]!.has(source)) members[at]!.set(source, fact);
      } else if (homes.length < MAX_HOMES && !homes.some((h) => find(h.group) === root)) homes.push(next);
    }
  }
  return groups.flatMap((_, index) => (find(index) === index ? [[...members[index]!.values()]] : []));
}

/**
 * Two rows may join when no source is in both, or a source in both states the very same value in each: "In
 * 2013, ..." in the text and "pictured in 2013" in a caption are one statement, made twice.
 */
function compatible(a: ReadonlyMap<string, Fact>, b: ReadonlyMap<string, Fact>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [source, fact] of small) {
    const other = large.get(source);
    if (other && differenceOf(other, fact) !== null) return false;
  }
  return true;
}

/**
 * Two facts of one key state one value: the same, or one only more or less precise ("January 31" and
 * "January 31, 2018"; "some 60,000km" and "60,000km"), and nothing the kind weighs rules them apart
 * ("18 emails" and "18 arrests" count different things; numbers of two different people).
 */
function agree(a: Fact, b: Fact): boolean {
  if (a.owner && b.owner && a.owner !== b.owner) return false;
  if (!restates(a, b)) return false;
  const score = kindSpec(a.kind).alignScore;
  return score === undefined || score(a, b, { context: 0, sentence: () => 0, sameValue: () => true }) > 0;
}

/**
 * Rows that count one thing join: "60 excavators" in one outlet and "80 diggers" in another are the story's
 * count of excavators, told two ways, so the second is altered rather than a fact of its own. Only where
 * every source involved states one number of that thing: a source with two counts of excavators ("60 at
 * first, 100 by Tuesday") keeps its rows apart; one that repeats its count ("around 80 diggers", "over 80
 * diggers") states it once in the joined row.
 */
export function joinSameSubjects(groups: Fact[][]): Fact[][] {
  const byKey = new Map<string, number[]>();
  groups.forEach((group, index) => {
    const keys = new Set(group.map(subjectKeyOf).filter((k): k is string => k !== undefined));
    for (const key of keys) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(index);
    }
  });
  const taken = new Set<number>();
  const joined: Fact[][] = [];
  for (const key of [...byKey.keys()].sort(compareCodeUnits)) {
    const rows = byKey.get(key)!.filter((i) => !taken.has(i));
    if (rows.length < 2) continue;
    const stated = new Map<string, Fact>();
    const twoNumbers = new Set<string>();
    for (const i of rows) {
      for (const fact of groups[i]!) {
        if (subjectKeyOf(fact) !== key) continue;
        const first = stated.get(fact.source);
        if (!first) stated.set(fact.source, fact);
        else if (!restates(first, fact)) twoNumbers.add(fact.source);
      }
    }
    const alone = rows.filter((i) => groups[i]!.every((f) => subjectKeyOf(f) !== key || !twoNumbers.has(f.source)));
    if (alone.length < 2 || !ownersAgree(alone.flatMap((i) => groups[i]!))) continue;
    for (const i of alone) taken.add(i);
    const once = new Map<string, Fact>();
    for (const i of alone) for (const fact of groups[i]!) if (!once.has(fact.source)) once.set(fact.source, fact);
    joined.push([...once.values()]);
  }
  return [...groups.filter((_, i) => !taken.has(i)), ...joined];
}

/** The same value again, at most a nuance apart: "around 80 diggers" and "over 80 diggers". */
function restates(first: Fact, again: Fact): boolean {
  const difference = differenceOf(first, again);
  return difference === null || severityOf(difference) === 'nuance';
}

/** Numbers of different people are different facts ("Osei-Lind 52.4%", "Fenwright 45.1%"). */
function ownersAgree(facts: readonly Fact[]): boolean {
  const owners = new Set(facts.flatMap((f) => (f.owner ? [f.owner] : [])));
  return owners.size <= 1;
}
