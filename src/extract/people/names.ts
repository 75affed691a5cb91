// Name candidates in a sentence: capitalised runs that may name a person, with the role words before them.
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { MONTHS, WEEKDAY_NAMES } from '../../lexicon/calendar.js';
import { type Token, isCapitalised } from '../tokens.js';
import { FAMILY_NAMES_FIRST, GIVEN_NAMES } from '../../lexicon/given-names.js';
import { NEWSROOM_ROLES, OFFICES } from '../../lexicon/offices.js';
import { SPEECH_VERBS } from '../../lexicon/speech-verbs.js';
import { LOWER, UPPER } from '../../text/letters.js';

// "Grenell", "O'Neill", "Osei-Lind", "Adeyemi-Holt", "McDowell", "DeSantis", "Jae-in", with or without a
// possessive; "V" of "V. Putin".
const NAME_WORD = new RegExp(
  `^(?:Mc|Mac|De|Di|Da|Du|La|Le)?[${UPPER}][${LOWER}'’]+(?:-[${UPPER}]?[${LOWER}'’]+)*(?:['’]s)?$`,
);
/** The given name of a Korean name, after the family name: "Jae-in", "Soo-hyun", "Jong-un". */
const HYPHENATED_GIVEN = new RegExp(`^[${UPPER}][${LOWER}]+-[${LOWER}]+(?:['’]s)?$`);
const SINGLE_CAPITAL = new RegExp(`^[${UPPER}]$`);

// Words that open a name as its role: "Polish Foreign Minister Radoslaw Sikorski",
// "Republican Representative Mike Turner", "Incoming Defense Secretary James Mattis".
const TITLE_WORDS = new Set(
  `president president-elect vice prime minister secretary foreign defense defence interior
finance state representative rep senator sen governor gov mayor chief executive ceo chairman chairwoman chair
spokesman spokeswoman spokesperson general gen admiral colonel col lt lieutenant sergeant sgt captain capt dr mr
mrs ms miss professor prof judge justice pope king queen prince princess sheikh ambassador commissioner director
incoming outgoing former acting deputy senior republican democratic democrat speaker leader chancellor premier
envoy adviser advisor analyst official lawmaker parliamentarian minister-president attorney coach manager
founder chairperson economist scientist researcher astronaut inspector superintendent councillor councilor
alderman sheriff detective officer seismologist geologist engineer doctor nurse teacher lawyer witness
farmer student historian author writer journalist reporter photographer pilot resident volunteer activist
comedian comedienne actress actor singer rapper musician model eyewitness producer filmmaker designer presenter
survivor driver footballer expert experts`
    .split(/\s+/)
    .concat(OFFICES, NEWSROOM_ROLES),
);

// Country names and demonyms may open a role ("Ukrainian President ...") but never a name.
const PLACE_WORDS = new Set(
  `ukraine ukrainian russia russian poland polish america american us u.s british britain
uk french france german germany chinese china japanese japan korean korea north south israeli israel iranian
iran indian india italian italy spanish spain canadian canada australian australia turkish turkey european eu un
nato kremlin white`.split(/\s+/),
);

// Capitalised words that belong to organisations, places, things and events, not to people:
// "Atlantic Council", "White House", "Bradley Fighting Vehicles", "World War Three".
const NOT_NAME_WORDS = new Set(
  `house department council committee ministry forces force army navy union nations
republic kingdom states office agency fighting vehicles vehicle tanks tank systems system missile missiles tactical
university institute bank fund group inc corp corporation party street news times post press war world three
islamic state intelligence community national international security north south east west eastern western
northern southern telegram media kremlin pentagon congress senate parliament government administration court
olympics button image observatory orbiter cluster galaxy galaxies science nasa rover telescope satellite spacecraft
capsule mission program programme project festival awards prize trophy bowl series championship tournament summit
conference forum called named dynasty empire
police city county region province airport river sea ocean mountains island islands company association
foundation center centre museum hospital school college church airlines airways motors energy reuters associated
cup league games olympic federal central capitol hall tower bridge square park station road avenue club
republicans democrats united god christmas easter ramadan covid internet online twitter facebook instagram youtube
the a an in on at for of and but or as if it this that these those he she they we i you his her their its our
according despite after before while when although though however meanwhile yet still also since with without
during under over into from by to so such some many most more other another each every all both either neither
day week month year today yesterday tomorrow tonight morning evening night new los san santa hong sri saudi costa
el las port fort mount lake cape st real sporting atletico inter dynamo sao são rio tel kuala puerto formula`.split(
    /\s+/,
  ),
);

/** A capitalised run that may name a person, with any role words before it. */
export interface NameCandidate {
  /** Name tokens as written ("Richard", "Grenell"; "V.", "Putin"). */
  parts: string[];
  role: string | null;
  /** Character span of the name (without role) in the sentence. */
  start: number;
  end: number;
  /** Found with a title, a given name, a speech verb or an appositive: trusted to introduce a new person. */
  strong: boolean;
  /**
   * A capitalised pair in mid-sentence with no such evidence ("Mateo Ricardi", but also "Sierra Gorda"): a
   * person only if the surname also stands alone somewhere in the run ("Ricardi said").
   */
  plausible: boolean;
}

/** Names in a sentence: capitalised runs of two to four words, with role words split off. */
export function findNameCandidates(tokens: Token[], titleCase: boolean): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameish(tokens, i)) {
      i++;
      continue;
    }
    const runStart = i;
    const run: number[] = [];
    while (i < tokens.length && isNameish(tokens, i)) {
      run.push(i);
      i += isInitial(tokens, i) ? 2 : 1;
      if (/['’]s$/.test(tokens[run[run.length - 1]!]!.text)) break;
    }
    const candidate = toCandidate(tokens, run, runStart === 0, titleCase);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

function toCandidate(
  tokens: Token[],
  run: number[],
  weakStart: boolean,
  titleCase: boolean,
): NameCandidate | undefined {
  const words = run.map((n) => bare(tokens[n]!));
  // The name is what follows the last word that cannot be part of one: "Brightfield Chief Executive Tom Adair"
  // → Tom Adair, with the title words just before it as the role ("Chief Executive").
  let nameStart = 0;
  words.forEach((word, k) => {
    if (!isNameWord(word, tokens, run[k]!)) nameStart = k + 1;
  });
  // "Since Trump's election": the first word of a sentence is capitalised anyway.
  // ("Park Soo-hyun, the spokesman, ...": a family name before a Korean given name is no such word.)
  const opensName = words.length > 1 && HYPHENATED_GIVEN.test(words[1]!);
  if (weakStart && nameStart === 0 && !opensName && words.length > 1 && NOT_NAME_WORDS.has(words[0]!.toLowerCase()))
    nameStart = 1;
  // "Seismologist Andres Paredo": a capitalised common noun before a given name is a role, not a name.
  if (
    run.length - nameStart >= 3 &&
    !GIVEN_NAMES.has(words[nameStart]!.toLowerCase()) &&
    GIVEN_NAMES.has(words[nameStart + 1]!.toLowerCase())
  )
    nameStart++;
  const names = run.slice(nameStart);
  if (names.length === 0 || names.length > 4) return undefined;
  let roleStart = nameStart;
  while (roleStart > 0 && isRoleWord(words, roleStart - 1)) roleStart--;
  const role = words.slice(roleStart, nameStart);
  const first = tokens[names[0]!]!;
  const last = tokens[names[names.length - 1]!]!;
  const parts = names.map((n) => (isInitial(tokens, n) ? `${tokens[n]!.text}.` : bare(tokens[n]!)));
  if (ORGANISATION_ENDINGS.has(parts[parts.length - 1]!.toLowerCase())) return undefined;
  const evidence =
    role.length > 0 ||
    GIVEN_NAMES.has(parts[0]!.toLowerCase()) ||
    familyNameFirst(parts) ||
    speaksOrIsDescribed(tokens, names);
  // Without such evidence, a capitalised pair may still be a name ("Mateo Ricardi"), but not one at the start
  // of a sentence ("Despite Zelenskyy") or after a place preposition ("in Oak Hollow").
  const placed = LOCATIVES.has(tokens[run[0]! - 1]?.lower ?? '');
  return {
    parts,
    role: role.length ? role.join(' ') : null,
    start: first.start,
    end: last.start + bare(last).length,
    strong: names.length >= 2 && !titleCase && evidence,
    plausible: names.length >= 2 && !titleCase && !weakStart && !placed,
  };
}

const LOCATIVES = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'across',
  'outside',
  'inside',
  'around',
  'through',
  'via',
  'toward',
  'towards',
]);

// Last words of company and organisation names: "Brightfield Brands", "Northgate Securities".
// "the Velmoran Red Cross", "the Turkish Red Crescent": relief societies named like people.
const ORGANISATION_ENDINGS = new Set(
  `brands foods securities holdings capital partners industries technologies
labs laboratories pharmaceuticals pharma financial insurance entertainment studios airlines motors energy
resources logistics solutions services systems group groups bank banks trust fund ventures media networks
communications electric mining metals chemicals software robotics therapeutics biosciences biologics bio
vaccines health healthcare medical sciences diagnostics genomics alliance athletic athletics rovers wanderers
rangers fc cooperative savings ridge ring hollow valley hills heights creek bay beach harbour harbor springs falls
district village township survey service
services office institute agency association council committee commission authority department ministry court
university college school hospital museum society foundation center centre organization organisation union
party army navy guard forces corps board bureau administration government parliament assembly senate congress
cross crescent`.split(/\s+/),
);

// "Sikorski said", "said Alex Plitsas", "Alex Plitsas, senior fellow at ..." / "Priya Castellano, a food
// industry analyst": a speech verb or an appositive is evidence of a person.
const SPEECH: ReadonlySet<string> = new Set(SPEECH_VERBS);
const APPOSITIVE_OPENERS = new RegExp(
  '^(a|an|the|who|whose|senior|former|chief|head|deputy|spokesman|spokeswoman|spokesperson|director|' +
    'professor|president|minister|secretary|adviser|advisor|analyst|lawyer|attorney|economist|resident|' +
    String.raw`aged|\d+)$`,
);

function speaksOrIsDescribed(tokens: Token[], names: number[]): boolean {
  const after = tokens[names[names.length - 1]! + 1];
  const afterNext = tokens[names[names.length - 1]! + 2];
  const before = tokens[names[0]! - 1];
  if (after && SPEECH.has(after.lower)) return true;
  if (before && SPEECH.has(before.lower)) return true;
  return after?.lower === ',' && afterNext !== undefined && APPOSITIVE_OPENERS.test(afterNext.lower);
}

/** "Foreign" in "Polish Foreign Minister": a title word, or a place word that opens a title. */
function isRoleWord(words: string[], k: number): boolean {
  const word = words[k]!.toLowerCase();
  // "North Korean leader": a place word before another role word ("Korean") opens the role too.
  return TITLE_WORDS.has(word) || (PLACE_WORDS.has(word) && k + 1 < words.length && isRoleWord(words, k + 1));
}

function isNameish(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!isCapitalised(token)) return false;
  return isInitial(tokens, i) || NAME_WORD.test(token!.text) || token!.lower === 'president-elect';
}

function isNameWord(text: string, tokens: Token[], i: number): boolean {
  if (isInitial(tokens, i)) return true;
  // "Park Soo-hyun", "Moon Jae-in": a family name that is also a word, before a Korean given name.
  if (HYPHENATED_GIVEN.test(tokens[i + 1]?.text ?? '') && !HYPHENATED_GIVEN.test(text)) return true;
  const word = text.toLowerCase();
  if (word.endsWith('-based')) return false; // "Ohio-based Brightfield"
  if (NOT_NAME_WORDS.has(word) || PLACE_WORDS.has(word) || TITLE_WORDS.has(word)) return false;
  return !MONTHS.has(word) && !WEEKDAY_NAMES.has(word);
}

/** "V." in "V. Putin": one capital letter followed by a full stop. */
function isInitial(tokens: Token[], i: number): boolean {
  return (
    SINGLE_CAPITAL.test(tokens[i]?.text ?? '') && tokens[i + 1]?.text === '.' && tokens[i + 1]!.start === tokens[i]!.end
  );
}

/**
 * A Chinese or Korean name, family name first: "Zhao Zicong", "Xi Jinping", "Kim Jong-un", "Park Soo-hyun".
 * A bare mention of such a person uses the first part ("Kim said", "Zhao's parents").
 */
export function familyNameFirst(parts: readonly string[]): boolean {
  return parts.length === 2 && (FAMILY_NAMES_FIRST.has(parts[0]!.toLowerCase()) || HYPHENATED_GIVEN.test(parts[1]!));
}

/** The part of a full name a bare mention uses: "Grenell" of "Richard Grenell", "Kim" of "Kim Jong-un". */
export function surnameOf(parts: readonly string[]): string {
  return familyNameFirst(parts) ? parts[0]! : parts[parts.length - 1]!;
}

/** The other part: "Richard" of "Richard Grenell", "Jong-un" of "Kim Jong-un". */
export function givenNameOf(parts: readonly string[]): string {
  return familyNameFirst(parts) ? parts[1]! : parts[0]!;
}

/** The word without a possessive: "Trump's" → Trump. */
function bare(token: Token): string {
  return token.text.replace(/['’]s$/, '');
}

/**
 * Names longer than this are told apart by their letters alone: the spelling distance takes the square of
 * their length (two 100,000-letter "names" took half a minute), and no name is this long.
 */
const MAX_SPELLED_NAME = 40;

/** Same surname in another spelling: Zelenskiy / Zelenskyy / Zelensky. */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 2 || Math.min(a.length, b.length) < 5) return false;
  if (a.length > MAX_SPELLED_NAME) return false;
  return JaroWinklerDistance(a.toLowerCase(), b.toLowerCase()) >= 0.92;
}

/** "V." is compatible with "Vladimir"; "Joe" with "Joe". */
export function compatibleGivenNames(a: string, b: string): boolean {
  if (a.endsWith('.') || b.endsWith('.')) return a[0] === b[0];
  return a === b || sameSurname(a, b);
}

/** Title words that say nothing about which office: "former", "acting", honorifics, party labels. */
const NOT_OFFICE = new Set([
  'former',
  'incoming',
  'outgoing',
  'acting',
  'senior',
  'deputy',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'republican',
  'democratic',
  'democrat',
]);
/** Abbreviated titles and spelling variants, read as the full word. */
const OFFICE_SPELLINGS: Record<string, string> = {
  rep: 'representative',
  sen: 'senator',
  gov: 'governor',
  gen: 'general',
  col: 'colonel',
  lt: 'lieutenant',
  sgt: 'sergeant',
  capt: 'captain',
  prof: 'professor',
  defence: 'defense',
  advisor: 'adviser',
  councilor: 'councillor',
  ceo: 'chief executive',
  chairwoman: 'chairman',
  chairperson: 'chairman',
  chair: 'chairman',
  spokeswoman: 'spokesman',
  spokesperson: 'spokesman',
};

const officeCache = new Map<string, Set<string>>();

/** The words of office in a role, memoised: the compare stage asks for every pair of mentions of a person. */
function officeWords(role: string): Set<string> {
  let cached = officeCache.get(role);
  if (cached === undefined) officeCache.set(role, (cached = readOfficeWords(role)));
  return cached;
}

function readOfficeWords(role: string): Set<string> {
  const words = new Set<string>();
  for (const raw of role
    .toLowerCase()
    .replace(/[.’']s?\b/g, '')
    .split(/[\s,]+/)) {
    // "President-elect" holds the same office as "newly elected President": the office is what is compared.
    const plain = raw.replace(/-elect$/, '');
    const word = OFFICE_SPELLINGS[plain] ?? plain;
    for (const part of word.split(' ')) if (TITLE_WORDS.has(part) && !NOT_OFFICE.has(part)) words.add(part);
  }
  return words;
}

/**
 * Whether two roles name different offices: "Foreign Minister" and "Defence Minister" do; "Trump's former
 * ambassador to Germany" and "former U.S. Ambassador" do not (both say ambassador), and neither do
 * "Sen." and "Senator". Only the words of office are compared, so rewording around them is no change.
 */
export function differentRoles(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const x = officeWords(a);
  const y = officeWords(b);
  if (x.size === 0 || y.size === 0) return false;
  return x.size !== y.size || [...x].some((word) => !y.has(word));
}
