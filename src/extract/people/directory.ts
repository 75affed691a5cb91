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

/** The people of a run, with an index to find them by surname. */
export interface Directory {
  people: KnownPerson[];
  /** People whose surname may be a spelling of this one (sameSurname), in the order they were found. */
  near: (surname: string) => KnownPerson[];
  /** resolvePerson's answer for each name already resolved, by its parts. */
  resolved: Map<string, KnownPerson | undefined>;
}

/**
 * Everyone named with a given name and surname anywhere in the run. Built over all sources first so
 * that "Zelensky" in one version and "Volodymyr Zelenskyy" in another resolve to one person.
 */
export function buildDirectory(candidates: NameCandidate[]): Directory {
  const people: KnownPerson[] = [];
  const index = new SurnameIndex<KnownPerson>();
  // Surnames that stand alone somewhere ("Ricardi said"): people are called by their surname, places and
  // clubs by their whole name ("Sierra Gorda", "Harrowgate Athletic").
  // Distinct names only: a story repeats "Grenell said" many times.
  const alone = new SurnameIndex<string>();
  for (const name of new Set(candidates.filter((c) => c.parts.length === 1).map((c) => c.parts[0]!)))
    alone.add(name, name);
  const standsAlone = new Map<string, boolean>();
  const aloneSomewhere = (surname: string): boolean => {
    let known = standsAlone.get(surname);
    if (known === undefined)
      standsAlone.set(surname, (known = alone.near(surname).some((n) => sameSurname(n, surname))));
    return known;
  };
  const full = candidates.filter(
    (c) => c.parts.length >= 2 && (c.strong || (c.plausible && aloneSomewhere(surnameOf(c.parts)))),
  );
  // Spelled-out given names first, so "V. Putin" joins "Vladimir Putin" rather than founding a person.
  full.sort((a, b) => Number(a.parts[0]!.endsWith('.')) - Number(b.parts[0]!.endsWith('.')));
  for (const candidate of full) {
    const surname = surnameOf(candidate.parts);
    const given = givenNameOf(candidate.parts);
    const form = candidate.parts.join(' ');
    let person = index
      .near(surname)
      .find((p) => sameSurname(p.surname, surname) && compatibleGivenNames(p.given, given));
    if (!person) {
      person = { name: form, surname, given, forms: new Map() };
      people.push(person);
      index.add(surname, person);
    }
    person.forms.set(form, (person.forms.get(form) ?? 0) + 1);
  }
  for (const person of people) person.name = mostCommonForm(person.forms);
  return { people, near: (surname) => index.near(surname), resolved: new Map() };
}

/**
 * Items by the first letter and the length of a surname: sameSurname joins only names that share their first
 * letter and differ in length by two at most, so a name is compared with those few, not with everyone in a
 * run of 20,000 names.
 */
class SurnameIndex<T> {
  private readonly buckets = new Map<string, Array<{ item: T; order: number }>>();
  private added = 0;

  add(surname: string, item: T): void {
    const key = `${surname.charAt(0)}:${surname.length}`;
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = []));
    bucket.push({ item, order: this.added++ });
  }

  /** The items whose surname may match `surname`, in the order they were added. */
  near(surname: string): T[] {
    const found: Array<{ item: T; order: number }> = [];
    for (let length = surname.length - 2; length <= surname.length + 2; length++) {
      for (const entry of this.buckets.get(`${surname.charAt(0)}:${length}`) ?? []) found.push(entry);
    }
    return found.sort((a, b) => a.order - b.order).map((entry) => entry.item);
  }
}

function mostCommonForm(forms: Map<string, number>): string {
  return [...forms.entries()].sort(
    (a, b) => Number(a[0].includes('.')) - Number(b[0].includes('.')) || b[1] - a[1] || compareCodeUnits(a[0], b[0]),
  )[0]![0];
}

/** The known person a mention names: a full name, "V. Putin", or a surname alone ("Grenell said"). */
export function resolvePerson(candidate: NameCandidate, directory: Directory): KnownPerson | undefined {
  const key = candidate.parts.join('\u0000');
  if (directory.resolved.has(key)) return directory.resolved.get(key);
  const surname = surnameOf(candidate.parts);
  const matches = directory.near(surname).filter((p) => sameSurname(p.surname, surname));
  const person =
    candidate.parts.length === 1
      ? matches.length === 1
        ? matches[0]
        : undefined
      : matches.find((p) => compatibleGivenNames(p.given, givenNameOf(candidate.parts)));
  directory.resolved.set(key, person);
  return person;
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
