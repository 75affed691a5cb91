// Rows that state one distinctive value join into one row: the last step of alignment. Outlets that write
// their own articles word a fact their own way ("a 425kg relay satellite" / "the satellite, weighing 425
// kilograms"), so their sentences share few words and the facts stay apart, each outlet looking as if it
// omitted what the other states. A value distinctive enough (FactKindSpec.valueKey: "425kg", "January 31",
// "$11 million"; not "two" or "Monday") stated by two outlets of one story is one fact.
import type { Fact } from '../types.js';
import type { AlignEvidence } from '../extract/kinds/kind.js';
import { commonValueKeysOf, differenceOf, kindSpec, subjectKeyOf, valueKeyOf } from '../extract/kinds/index.js';
import { compareCodeUnits } from '../text/order.js';
import { severityOf } from './severity.js';
import { listIn } from '../text/maps.js';

/** How many rows of one value are weighed as homes for the next one: bounds the work on hostile input. */
const MAX_HOMES = 32;

/**
 * The groups of one bucket, with groups that state the same distinctive value and share no source joined.
 * Larger groups take in smaller ones first; ties are broken by the facts' words, never by file names or
 * order, so the result does not depend on them.
 */
export function joinSameValues(groups: Fact[][]): Fact[][] {
  const distinctive = (fact: Fact) => {
    const key = valueKeyOf(fact);
    return key === undefined ? [] : [key];
  };
  return joinByValue(joinByValue(groups, distinctive, compatible), commonValueKeysOf, apart);
}

/** Rows of one key join (see joinSameValues) where `mayJoin` allows their sources. */
function joinByValue(
  groups: Fact[][],
  keyOf: (fact: Fact) => readonly string[],
  mayJoin: (a: ReadonlyMap<string, Fact>, b: ReadonlyMap<string, Fact>) => boolean,
): Fact[][] {
  if (groups.length < 2) return groups;
  const { find, members, join, rows } = rowSets(groups);
  const byKey = new Map<string, Array<{ group: number; fact: Fact }>>();
  groups.forEach((group, index) => {
    const seen = new Set<string>();
    for (const fact of group)
      for (const key of keyOf(fact)) {
        if (seen.has(key)) continue;
        seen.add(key);
        listIn(byKey, key).push({ group: index, fact });
      }
  });
  const words = groups.map(rowWords);
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
        return at !== root && mayJoin(members[at]!, members[root]!) && agree(h.fact, next.fact);
      });
      if (home) {
        // A source in both rows states the value twice (a caption repeating the text): its first row keeps it.
        join(find(home.group), root, (kept) => kept);
      } else if (homes.length < MAX_HOMES && !homes.some((h) => find(h.group) === root)) homes.push(next);
    }
  }
  return rows();
}

/**
 * Rows as sets that join: each root holds its row's facts by source, kept up to date as rows join. `join`
 * moves row `from` into row `into`; for a source in both, `keep` says which of its two facts stays.
 */
function rowSets(groups: Fact[][]) {
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const members = groups.map((g) => new Map(g.map((f) => [f.source, f])));
  const join = (into: number, from: number, keep: (kept: Fact, other: Fact) => Fact) => {
    parent[from] = into;
    for (const [source, fact] of members[from]!) {
      const kept = members[into]!.get(source);
      members[into]!.set(source, kept ? keep(kept, fact) : fact);
    }
  };
  const rows = () => groups.flatMap((_, index) => (find(index) === index ? [[...members[index]!.values()]] : []));
  return { find, members, join, rows };
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

/** Two rows of no common source. */
function apart(a: ReadonlyMap<string, Fact>, b: ReadonlyMap<string, Fact>): boolean {
  for (const source of a.keys()) if (b.has(source)) return false;
  return true;
}

/**
 * Two facts of one key state one value: the same, or one only more or less precise ("January 31" and
 * "January 31, 2018"; "some 60,000km" and "60,000km"), and nothing the kind weighs rules them apart
 * ("18 emails" and "18 arrests" count different things; numbers of two different people).
 */
function agree(a: Fact, b: Fact): boolean {
  return restates(a, b) && kindAllows(a, b, NO_EVIDENCE);
}

/** A pair's evidence when only its values are known (to agree), and at its fullest (to find a veto). */
const NO_EVIDENCE: AlignEvidence = { context: 0, sentence: () => 0, sameValue: () => true };
const FULL_EVIDENCE: AlignEvidence = { context: 1, sentence: () => 1, sameValue: () => true };

/** Not another person's or another predicate's number, and the kind scores the pair above 0 on `evidence`. */
function kindAllows(a: Fact, b: Fact, evidence: AlignEvidence): boolean {
  if (!samePerson(a, b) || !samePredicate(a, b)) return false;
  const score = kindSpec(a.kind).alignScore;
  return score === undefined || score(a, b, evidence) > 0;
}

/** How many rows of one key are weighed pairwise by joinRestatedRows: bounds the work on hostile input. */
const MAX_ROWS_PER_KEY = 64;

/**
 * Rows of one predicate or counted thing join where a source in both states the same value in each: "AT
 * least two people have been killed" in a headline and "killing at least two people" in the text made two
 * rows, each with other outlets; the Sun stating two in both says they are one fact, the dead of the attack.
 * A source stating different values in them ("at least six" killed in the attack, "some 30" in last week's
 * air strikes) says they are different facts, so they stay apart. The facts weighed must share their key,
 * and the kind must not rule them apart.
 */
export function joinRestatedRows(groups: Fact[][]): Fact[][] {
  if (groups.length < 2) return groups;
  const { find, members, join, rows: joined } = rowSets(groups);
  const byKey = rowsByKey(groups, restatedKeys);
  const words = groups.map(rowWords);
  for (const key of [...byKey.keys()].sort(compareCodeUnits)) {
    const rows = byKey.get(key)!;
    if (rows.length < 2 || rows.length > MAX_ROWS_PER_KEY) continue;
    rows.sort((a, b) => groups[b]!.length - groups[a]!.length || compareCodeUnits(words[a]!, words[b]!));
    for (let x = 0; x < rows.length; x++)
      for (let y = x + 1; y < rows.length; y++) {
        const [a, b] = [find(rows[x]!), find(rows[y]!)];
        if (a === b || !restatedIn(members[a]!, members[b]!)) continue;
        // A source in both keeps its fuller statement: "killing at least 45 people", not the headline's "dozens".
        join(a, b, (kept, other) => (isVague(kept) && !isVague(other) ? other : kept));
      }
  }
  return joined();
}

/** The keys by which a fact's row may meet another that restates it: its predicate, what it counts. */
function restatedKeys(fact: Fact): string[] {
  const subject = subjectKeyOf(fact);
  return [...(fact.predicate ? [`p:${fact.predicate}`] : []), ...(subject ? [`s:${subject}`] : [])];
}

/**
 * Two rows restate one fact: a source is in both, each source in both states one value in them (at most a
 * nuance apart), and no fact of one is ruled apart from a fact of the other (another owner, another
 * predicate, another thing counted).
 */
function restatedIn(a: ReadonlyMap<string, Fact>, b: ReadonlyMap<string, Fact>): boolean {
  let shared = 0;
  for (const [source, fact] of a) {
    const other = b.get(source);
    if (!other) continue;
    if (!restates(fact, other)) return false;
    shared++;
  }
  if (shared === 0) return false;
  // Whatever their values and words: the kind's score on the fullest evidence is 0 only for a veto
  // ("soldiers" against "homes").
  for (const fact of a.values())
    for (const other of b.values()) if (!kindAllows(fact, other, FULL_EVIDENCE)) return false;
  return true;
}

/** The rows stating each key, each row once per key. */
function rowsByKey(groups: Fact[][], keysOf: (fact: Fact) => readonly string[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  groups.forEach((group, index) => {
    for (const key of new Set(group.flatMap(keysOf))) listIn(byKey, key).push(index);
  });
  return byKey;
}

const isVague = (fact: Fact) => kindSpec(fact.kind).isVague?.(fact.value) === true;

/** A row's words, to order rows by content rather than by file names or order. */
function rowWords(group: readonly Fact[]): string {
  return group
    .map((f) => `${f.surface}\u0000${f.context.join(' ')}`)
    .sort(compareCodeUnits)
    .join('\u0001');
}

/**
 * Rows that count one thing join: "60 excavators" in one outlet and "80 diggers" in another are the story's
 * count of excavators, told two ways, so the second is altered rather than a fact of its own. Only where
 * every source involved states one number of that thing: a source with two counts of excavators ("60 at
 * first, 100 by Tuesday") keeps its rows apart; one that repeats its count ("around 80 diggers", "over 80
 * diggers") states it once in the joined row.
 */
export function joinSameSubjects(groups: Fact[][]): Fact[][] {
  // Each fact's keys, worked out once: they are asked again for every key of its rows.
  const keysOf = new Map(groups.flat().map((fact) => [fact, restatedKeys(fact)]));
  const hasKey = (fact: Fact, key: string) => keysOf.get(fact)!.includes(key);
  const byKey = rowsByKey(groups, (fact) => keysOf.get(fact)!);
  const taken = new Set<number>();
  const joined: Fact[][] = [];
  for (const key of [...byKey.keys()].sort(compareCodeUnits)) {
    const rows = byKey.get(key)!.filter((i) => !taken.has(i));
    if (rows.length < 2) continue;
    const stated = new Map<string, Fact>();
    const twoNumbers = new Set<string>();
    for (const i of rows) {
      for (const fact of groups[i]!) {
        if (!hasKey(fact, key)) continue;
        const first = stated.get(fact.source);
        if (!first) stated.set(fact.source, fact);
        else if (!restates(first, fact)) twoNumbers.add(fact.source);
      }
    }
    const alone = rows.filter((i) => groups[i]!.every((f) => !hasKey(f, key) || !twoNumbers.has(f.source)));
    if (alone.length < 2 || !onePersonAndPredicate(alone.flatMap((i) => groups[i]!))) continue;
    // One predicate is not one thing counted: "15 million Brits" and "209,000 US credit card numbers" were both
    // stolen, and the kind rules them apart.
    const keyed = alone.flatMap((i) => groups[i]!.filter((f) => hasKey(f, key)));
    if (keyed.length > MAX_ROWS_PER_KEY || !allAllowed(keyed)) continue;
    for (const i of alone) taken.add(i);
    const once = new Map<string, Fact>();
    for (const i of alone) for (const fact of groups[i]!) if (!once.has(fact.source)) once.set(fact.source, fact);
    joined.push([...once.values()]);
  }
  return [...groups.filter((_, i) => !taken.has(i)), ...joined];
}

/** No two of the facts (of different sources) ruled apart by their kind on the fullest evidence. */
function allAllowed(facts: readonly Fact[]): boolean {
  for (let x = 0; x < facts.length; x++)
    for (let y = x + 1; y < facts.length; y++)
      if (facts[x]!.source !== facts[y]!.source && !kindAllows(facts[x]!, facts[y]!, FULL_EVIDENCE)) return false;
  return true;
}

/** The same value again, at most a nuance apart: "around 80 diggers" and "over 80 diggers". */
function restates(first: Fact, again: Fact): boolean {
  const difference = differenceOf(first, again);
  return difference === null || severityOf(difference) === 'nuance';
}

/**
 * Numbers of different people are different facts ("Osei-Lind 52.4%", "Fenwright 45.1%"), and so are numbers
 * of different predicates ("killed", "wounded").
 */
function onePersonAndPredicate(facts: readonly Fact[]): boolean {
  const owners = new Set(facts.flatMap((f) => (f.owner ? [f.owner] : [])));
  const predicates = new Set(facts.flatMap((f) => (f.predicate ? [f.predicate] : [])));
  return owners.size <= 1 && predicates.size <= 1;
}

/** Whether two numbers may belong to one person: not when each is owned by a different one. */
export const samePerson = (a: Fact, b: Fact): boolean => !a.owner || !b.owner || a.owner === b.owner;

/** Whether two numbers may count one outcome: not "killed" against "wounded" (lexicon/predicates.ts). */
export const samePredicate = (a: Fact, b: Fact): boolean => !a.predicate || !b.predicate || a.predicate === b.predicate;
