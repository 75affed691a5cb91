/**
 * Join items into groups along scored edges, strongest first, never letting a group hold two items of
 * the same source. Shared by sentence clustering and fact alignment: "one version states each thing once"
 * is what keeps a chain of look-alikes from collapsing into one group.
 */
export function groupOnePerSource(sources: readonly string[], edges: ReadonlyArray<readonly [number, number, number]>): number[][] {
  const groupOf = sources.map((_, i) => new Set([i]));
  const ranked = [...edges].sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  for (const [a, b] of ranked) {
    const ga = groupOf[a]!;
    const gb = groupOf[b]!;
    if (ga === gb) continue;
    const taken = new Set([...ga].map((i) => sources[i]));
    if ([...gb].some((i) => taken.has(sources[i]))) continue;
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
