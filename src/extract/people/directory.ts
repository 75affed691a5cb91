// The people of a run: every spelling of a name resolved to one person across all sources.
import { compareCodeUnits } from '../../text/order.js';
import { type NameCandidate, compatibleGivenNames, givenNameOf, sameSurname, surnameOf } from './names.js';

/** One person as the whole run knows them, with every spelling seen. */
export interface KnownPerson {
  /** The most common full spelling: "Volodymyr Zelenskiy". */
  name: string;
  surname: string;
  given: string;
  forms: Map<string, number>;
}

/**
 * Everyone named with a given name and surname anywhere in the run. Built over all sources first so
 * that "Zelensky" in one version and "Volodymyr Zelenskyy" in another resolve to one person.
 */
export function buildDirectory(candidates: NameCandidate[]): KnownPerson[] {
  const people: KnownPerson[] = [];
  // Surnames that stand alone somewhere ("Ricardi said"): people are called by their surname, places and
  // clubs by their whole name ("Sierra Gorda", "Harrowgate Athletic").
  // Distinct names only: a story repeats "Grenell said" many times.
  const alone = [...new Set(candidates.filter((c) => c.parts.length === 1).map((c) => c.parts[0]!))];
  const full = candidates.filter(
    (c) =>
      c.parts.length >= 2 && (c.strong || (c.plausible && alone.some((name) => sameSurname(name, surnameOf(c.parts))))),
  );
  // Spelled-out given names first, so "V. Putin" joins "Vladimir Putin" rather than founding a person.
  full.sort((a, b) => Number(a.parts[0]!.endsWith('.')) - Number(b.parts[0]!.endsWith('.')));
  for (const candidate of full) {
    const surname = surnameOf(candidate.parts);
    const given = givenNameOf(candidate.parts);
    const form = candidate.parts.join(' ');
    let person = people.find((p) => sameSurname(p.surname, surname) && compatibleGivenNames(p.given, given));
    if (!person) {
      person = { name: form, surname, given, forms: new Map() };
      people.push(person);
    }
    person.forms.set(form, (person.forms.get(form) ?? 0) + 1);
  }
  for (const person of people) person.name = mostCommonForm(person.forms);
  return people;
}

function mostCommonForm(forms: Map<string, number>): string {
  return [...forms.entries()].sort(
    (a, b) => Number(a[0].includes('.')) - Number(b[0].includes('.')) || b[1] - a[1] || compareCodeUnits(a[0], b[0]),
  )[0]![0];
}

/** The known person a mention names: a full name, "V. Putin", or a surname alone ("Grenell said"). */
export function resolvePerson(candidate: NameCandidate, people: KnownPerson[]): KnownPerson | undefined {
  const surname = surnameOf(candidate.parts);
  const matches = people.filter((p) => sameSurname(p.surname, surname));
  if (candidate.parts.length === 1) return matches.length === 1 ? matches[0] : undefined;
  return matches.find((p) => compatibleGivenNames(p.given, givenNameOf(candidate.parts)));
}

/** A resolved person mentioned in a sentence, for facts and for quote attribution. */
export interface PersonMention {
  person: KnownPerson;
  sentence: number;
  start: number;
  end: number;
  surface: string;
  role: string | null;
}
