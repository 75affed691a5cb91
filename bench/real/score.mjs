// Scores one claimdiff JSON report against one event's blind gold (bench/real/gold/<event>.json, written by the
// protocol in ../shared/eval/real-annotation.md). Pure: data in, figures out; eval.mjs runs the tool and prints.
//
// How a gold fact finds its row. Each gold cell that states the fact carries an anchor, a short exact substring
// of that outlet's text ("seven people", 3-8 words of a quote). The anchor is located in the report's sentences
// of that source; the report facts whose cell for that source sits in such a sentence, and whose value shares
// words with the anchor, are the cell's hits. The row is the fact hit by the most gold cells (ties: more
// sources, then id), which is what a reader of the report would take for "that fact". Every cell is then judged
// by that row's status for the source, exactly as the report shows it: a source the row leaves out is omitted,
// even if another row (a split) has it.
//
// Severity: an altered cell of severity nuance (only a compatible qualifier or precision: "about 14 percent" for
// "14 per cent") is right whether the gold says included or altered, as a cell the annotator gave both statuses;
// it is caught when the gold says altered and no false alarm when it says included. tally() counts nuance cells,
// and strict false alarms (nuance counted as altered), so the leniency shows.

/** Gold kinds and the report kinds that can stand for them ("number" is an unnamed count). */
const COMPATIBLE = {
  count: ['count', 'number'],
  quantity: ['quantity', 'number'],
  money: ['money'],
  percent: ['percent'],
  date: ['date'],
  duration: ['duration', 'number'],
  quote: ['quote'],
  person: ['person'],
};

const STOP = new Set(
  'a an the of to in on at by for and or but is was were are be been with as from that this it its his her their'.split(
    ' ',
  ),
);

/** One spelling for what outlets write differently: case, curly quotes, soft hyphens, dashes, spaces. */
export function fold(text) {
  return text
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb\u201e]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

function words(text) {
  return fold(text)
    .replace(/[^\p{L}\p{N}$%.,' -]/gu, ' ')
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[.'-]+|[.'-]+$/g, ''))
    .filter((w) => w.length > 0 && !STOP.has(w));
}

/** Indexes of the source's sentences that hold the anchor (or where it starts when it runs over two). */
export function locate(sentences, anchor) {
  const needle = fold(anchor);
  const bare = (s) => s.replace(/["']/g, '');
  const texts = sentences.map((s) => fold(s.text));
  for (const variant of [(s) => s, bare]) {
    const n = variant(needle);
    const hits = texts.flatMap((t, i) => (variant(t).includes(n) ? [sentences[i].index] : []));
    if (hits.length > 0) return hits;
    const spans = texts.flatMap((t, i) =>
      i + 1 < texts.length && variant(`${t} ${texts[i + 1]}`).includes(n) ? [sentences[i].index] : [],
    );
    if (spans.length > 0) return spans;
  }
  return [];
}

/** How well a report value answers to the anchor: the share of the anchor's words it has; 0 when none. */
function overlap(value, anchor) {
  const a = words(anchor);
  const v = new Set(words(value));
  if (a.length === 0) return 0;
  const shared = a.filter((w) => v.has(w)).length;
  return shared / a.length;
}

/** The report facts a gold cell points at: in a sentence holding the anchor, sharing words with it. */
export function hitsOf(report, kind, source, anchor) {
  const sentences = report.sources.find((s) => s.id === source)?.sentences ?? [];
  const where = new Set(locate(sentences, anchor));
  if (where.size === 0) return { located: false, hits: [] };
  const scored = [];
  for (const fact of report.facts) {
    const cell = fact.sources[source];
    if (!cell || cell.status === 'omitted' || !where.has(cell.sentence)) continue;
    const share = overlap(cell.value ?? '', anchor);
    if (share === 0) continue;
    const kindFits = (COMPATIBLE[kind] ?? [kind]).includes(fact.kind);
    scored.push({ id: fact.id, score: share + (kindFits ? 1 : 0) });
  }
  // Several facts of one sentence may share a word with the anchor ("seven people" and "seven hours"); the
  // best-fitting ones are the hits, not every one.
  const best = Math.max(0, ...scored.map((s) => s.score));
  return { located: true, hits: scored.filter((s) => s.score >= best - 1e-9 && best > 0).map((s) => s.id) };
}

const only = (statuses, status) => statuses.length === 1 && statuses[0] === status;

/** Scores one gold check against the report: its row, and every cell as the report shows it. */
export function scoreCheck(report, check) {
  const byId = new Map(report.facts.map((f) => [f.id, f]));
  const cells = Object.entries(check.cells).map(([source, cell]) => {
    const stated = cell.anchor !== undefined && !only(cell.status, 'omitted');
    const found = stated ? hitsOf(report, check.kind, source, cell.anchor) : { located: false, hits: [] };
    return { source, gold: cell.status, stated, ...found };
  });
  const votes = new Map();
  for (const cell of cells) for (const id of cell.hits) votes.set(id, (votes.get(id) ?? 0) + 1);
  const ranked = [...votes.entries()].sort(
    (a, b) =>
      b[1] - a[1] ||
      Object.keys(byId.get(b[0]).sources).length - Object.keys(byId.get(a[0]).sources).length ||
      (a[0] < b[0] ? -1 : 1),
  );
  const row = ranked.length > 0 ? byId.get(ranked[0][0]) : undefined;
  const judged = cells.map((cell) => {
    const verdict = row?.sources[cell.source];
    const tool = verdict?.status ?? 'omitted';
    const nuance = verdict?.severity === 'nuance';
    return {
      ...cell,
      tool,
      nuance,
      right: cell.gold.includes(tool) || (nuance && cell.gold.includes('included')),
      elsewhere: cell.hits.length > 0 && !cell.hits.includes(row?.id),
    };
  });
  const statedCells = judged.filter((c) => c.stated);
  return {
    fact: check.fact,
    kind: check.kind,
    row: row?.id,
    // "Aligned into one row" is only a test where two or more outlets state the fact.
    multi: statedCells.length >= 2,
    aligned: row !== undefined && statedCells.every((c) => c.tool !== 'omitted'),
    right: row !== undefined && judged.every((c) => c.right),
    cells: judged,
  };
}

/** Adds the checks' figures up: the counts behind every rate eval.mjs prints. */
export function tally(checks) {
  const t = { facts: 0, multi: 0, aligned: 0, right: 0, cells: 0, cellsRight: 0 };
  Object.assign(t, { altered: 0, caught: 0, included: 0, falseAlarms: 0, strictFalseAlarms: 0, lost: 0 });
  Object.assign(t, { unlocated: 0, nuance: 0 });
  for (const check of checks) {
    t.facts += 1;
    if (check.right) t.right += 1;
    if (check.multi) {
      t.multi += 1;
      if (check.aligned) t.aligned += 1;
    }
    for (const cell of check.cells) {
      t.cells += 1;
      if (cell.right) t.cellsRight += 1;
      if (cell.stated && !cell.located) t.unlocated += 1;
      if (cell.nuance) t.nuance += 1;
      if (only(cell.gold, 'altered')) {
        t.altered += 1;
        if (cell.tool === 'altered') t.caught += 1;
      }
      if (only(cell.gold, 'included')) {
        t.included += 1;
        if (cell.tool === 'altered' && !cell.nuance) t.falseAlarms += 1;
        if (cell.tool === 'altered') t.strictFalseAlarms += 1;
        if (cell.tool === 'omitted') t.lost += 1;
      }
    }
  }
  return t;
}

/** The rates of a tally, as fractions (NaN where nothing was counted). */
export function rates(t) {
  return {
    fullyRight: t.right / t.facts,
    aligned: t.aligned / t.multi,
    cellsRight: t.cellsRight / t.cells,
    caught: t.caught / t.altered,
    falseAlarms: t.falseAlarms / t.included,
    strictFalseAlarms: t.strictFalseAlarms / t.included,
    lost: t.lost / t.included,
  };
}
