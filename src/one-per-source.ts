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
  threshold: number): number[][] {
  const score = new Map<number, Map<number, number>>();
  const set = (a: number, b: number, s: number) => {
    let row = score.get(a);
    if (!row) score.set(a, (row = new Map()));
    row.set(b, s);
  };
  for (const [a, b, s] of edges) {
    set(a, b, s);
    set(b, a, s);
  }
  const groupOf = sources.map((_, i) => new Set([i]));
  const ranked = edges.filter((e) => e[2] >= threshold).sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  for (const [a, b] of ranked) {
    const ga = groupOf[a]!;
    const gb = groupOf[b]!;
    if (ga === gb) continue;
    const taken = new Set([...ga].map((i) => sources[i]));
    if ([...gb].some((i) => taken.has(sources[i]))) continue;
    let total = 0;
    for (const i of ga) for (const j of gb) total += score.get(i)?.get(j) ?? 0;
    if (total / (ga.size * gb.size) < threshold) continue;
    for (const i of gb) {
      ga.add(i);
      groupOf[i] = ga;
    }
  }
  const seen = new Set<Set<number>>();
  const groups: number[][] = [];
  for (const group of groupOf) {
    if (seen.has(group)) continue;
    seen.add(group);
    groups.push([...group].sort((x, y) => x - y));
  }
  return groups;
}
