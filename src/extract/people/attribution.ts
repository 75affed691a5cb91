// Who speaks each quote: a name next to it, an office ("the minister said"), a pronoun, or the speaker of
// the paragraph before.
import type { Sentence } from '../../types.js';
import type { KnownPerson, PersonMention } from './directory.js';
import type { QuotePiece, QuoteSpan } from '../quotes/spans.js';
import { FEMALE_GIVEN_NAMES } from '../../lexicon/given-names.js';
import { KINDRED_OFFICES, OFFICES } from '../../lexicon/offices.js';
import { isMediaName } from '../../lexicon/media.js';
import { SAYING_VERBS, SPEECH_VERBS, verbAlternation } from '../../lexicon/speech-verbs.js';
import { listIn } from '../../text/maps.js';

// "he said", "Yet, he critiqued,", "said she", "He emphasized, “...”": a pronoun with a verb in the past
// or present tense next to a quote.
const SAYING = verbAlternation(SAYING_VERBS);
const PRONOUN = new RegExp(
  `\\b(he|she)\\s+(?:\\w+ly\\s+)?(?:\\w+ed|\\w+s|${SAYING})\\b|\\b(${SAYING})\\s+(he|she)\\b`,
  'i',
);

// "the Ukrainian president said", "the Atlantic Council fellow told reporters", "said the minister": a person
// named earlier, referred to by office.
const OFFICE = OFFICES.join('|');
/** An office named anywhere in an attributing phrase: "the North Korean leader". */
const OFFICE_WORD = new RegExp(String.raw`\b(${OFFICE})\b`, 'i');
const DESCRIPTOR = new RegExp(
  `\\bthe\\s+(?:[\\w.-]+\\s+){0,3}?(${OFFICE})\\s+(?:\\w+ly\\s+)?(?:${SAYING})\\b` +
    `|\\b(?:${SAYING})\\s+the\\s+(?:[\\w.-]+\\s+){0,3}?(${OFFICE})\\b`,
  'i',
);

// Verbs that make the person before them the speaker: "Sikorski said on X", "Grenell, an adviser, wrote".
const SPEECH_VERB = new RegExp(
  `^(?:,[^,“”"]{0,80},\\s*)?(?:\\w+ly\\s+)?(?:has\\s+|had\\s+)?(${verbAlternation(SPEECH_VERBS)})\\b`,
  'i',
);

/** Who speaks a quote: a person of the run, or an organisation or unnamed source ("the zoo", "a rep for X"). */
export interface Speaker {
  name: string;
  /** The word a later mention uses: a person's surname; an organisation's last word. */
  surname: string;
  /** Not a person: two outlets may name one organisation differently, so its name is not compared. */
  organisation: boolean;
  /**
   * How the speaker was found: `named` when the writer names them at the quote as the subject of a speech
   * verb ("“...,” Tarantino said", "Hughes told CBS News:"), `inferred` when read from a pronoun, an office,
   * the nearest name or the quote before. Only named speakers are compared across sources: an inferred one is
   * wrong often enough ("he said" after a sentence about someone else) that a difference says little.
   */
  basis: 'named' | 'inferred';
}

const asSpeaker = (person: KnownPerson | undefined, basis: Speaker['basis']): Speaker | undefined =>
  person && { name: person.name, surname: person.surname, organisation: false, basis };

// The subject of a speech verb right next to a quote: up to five words, the first may be an article.
const SUBJECT = String.raw`(?:(?:the|a|an)\s+)?(?:[\w'’.&-]+\s+){0,4}?[\w'’.&-]+`;
/** After the verb ("said county emergency manager Paul Oduya, who ..."): as long as it goes, to a clause break. */
const STOP = String.raw`(?:on|in|at|to|after|during|while|when|adding|because|who|which|as|before|the)\b`;
const SUBJECT_AFTER = String.raw`(?:(?:the|a|an)\s+)?(?:(?!${STOP})[\w'’.&-]+\s+){0,5}(?!${STOP})[\w'’.&-]+`;
const VERB = verbAlternation(SPEECH_VERBS);
/** “...,” the zoo said · “...,” said Phil Plait · “...,” according to the airline */
const AFTER_QUOTE = new RegExp(
  String.raw`^[\s,.!?]*[”"’'»]*[\s,.]*(?:(${SUBJECT})\s+(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+)?(?:${VERB})\b|` +
    String.raw`(?:${VERB}|according\s+to)\s+(${SUBJECT_AFTER})` +
    String.raw`(?=\s*(?:[,.;:]|$|\s(?:on|in|at|to|after|during|while|when|adding|because|who|which)\b)))`,
  'i',
);
/** ", Jos," after "said father": a capitalised name of up to four words set off by commas. */
const APPOSED_NAME = /(?<=^\s*,\s*)([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?=\s*(?:,|\.|$))/;
/** The zoo said: “...” · Trump wrote on Twitter: "..." */
const BEFORE_QUOTE = new RegExp(
  String.raw`(?:^|[,;]\s+|\.\s+)(${SUBJECT})\s+(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+)?(?:${VERB})` +
    String.raw`(?:\s+[^“”"‘:,.]{0,40})?\s*[:,]\s*[“"‘']*\s*$`,
  'i',
);
const PRONOUNS = /^(?:he|she|they|it|we|i)$/i;
/** Words that cannot open the subject of a speech verb. */
const NO_SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'on',
  'in',
  'at',
  'after',
  'before',
  'when',
  'while',
  'but',
  'and',
  'so',
  'then',
  'if',
  'as',
  'since',
]);

/** The subject of a speech verb and where it stands: its sentence and its offset in it. */
interface Clause {
  text: string;
  sentence: number;
  start: number;
}

/** The clause a match's first group names, the match made on the start of sentence `sentence`'s text. */
const clauseOf = (match: RegExpExecArray | null, sentence: number): Clause | undefined =>
  match?.[1] ? { text: match[1], sentence, start: match.index + match[0].indexOf(match[1]) } : undefined;

/**
 * The subject of the speech verb right next to a quote, with where it stands in its sentence: the clause
 * that attributes the quote, when the writer put one there.
 */
function attributingSubject(span: QuoteSpan, sentences: Sentence[]): Clause | undefined {
  const last = span.pieces[span.pieces.length - 1]!;
  const after = sentences[last.sentence]!.text.slice(last.end);
  const a = AFTER_QUOTE.exec(after);
  // "Paul Oduya." at the end of its sentence: the full stop is no part of the name.
  const subject = (a?.[1] ?? a?.[2])?.replace(/[.,;:]+$/, '');
  if (a && subject) {
    // "said father, Jos, who competed in Formula One": a common noun, then the name in apposition.
    const apposed = a[2] && /^[a-z]/.test(subject) ? APPOSED_NAME.exec(after.slice(a[0].length)) : null;
    if (apposed) return { text: apposed[1]!, sentence: last.sentence, start: last.end + a[0].length + apposed.index };
    return { text: subject, sentence: last.sentence, start: last.end + a[0].lastIndexOf(subject) };
  }
  const first = span.pieces[0]!;
  const before = sentences[first.sentence]!.text.slice(0, first.start);
  return clauseOf(BEFORE_QUOTE.exec(before), first.sentence);
}

/**
 * The speaker an attributing clause names: the person it names as its subject ("Phil Plait", "Kim"), the
 * person an office stands for ("the North Korean leader" → the leader named before), else the organisation
 * or unnamed source itself ("the zoo", "a rep for Weinstein": not Weinstein). A pronoun is left to the
 * pronoun rule.
 */
function speakerOfClause(
  clause: Clause,
  people: Speakers,
  previous: () => PersonMention[],
): Speaker | 'pronoun' | undefined {
  const text = clause.text.trim();
  const words = text.split(/\s+/);
  // "On Thursday he said": the pronoun is the subject, the words before it a time or a place.
  if (PRONOUNS.test(text) || PRONOUNS.test(words[words.length - 1]!)) return 'pronoun';
  // "Is Chicago Cubs' ...", "When Smith": a verb or a conjunction opens no subject.
  if (NO_SUBJECT_OPENERS.has(words[0]!.toLowerCase())) return undefined;
  const end = clause.start + clause.text.length;
  const named = people.inSentence(clause.sentence).filter((m) => m.start >= clause.start && m.end <= end);
  // The name ends the phrase ("Harvard astrophysicist Jonathan McDowell"), not "a rep for Weinstein".
  const head = named.find((m) => m.end === end || /^['’]s$/.test(text.slice(m.end - clause.start)));
  if (head) return asSpeaker(head.person, 'named');
  const office = OFFICE_WORD.exec(text);
  if (office && named.length === 0) {
    const holder = holderOf(text, previous(), office[1]!.toLowerCase(), true);
    if (holder) return asSpeaker(holder.person, 'inferred');
  }
  // "the NYT reported", "Reuters said": the outlet carries the words, someone else said them.
  if (isMediaName(text)) return undefined;
  // "said father, Jos,": a given name alone stands for the one person with that given name named before.
  if (named.length === 0 && /^\p{Lu}[\p{L}'’-]+$/u.test(text)) {
    const given = new Set(
      previous()
        .filter((m) => m.person.given === text)
        .map((m) => m.person),
    );
    if (given.size === 1) return asSpeaker([...given][0], 'named');
  }
  if (named.length > 0 || /^(?:the|a|an)\s+/i.test(text) || /^[A-Z]/.test(text)) {
    return { name: text, surname: words[words.length - 1]!, organisation: true, basis: 'named' };
  }
  return undefined;
}

/**
 * Who speaks each quote, in order of preference:
 * 0. the subject of a speech verb right next to the quote (speakerOfClause): “...,” the zoo said;
 * 1. a person named outside the quote marks in the quote's own sentences, the nearest one to the quote:
 *    “The wars will escalate before he leaves office,” Grenell said → Grenell;
 * 2. a pronoun with a speech verb ("he said", "He emphasized, “...”") → the last person named before it,
 *    outside any quote;
 * 3. a quote that opens a paragraph with no attribution of its own → the speaker of a quote in the
 *    previous paragraph (multi-paragraph quotes in wire copy).
 */
export function attributeQuotes(
  spans: QuoteSpan[],
  sentences: Sentence[],
  mentions: PersonMention[],
): Array<Speaker | undefined> {
  // Everything a quote looks at is found by sentence, so that a source of 5,000 quotes and 100,000 names is
  // not their product (the quotes of a paragraph of 5,000 "q" said took minutes).
  const pieces = new Map<number, QuotePiece[]>();
  for (const span of spans) for (const piece of span.pieces) listIn(pieces, piece.sentence).push(piece);
  const inside = (m: PersonMention) => (pieces.get(m.sentence) ?? []).some((p) => m.start >= p.start && m.end <= p.end);
  const speakersOnly = mentions.filter((m) => !inside(m) && canSpeak(m, sentences));
  const people = speakersOf(speakersOnly);
  const outsideText = new Map<number, string>();
  const outside = (i: number): string => {
    let text = outsideText.get(i);
    if (text === undefined) outsideText.set(i, (text = textOutside(sentences[i]!, pieces.get(i) ?? [])));
    return text;
  };
  const speakers: Array<Speaker | undefined> = [];
  for (let k = 0; k < spans.length; k++)
    speakers.push(speakerOf(k, spans, sentences, people, outside, speakers[k - 1]));
  return speakers;
}

/**
 * How far back a quote looks for the person an office or a pronoun stands for: the last this many mentions of
 * speakers before it (an article names a few hundred at most), so that the search does not grow with the source.
 */
export const SPEAKER_LOOKBACK = 1000;

/** The speakers mentioned in a source: those of one sentence, and those before a place in it. */
interface Speakers {
  inSentence: (sentence: number) => PersonMention[];
  /** The last SPEAKER_LOOKBACK mentions before offset `start` of sentence `sentence`, in order. */
  before: (sentence: number, start: number) => PersonMention[];
}

function speakersOf(mentions: PersonMention[]): Speakers {
  const bySentence = new Map<number, PersonMention[]>();
  for (const m of mentions) listIn(bySentence, m.sentence).push(m);
  const precedes = (m: PersonMention, sentence: number, start: number) =>
    m.sentence < sentence || (m.sentence === sentence && m.start < start);
  const ordered = mentions.every((m, i) => i === 0 || !precedes(m, mentions[i - 1]!.sentence, mentions[i - 1]!.start));
  return {
    inSentence: (sentence) => bySentence.get(sentence) ?? [],
    before: (sentence, start) => {
      if (!ordered) return mentions.filter((m) => precedes(m, sentence, start)).slice(-SPEAKER_LOOKBACK);
      // Mentions come in the order of the text: the ones before are a prefix, found by halving.
      let low = 0;
      let high = mentions.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (precedes(mentions[mid]!, sentence, start)) low = mid + 1;
        else high = mid;
      }
      return mentions.slice(Math.max(0, low - SPEAKER_LOOKBACK), low);
    },
  };
}

/** The speaker of quote `k`, by the order of preference above; `previousSpeaker` is that of quote k - 1. */
function speakerOf(
  k: number,
  spans: QuoteSpan[],
  sentences: Sentence[],
  people: Speakers,
  outside: (sentence: number) => string,
  previousSpeaker: Speaker | undefined,
): Speaker | undefined {
  const span = spans[k]!;
  const first = span.pieces[0]!.sentence;
  const last = span.pieces[span.pieces.length - 1]!.sentence;
  const previous = () => people.before(first, span.pieces[0]!.start);
  const clause = attributingSubject(span, sentences);
  const fromClause = clause ? speakerOfClause(clause, people, previous) : undefined;
  if (fromClause && fromClause !== 'pronoun') return fromClause;
  const named = nearestNamed(span, people, sentences);
  if (named && fromClause !== 'pronoun') return asSpeaker(named.person, named.verb ? 'named' : 'inferred');
  const attribution = [first, last].map(outside).join(' ');
  const descriptor = DESCRIPTOR.exec(attribution);
  const office = (descriptor?.[1] ?? descriptor?.[2])?.toLowerCase();
  if (descriptor) return asSpeaker(holderOf(descriptor[0], previous(), office, false)?.person, 'inferred');
  const pronoun = PRONOUN.exec(attribution);
  if (pronoun) return speakerOfPronoun(pronoun[0], previous(), first);
  // "The White House said in a statement on Tuesday that the move was “deeply troubling”": the subject that
  // opens the quote's sentence, for a quote woven into what it says.
  const lead = clauseOf(LEADING_SPEAKER.exec(sentences[first]!.text.slice(0, span.pieces[0]!.start)), first);
  const fromLead = lead ? speakerOfClause(lead, people, previous) : undefined;
  if (fromLead && fromLead !== 'pronoun') return fromLead;
  if (attribution.trim().length >= 3) return undefined;
  // A sentence that is only the quote: it goes on with the speaker of the quote just before it in its
  // paragraph ("“They are rare,” he added. “They move fast.”"), or, opening a paragraph, with the speaker
  // the previous paragraph named before its colon ("Hughes told CBS News:") or quoted last.
  const before = spans[k - 1];
  if (before && before.paragraph === span.paragraph && !span.opensParagraph) return previousSpeaker;
  if (!span.opensParagraph) return undefined;
  const introduced = first > 0 ? introducingClause(sentences[first - 1]!, span) : undefined;
  if (introduced) {
    const speaker = speakerOfClause(introduced, people, previous);
    // "He told CBS News:": the last person of that gender named before.
    return speaker === 'pronoun' ? speakerOfPronoun(introduced.text, previous(), first) : speaker;
  }
  return before && before.paragraph === span.paragraph - 1 ? previousSpeaker : undefined;
}

/** A sentence opening with a speaker and a speech verb: "The White House said in a statement that". */
const LEADING_SPEAKER = new RegExp(
  String.raw`^(?:[^,“”"]{0,60},\s+)?(${SUBJECT})\s+(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+)?(?:${VERB})\b`,
  'i',
);

/**
 * The clause that introduces a quote from the end of the paragraph before it: "Hughes told CBS News:" over
 * “It is unusual.” opening the next paragraph.
 */
function introducingClause(sentence: Sentence, span: QuoteSpan): Clause | undefined {
  if (sentence.paragraph !== span.paragraph - 1 || !/:\s*$/.test(sentence.text)) return undefined;
  return clauseOf(BEFORE_QUOTE.exec(sentence.text), sentence.index);
}

/**
 * "he said", "She told CBS News:": the last person of the pronoun's gender named before. The speaker counts as
 * named when that person is the only one of the gender named in the quote's sentence (before the quote) and
 * the sentence before it ("Fire Chief Helen Marwick spoke at dawn. “It is moving fast,” she said."); further
 * back, another person may have come between in the writer's mind.
 */
function speakerOfPronoun(text: string, previous: PersonMention[], sentence: number): Speaker | undefined {
  const gender = /\bshe\b/i.test(text) ? 'female' : 'male';
  const person = lastOfGender(previous, gender)?.person;
  const near = new Set(
    fitting(
      previous.filter((m) => m.sentence >= sentence - 1),
      gender,
    ).map((m) => m.person),
  );
  return asSpeaker(person, near.size === 1 && near.has(person!) ? 'named' : 'inferred');
}

const OFFICE_WORDS: ReadonlySet<string> = new Set(OFFICES.map((o) => o.toLowerCase()));

const DESCRIPTOR_FILLER: ReadonlySet<string> = new Set(['the', ...SAYING_VERBS]);

/**
 * The person an office stands for: "the Ukrainian president said" → the one named with that office before;
 * else the one whose roles hold every other word of it ("the North Korean leader" is not "South Korean
 * President Moon", who shares only "Korean"); else, where the office is specific, the subject of the last
 * sentence naming someone without another office; a generic one ("leader", "official") may be anyone.
 * Roles are a person's over all their mentions: "Ukrainian President Volodymyr Zelenskiy ... Zelenskiy said".
 */
function holderOf(
  descriptor: string,
  previous: PersonMention[],
  office: string | undefined,
  strict: boolean,
): PersonMention | undefined {
  const roles = new Map<KnownPerson, Set<string>>();
  for (const m of previous) {
    let set = roles.get(m.person);
    if (!set) roles.set(m.person, (set = new Set()));
    for (const w of (m.role ?? '').toLowerCase().split(/\W+/)) if (w) set.add(w);
  }
  const roleOf = (m: PersonMention) => roles.get(m.person)!;
  const byOffice = office ? previous.filter((m) => roleOf(m).has(office)).pop() : undefined;
  if (byOffice) return byOffice;
  const kin = office ? KINDRED_OFFICES.get(office) : undefined;
  const byKin = kin ? previous.filter((m) => kin.some((k) => roleOf(m).has(k))).pop() : undefined;
  if (byKin) return byKin;
  const words = descriptor
    .toLowerCase()
    .split(/\W+/)
    .filter((w) => w.length > 2 && !DESCRIPTOR_FILLER.has(w) && w !== office);
  const described = words.length ? previous.filter((m) => words.every((w) => roleOf(m).has(w))).pop() : undefined;
  if (described) return described;
  // Not anyone named with a role that says otherwise: another specific office, or other words ("South
  // Korean President" for "the North Korean leader"). People named without a role may be meant.
  const specific = office !== undefined && !GENERIC_OFFICES.has(office);
  const open = previous.filter((m) => {
    const role = roleOf(m);
    if (role.size === 0) return true;
    if (specific && [...role].some((w) => OFFICE_WORDS.has(w))) return false;
    return words.every((w) => role.has(w));
  });
  return strict && open.length === 0 ? undefined : subjectOfLastSentence(open);
}

/** Offices any office-holder may be called by: "the leader", "the official". */
const GENERIC_OFFICES: ReadonlySet<string> = new Set(['leader', 'official', 'head', 'chief', 'boss']);

/**
 * The last person named who fits the pronoun, as far as a given name or title tells ("Ms", "Mrs" and the
 * usual women's names for "she"); the last person named at all when none does.
 */
function lastOfGender(mentions: PersonMention[], gender: 'female' | 'male'): PersonMention | undefined {
  return subjectOfLastSentence(fitting(mentions, gender)) ?? subjectOfLastSentence(mentions);
}

/** The mentions of people who fit the pronoun's gender, as far as a given name or title tells. */
function fitting(mentions: PersonMention[], gender: 'female' | 'male'): PersonMention[] {
  const female = (m: PersonMention) =>
    FEMALE_GIVEN_NAMES.has(m.person.given.toLowerCase()) || /\b(Mrs|Ms|Miss)\b/.test(m.role ?? '');
  return mentions.filter((m) => female(m) === (gender === 'female'));
}

/**
 * Of the people named, the first one named in the latest sentence that names any: the subject, as news
 * writes it. "Zelenskiy met Chancellor Olaf Scholz in Kyiv. “We need more air defence,” he said." → Zelenskiy.
 */
function subjectOfLastSentence(mentions: PersonMention[]): PersonMention | undefined {
  const last = mentions[mentions.length - 1];
  if (!last) return undefined;
  return mentions.find((m) => m.sentence === last.sentence);
}

/**
 * "Biden's move", "the Biden administration", "Trump's camp": a name used as a modifier names no speaker, and
 * an outlet reports what others say.
 */
function canSpeak(mention: PersonMention, sentences: Sentence[]): boolean {
  // "Deadline Hollywood", "Getty Images There": an outlet or a picture credit read as a name.
  if (isMediaName(mention.person.name)) return false;
  const after = sentences[mention.sentence]!.text.slice(mention.end);
  return !/^(['’]s\b|\s+(administration|government|team|camp|campaign|officials|aides|allies|era|White House)\b)/.test(
    after,
  );
}

/**
 * The speaker among the people named where the quote opens or closes: the subject of a speech verb
 * ("Sikorski said on X") if there is one, else the name nearest to the quote marks.
 */
function nearestNamed(
  span: QuoteSpan,
  people: Speakers,
  sentences: Sentence[],
): { person: KnownPerson; verb: boolean } | undefined {
  const first = span.pieces[0]!;
  const last = span.pieces[span.pieces.length - 1]!;
  const mentions = people.inSentence(first.sentence);
  const around = last.sentence === first.sentence ? mentions : [...mentions, ...people.inSentence(last.sentence)];
  let best: { person: KnownPerson; distance: number; verb: boolean } | undefined;
  for (const m of around) {
    let distance = Infinity;
    if (m.sentence === first.sentence && m.end <= first.start) distance = first.start - m.end;
    if (m.sentence === last.sentence && m.start >= last.end) distance = Math.min(distance, m.start - last.end);
    if (distance === Infinity) continue;
    const after = sentences[m.sentence]!.text.slice(m.end).trimStart();
    const before = sentences[m.sentence]!.text.slice(0, m.start);
    const verb = SPEECH_VERB.test(after) || /\b(said|according to)\s+$/i.test(before);
    if (verb) distance /= 1000;
    if (distance < (best?.distance ?? Infinity)) best = { person: m.person, distance, verb };
  }
  return best;
}

/** A sentence's words outside quote marks, given the pieces of quotes in it. */
function textOutside(sentence: Sentence, pieces: readonly QuotePiece[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const p of [...pieces].sort((a, b) => a.start - b.start)) {
    if (p.end <= at) continue;
    const start = Math.max(p.start, at);
    parts.push(sentence.text.slice(at, start), ' '.repeat(p.end - start));
    at = p.end;
  }
  parts.push(sentence.text.slice(at));
  return parts
    .join('')
    .replace(/[“”"‘’']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
