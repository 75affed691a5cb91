/**
 * Join items into groups along scored edges, strongest first, never letting a group hold two items of
 * the same source. Shared by sentence clustering and fact alignment: "one version states each thing once"
 * is what keeps a chain of look-alikes from collapsing into one group.
 *
 * Two groups join only when their average pair score (a pair without an edge scores 0) reaches the
 * threshold: a sentence invented by one version that happens to resemble one member of a cluster
 * (shared names, a shared topic) does not join it unless it resembles the cluster as a whole.
 */
export function groupOnePerSource(sources: readonly string[], edges: ReadonlyArray<readonly [number, number, number]>,
  threshold: number, pairScore?: (a: number, b: number) => number): number[][] {
  // The score of any pair, for the average: the caller's own look-up when it has one (the cluster stage keeps
  // its scores), else a flat map built from the edges, much cheaper than a map of maps with a million pairs.
  const scoreOf = pairScore ?? flatScores(sources.length, edges);

  const groupOf = sources.map((_, i) => [i]);
  const sourcesIn = new Map<number[], Set<string>>(groupOf.map((g, i) => [g, new Set([sources[i]!])]));
  const ranked = edges.filter((e) => e[2] >= threshold).sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  for (const [a, b] of ranked) {
    const ga = groupOf[a]!;
    const gb = groupOf[b]!;
    if (ga === gb) continue;
    const taken = sourcesIn.get(ga)!;
    if (gb.some((i) => taken.has(sources[i]!))) continue;
    let total = 0;
    for (const i of ga) for (const j of gb) total += scoreOf(i, j);
    if (total / (ga.length * gb.length) < threshold) continue;
    for (const i of gb) {
      ga.push(i);
      taken.add(sources[i]!);
      groupOf[i] = ga;
    }
    sourcesIn.delete(gb);
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

function flatScores(n: number, edges: ReadonlyArray<readonly [number, number, number]>): (a: number, b: number) => number {
  const score = new Map<number, number>();
  for (const [a, b, s] of edges) score.set(a < b ? a * n + b : b * n + a, s);
  return (a, b) => score.get(a < b ? a * n + b : b * n + a) ?? 0;
}
