// The words of the report, made in one place: the compare stage emits codes (aspects) and data (the two
// values, the two speakers or offices), findings.ts the findings, and these functions turn them into what a
// reader sees, set in the markup of the output (markup.ts), as publint's `formatMessage(m, pkg, { color })`.
import type { ChangeAspect, ComparedFact, Finding, SourceVerdict } from '../types.js';
import { isClaim } from './findings.js';
import { MARKUPS, type MarkupName } from './markup.js';

const ASPECT_WORDS: Record<ChangeAspect, string> = {
  value: 'value',
  qualifier: 'qualifier',
  unit: 'unit',
  precision: 'precision',
  wording: 'reworded',
  speaker: 'speaker',
  relation: 'relation',
  contradiction: 'contradiction',
  indirect: 'indirect',
  role: 'role',
  direction: 'direction',
};

/** The aspects of a change as words: "value, contradiction", "speaker, reworded". */
export function aspectWords(aspects: readonly ChangeAspect[]): string {
  return aspects.map((a) => ASPECT_WORDS[a]).join(', ');
}

/** "nuance: " or "contradiction: " before the aspects of such a change; nothing before a plain change. */
export function severityWords(verdict: SourceVerdict): string {
  return verdict.severity && verdict.severity !== 'changed' ? `${verdict.severity}: ` : '';
}

/**
 * What changed, beyond the words themselves: "attributed to Tom Berg instead of Ellen Hale" for a quote
 * given to someone else, `"Defence Minister" instead of "Foreign Minister"` for another office; undefined
 * when the word diff of the two values shows it all.
 */
export function whoChanged(verdict: SourceVerdict): string | undefined {
  if (verdict.speaker) return `attributed to ${verdict.speaker.source} instead of ${verdict.speaker.reference}`;
  if (verdict.role) return `"${verdict.role.source}" instead of "${verdict.role.reference}"`;
  return undefined;
}

/** The one-line description of an altered verdict (`SourceVerdict.change`): its aspects, then what changed. */
export function describeChange(fact: Pick<ComparedFact, 'value'>, verdict: SourceVerdict): string {
  const aspects = verdict.aspects ?? [];
  const what = aspectWords(aspects);
  if (aspects.length === 1 && aspects[0] === 'indirect') return `${what}: reported without quotation marks`;
  return `${what}: ${whoChanged(verdict) ?? `"${verdict.value ?? ''}" instead of "${fact.value}"`}`;
}

/**
 * How much the words of a finding say beyond what the source states, for where they stand:
 * - `full`, for a line read on its own (a GitHub annotation on the diff): why, against what, and that no
 *   other source says it: `count of people: "39 people" instead of "37 people" (value)`,
 *   `count of people: omitted (the others say "37 people")`, `claim only this source makes: Rescuers …`,
 *   `money: "$4 billion" stated by this source only`.
 * - `short`, for a line under a heading that says it fails the check, behind a mark that gives the kind
 *   (the terminal's Check section): `count of people: "39 people" instead of "37 people"`,
 *   `count of people: omitted`, `claim: Rescuers …`, `money: "$4 billion"`.
 * - `bare`, for a list item that names the kind and the source itself (Markdown's
 *   "- **unique** in `ours` line 4: …"): as `short`, but a unique claim or fact is its words alone.
 */
export type FindingDetail = 'full' | 'short' | 'bare';

/** A finding in words: `describeFinding(f, 'plain')` for an annotation, `(f, 'markdown', 'bare')` for a list item. */
export function describeFinding(finding: Finding, markup: MarkupName, detail: FindingDetail = 'full'): string {
  const { escape: escaped, quote } = MARKUPS[markup];
  const label = escaped(finding.label);
  switch (finding.kind) {
    case 'altered': {
      const what = `${label}: ${quote(finding.actual ?? '')} instead of ${quote(finding.expected ?? '')}`;
      // The aspects as codes ("wording"), as annotations have always shown them.
      return detail === 'full' ? `${what} (${(finding.aspects ?? []).join(', ')})` : what;
    }
    case 'omitted':
      return detail === 'full'
        ? `${label}: omitted (the others say ${quote(finding.expected ?? '')})`
        : `${label}: omitted`;
    case 'unique': {
      if (detail === 'bare') return escaped(finding.actual ?? finding.label);
      if (isClaim(finding)) {
        const words = detail === 'full' ? 'claim only this source makes' : 'claim';
        return `${words}: ${escaped(finding.actual ?? finding.label)}`;
      }
      const what = `${label}: ${quote(finding.actual ?? '')}`;
      return detail === 'full' ? `${what} stated by this source only` : what;
    }
  }
}
