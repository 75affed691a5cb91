/** How groupOnePerSource weighs two groups, for runs too large to weigh every pair of members. */
export interface GroupOptions {
  /**
   * The score of any pair, for the average: the caller's own look-up when it keeps its scores anyway (the
   * cluster stage). Default: the edges' scores, and `unscored` for a pair without an edge.
   */
  pairScore?: (a: number, b: number) => number;
  /** The score of a pair without an edge, worked out on demand (the compare stage at scale). Default: 0. */
  unscored?: (a: number, b: number) => number;
  /**
   * Average over at most this many evenly spaced members of each group instead of all of them. For runs of
   * hundreds of sources, where two groups of 500 would cost 250,000 scores per attempt to join them; the
   * members of a group all resemble each other (that is how they joined), so a spread sample stands for it.
   * Default: every member.
   */
  sample?: number;
  /**
   * How much two groups that failed to join must grow before they are weighed again: 1 (the default) weighs
   * them again after any change; 1.5 waits until one of them is half as large again. For large runs, where
   * two groups edge by edge gain a member and fail again thousands of times.
   */
  retryGrowth?: number;
  /**
   * Failed attempts after which a group stops trying to join larger ones (default: never). Edges come
   * strongest first, so a group turned down by its strongest partners is turned down by weaker ones too;
   * across an archive, "for 6 weeks" has a weak partner in hundreds of unrelated articles.
   */
  maxFailures?: number;
  /** The highest score a pair can have, if known: lets a hopeless average stop early. Default: no bound. */
  maxScore?: number;
}

/**
 * Join items into groups along scored edges, strongest first, never letting a group hold two items of
 * the same source. Shared by sentence clustering and fact alignment: "one version states each thing once"
 * is what keeps a chain of look-alikes from collapsing into one group.
 *
 * Two groups join only when their average pair score (a pair without an edge scores 0) reaches the
 * threshold: a sentence invented by one version that happens to resemble one member of a cluster
 * (shared names, a shared topic) does not join it unless it resembles the cluster as a whole.
 */
export function groupOnePerSource(
  sources: readonly string[],
  edges: ReadonlyArray<readonly [number, number, number]>,
  threshold: number,
  options: GroupOptions = {},
): number[][] {
  // A flat map built from the edges is much cheaper than a map of maps with a million pairs.
  const scoreOf = options.pairScore ?? flatScores(sources.length, edges, options.unscored);
  const sample = options.sample ?? Infinity;

  const groupOf = sources.map((_, i) => [i]);
  // The sources of each group of two or more, made when a group first grows: most items stay alone.
  const sourcesIn = new Map<number[], Set<string>>();
  const sourcesOf = (group: number[]) => {
    let set = sourcesIn.get(group);
    if (!set) sourcesIn.set(group, (set = new Set(group.map((i) => sources[i]!))));
    return set;
  };
  // Groups only grow (by pushing), so two groups that failed to join cannot join while neither has
  // changed: hundreds of edges between the same two groups are weighed once. A live group is named by its
  // first member, which never changes. Two groups that share a source never join at all.
  const n = sources.length;
  const failedAt = new Map<number, [number, number]>();
  const retryGrowth = options.retryGrowth ?? 1;
  const maxFailures = options.maxFailures ?? Infinity;
  /** Failed attempts of each group (by its first member) as the smaller side. */
  const failures = new Map<number, number>();
  const ranked = edges.filter((e) => e[2] >= threshold).sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  for (const [a, b] of ranked) {
    const ga = groupOf[a]!;
    const gb = groupOf[b]!;
    if (ga === gb) continue;
    const [gx, gy] = ga[0]! < gb[0]! ? [ga, gb] : [gb, ga];
    const pair = gx[0]! * n + gy[0]!;
    const last = failedAt.get(pair);
    if (last && gx.length <= last[0] * retryGrowth && gy.length <= last[1] * retryGrowth) continue;
    // The smaller group is checked against the larger's sources and moved into it: a group of 1,000 that
    // a newcomer joins is not copied.
    const [large, small] = ga.length >= gb.length ? [ga, gb] : [gb, ga];
    if ((failures.get(small[0]!) ?? 0) >= maxFailures) continue;
    const taken = sourcesOf(large);
    if (small.some((i) => taken.has(sources[i]!))) {
      failedAt.set(pair, [Infinity, Infinity]);
      continue;
    }
    if (!averageReaches(spread(ga, sample), spread(gb, sample), scoreOf, threshold, options.maxScore ?? Infinity)) {
      failedAt.set(pair, [gx.length, gy.length]);
      failures.set(small[0]!, (failures.get(small[0]!) ?? 0) + 1);
      continue;
    }
    for (const i of small) {
      large.push(i);
      taken.add(sources[i]!);
      groupOf[i] = large;
    }
    sourcesIn.delete(small);
  }
  const seen = new Set<number[]>();
  const groups: number[][] = [];
  for (const group of groupOf) {
    if (seen.has(group)) continue;
    seen.add(group);
    groups.push([...group].sort((x, y) => x - y));
  }
  return groups;
}

/** Room for rounding: a running total this close to the bar is summed out in full instead of cut short. */
const EPSILON = 1e-9;

/**
 * Whether the average score of all pairs across `a` and `b` reaches `threshold`. Pair scores are never
 * negative, so the sum can stop as soon as it has reached the bar; and, when scores have a known maximum,
 * as soon as it could not reach it even if every remaining pair scored that. At scale, where a pair's score
 * is worked out on demand, most decisions need a few pairs, not all of them.
 */
function averageReaches(
  a: number[],
  b: number[],
  scoreOf: (i: number, j: number) => number,
  threshold: number,
  maxScore: number,
): boolean {
  const pairs = a.length * b.length;
  const bar = threshold * pairs;
  let total = 0;
  let left = pairs;
  for (const i of a) {
    for (const j of b) {
      total += scoreOf(i, j);
      left--;
      if (total > bar + EPSILON) return true;
      if (total + left * maxScore < bar - EPSILON) return false;
    }
  }
  return total / pairs >= threshold;
}

/** At most `n` members of `group`, evenly spaced: the whole group when it is small enough. */
function spread(group: number[], n: number): number[] {
  if (group.length <= n) return group;
  const picked: number[] = [];
  for (let k = 0; k < n; k++) picked.push(group[Math.floor((k * group.length) / n)]!);
  return picked;
}

function flatScores(
  n: number,
  edges: ReadonlyArray<readonly [number, number, number]>,
  unscored?: (a: number, b: number) => number,
): (a: number, b: number) => number {
  const score = new Map<number, number>();
  for (const [a, b, s] of edges) score.set(a < b ? a * n + b : b * n + a, s);
  return (a, b) => score.get(a < b ? a * n + b : b * n + a) ?? unscored?.(a, b) ?? 0;
}
