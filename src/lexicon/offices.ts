// Offices and trades that stand for a person: "the Ukrainian president said", "Defence Minister X",
// "By Ana Ruiz, Latin America correspondent". One list each for every stage that reads them.

/** Offices a person named earlier is referred to by: "the minister said", "said the seismologist". */
export const OFFICES: readonly string[] = [
  'president',
  'minister',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'analyst',
  'fellow',
  'senator',
  'governor',
  'mayor',
  'chancellor',
  'ambassador',
  'envoy',
  'general',
  'commander',
  'chief',
  'leader',
  'lawmaker',
  'expert',
  'professor',
  'scientist',
  'economist',
  'seismologist',
  'researcher',
  'director',
  'executive',
  'chairman',
  'judge',
  'prosecutor',
  'lawyer',
  'premier',
  'diplomat',
  'adviser',
  'advisor',
];

const SCIENCE = ['scientist', 'researcher', 'professor', 'astrophysicist', 'physicist', 'astronomer', 'seismologist'];
const MORE_SCIENCE = ['biologist', 'chemist', 'geologist', 'oceanographer', 'climatologist', 'meteorologist'];

/**
 * Offices that a later mention may use for a person named with a kindred one: "Astrophysicist Professor Heino
 * Falcke ... 'the scientist said'" is Falcke; "the spokeswoman" is the one named "spokesperson".
 */
export const KINDRED_OFFICES: ReadonlyMap<string, readonly string[]> = new Map([
  ...[...SCIENCE, ...MORE_SCIENCE].map((office) => [office, [...SCIENCE, ...MORE_SCIENCE]] as const),
  ...['expert', 'analyst'].map((office) => [office, ['expert', 'analyst', ...SCIENCE, 'economist']] as const),
  ...['spokesman', 'spokeswoman', 'spokesperson'].map(
    (office) => [office, ['spokesman', 'spokeswoman', 'spokesperson']] as const,
  ),
]);

/** The trades of a newsroom, as bylines and credits give them: "senior correspondent", "staff writer". */
export const NEWSROOM_ROLES: readonly string[] = [
  'correspondent',
  'reporter',
  'editor',
  'writer',
  'columnist',
  'analyst',
  'contributor',
  'journalist',
  'photographer',
];
