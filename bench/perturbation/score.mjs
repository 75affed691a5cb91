// Scores claimdiff's report on one edited version against the truths of its edits.
//
// Each run compares three sources: `wire` (the base article), `mirror` (an identical copy, so the consensus
// is clear, or with `mirror: 'rewritten'` a faithful rewrite of the whole article) and `edited`. Facts are
// found through the wire's wording, so a score never depends on how claimdiff names or orders them.

import { articleText, versionsOf } from './edits.mjs';

/** Counters: `hit` of `total` went as expected. Misses keep a line each for --verbose. */
function counter() {
  return { hit: 0, total: 0, misses: [] };
}

export function emptyScores() {
  return {
    alteredNumbers: counter(),
    alteredQuotes: counter(),
    omitted: counter(),
    fabricated: counter(),
    /** Facts of untouched sentences that must stay `included`. */
    untouched: counter(),
    /** Facts whose value an edit kept (converted unit, reformatted number, paraphrase): must be `included`. */
    preserved: counter(),
    /** Paraphrased sentences that must not come out as claims only the edited version makes. */
    paraphraseNotUnique: counter(),
    /** Truths that name a fact claimdiff did not extract from the wire at all (a finder gap, not a verdict). */
    notExtracted: counter(),
  };
}

const wireSentence = (fact) => fact.sources.wire?.sentence;

function factsOfSentence(report, articleIndex) {
  return report.facts.filter((f) => f.sources.wire?.status !== 'omitted' && wireSentence(f) === articleIndex + 1);
}

function record(c, ok, miss) {
  c.total += 1;
  if (ok) c.hit += 1;
  else c.misses.push(miss);
}

/**
 * Adds one version's outcome to `scores`.
 * @param {any} report claimdiff's report for wire, mirror and edited
 * @param {import('./edits.mjs').Version} version
 */
export function scoreVersion(scores, report, version, label) {
  // A source that does not state a fact is not listed under it: it omits it.
  const status = (fact) => fact.sources.edited?.status ?? 'omitted';
  const describe = (fact) =>
    `${label}: ${fact.label} "${fact.sources.wire?.value}" → ${status(fact)}` +
    `${fact.sources.edited?.value ? ` "${fact.sources.edited.value}"` : ''}`;
  const judged = new Set();

  for (const truth of version.truths) {
    if (truth.expect === 'unique') {
      const head = truth.text.slice(0, 40);
      const flagged = report.uniqueClaims.some((c) => c.source === 'edited' && c.text.includes(head));
      record(scores.fabricated, flagged, `${label}: fabricated "${head}…" not flagged`);
      continue;
    }
    let facts = factsOfSentence(report, truth.sentence);
    if (truth.find)
      facts = facts.filter(
        (f) => f.kind !== 'quote' && f.kind !== 'person' && (f.sources.wire?.value ?? '').includes(truth.find),
      );
    if (truth.factKind) facts = facts.filter((f) => f.kind === truth.factKind);
    // People are named again elsewhere in a story, so a dropped or paraphrased sentence says nothing about them.
    if (!truth.find && !truth.factKind) facts = facts.filter((f) => f.kind !== 'person');
    const wantsOne = truth.find !== undefined || truth.factKind !== undefined;
    if (wantsOne) {
      record(
        scores.notExtracted,
        facts.length > 0,
        `${label}: no ${truth.factKind ?? 'number'} fact "${truth.find ?? ''}" in sentence ${truth.sentence}`,
      );
      if (facts.length === 0) continue;
    }
    for (const fact of wantsOne ? facts.slice(0, 1) : facts) {
      judged.add(fact.id);
      const ok = status(fact) === truth.expect;
      if (['number changed', 'qualifier changed', 'date changed', 'direction flipped'].includes(truth.edit)) {
        record(scores.alteredNumbers, ok, describe(fact));
      } else if (truth.edit === 'speaker changed') record(scores.alteredQuotes, ok, describe(fact));
      else if (truth.edit === 'quote reworded') record(scores.alteredQuotes, ok, describe(fact));
      else if (truth.edit === 'sentence dropped') record(scores.omitted, ok, describe(fact));
      else record(scores.preserved, ok, describe(fact));
    }
  }

  // Each paraphrase must find its original: one check per paraphrased sentence, a miss per one reported
  // as a claim only the edited version makes.
  if (version.edit === 'sentence paraphrased' || version.edit === 'whole article rewritten') {
    const wireTexts = new Set(report.sources.find((s) => s.id === 'wire').sentences.map((s) => s.text));
    const flagged = report.uniqueClaims.filter((c) => c.source === 'edited' && !wireTexts.has(c.text));
    const paraphrased = version.paraphrased ?? version.touched.length;
    for (let k = 0; k < paraphrased; k++) {
      const claim = flagged[k];
      record(
        scores.paraphraseNotUnique,
        claim === undefined,
        claim ? `${label}: paraphrase reported as a unique claim: "${claim.text.slice(0, 60)}…"` : '',
      );
    }
  }

  // Everything else the wire states must be included by the edited version.
  const touched = new Set(version.touched.map((i) => i + 1));
  for (const fact of report.facts) {
    if (judged.has(fact.id) || fact.sources.wire?.status === 'omitted' || !fact.sources.wire) continue;
    if (touched.has(wireSentence(fact))) {
      // A person first named in an edited sentence must still be there only if the edited text names them.
      const surname = fact.kind === 'person' ? fact.value.split(' ').pop() : undefined;
      if (!surname || !version.text.includes(surname)) continue;
    }
    record(scores.untouched, status(fact) === 'included', describe(fact));
  }
}

/**
 * Runs every version of every article through `compareSources` and returns the scores, with a check that
 * the wire segments into the title plus one sentence per article sentence (else the truths would point at
 * the wrong sentences).
 */
export function scoreArticles(articles, compareSources, { onVersion, mirror = 'copy' } = {}) {
  const scores = emptyScores();
  const byEdit = new Map();
  for (const [name, article] of articles) {
    const wire = articleText(
      article.title,
      article.sentences.map((s) => s.text),
    );
    const versions = versionsOf(article);
    // The third source: an identical copy, or the whole article rewritten by a site (paraphrases, converted
    // units, restyled numbers), which makes the consensus work across wording.
    const third = mirror === 'copy' ? wire : versions.find((v) => v.edit === 'whole article rewritten').text;
    for (const version of versions) {
      if (mirror !== 'copy' && version.edit === 'whole article rewritten') continue;
      const report = compareSources([
        { id: 'wire', path: 'wire.txt', text: wire },
        { id: 'mirror', path: 'mirror.txt', text: third },
        { id: 'edited', path: 'edited.txt', text: version.text },
      ]);
      const segmented = report.sources.find((s) => s.id === 'wire').sentences.length;
      if (segmented !== article.sentences.length + 1) {
        throw new Error(
          `${name}: the wire text splits into ${segmented} sentences, ` +
            `expected ${article.sentences.length + 1} (title + sentences)`,
        );
      }
      const label = `${name} / ${version.edit} / rotation ${version.rotation}`;
      scoreVersion(scores, report, version, label);
      if (!byEdit.has(version.edit)) byEdit.set(version.edit, emptyScores());
      scoreVersion(byEdit.get(version.edit), report, version, label);
      onVersion?.(label);
    }
  }
  return { scores, byEdit };
}

/** Share of hits, or 1 when nothing was counted. */
export const rate = (c) => (c.total === 0 ? 1 : c.hit / c.total);
