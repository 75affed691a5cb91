// People: one fact per person per source, at their first mention, under the name the whole run resolved
// ("Volodymyr Zelenskiy" for every spelling). A person aligns only with the same person; another office
// ("Foreign Minister" against "Defence Minister") is a change of role.
import type { Fact, SegmentedSource } from '../../types.js';
import { contentKeys } from '../../text/words.js';
import type { KnownPerson, PersonMention } from '../people/directory.js';
import { differentRoles } from '../people/names.js';
import type { FactKindSpec } from './kind.js';

/** One fact per person per source, at their first mention, with the first office the source gives them. */
function personFacts(source: SegmentedSource, mentions: PersonMention[]): Fact[] {
  // Each person's first office, found in one pass (not a search of every mention for each of 20,000 people).
  const roles = new Map<KnownPerson, string>();
  for (const m of mentions) if (m.role && !roles.has(m.person)) roles.set(m.person, m.role);
  const seen = new Set<KnownPerson>();
  const facts: Fact[] = [];
  for (const mention of mentions) {
    if (seen.has(mention.person)) continue;
    seen.add(mention.person);
    const role = roles.get(mention.person) ?? null;
    facts.push({
      kind: 'person',
      source: source.id,
      sentence: mention.sentence,
      surface: mention.surface,
      start: mention.start,
      topic: mention.person.name,
      value: { type: 'person', name: mention.person.name, role },
      subject: contentKeys(mention.person.name),
      context: [],
    });
  }
  return facts;
}

export const person: FactKindSpec<'person'> = {
  kind: 'person',
  inSource: personFacts,
  difference(reference, other) {
    if (reference.name !== other.name) return ['value'];
    return differentRoles(reference.role, other.role) ? ['role'] : null;
  },
  describe: (value) => (value.role ? `${value.role} ${value.name}` : value.name),
  changedNames: (aspects, reference, other) =>
    aspects.includes('role') && reference.role && other.role
      ? { role: { reference: reference.role, source: other.role } }
      : {},
  bucket: (fact) => `person:${fact.value.name}`,
  // People share a bucket only with the same person (by resolved name): nothing else to weigh.
  alignScore: () => 1,
  meetsByValue: false,
  // Shown by the name the whole run resolved ("Vladimir Putin", not one source's "V. Putin").
  shownAs: (fact) => fact.value.name,
  label: (fact) => fact.topic,
  idWords: (fact) => fact.value.name,
  setting: true,
};
