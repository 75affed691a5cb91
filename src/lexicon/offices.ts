// Offices and trades that stand for a person: "the Ukrainian president said", "Defence Minister X",
// "By Ana Ruiz, Latin America correspondent". One list each for every stage that reads them.

/** Offices a person named earlier is referred to by: "the minister said", "said the seismologist". */
export const OFFICES: readonly string[] = ['president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson',
  'official', 'analyst', 'fellow', 'senator', 'governor', 'mayor', 'chancellor', 'ambassador', 'envoy', 'general',
  'commander', 'chief', 'leader', 'lawmaker', 'expert', 'professor', 'scientist', 'economist', 'seismologist',
  'researcher', 'director', 'executive', 'chairman', 'judge', 'prosecutor', 'lawyer', 'premier', 'diplomat', 'adviser',
  'advisor'];

/** The trades of a newsroom, as bylines and credits give them: "senior correspondent", "staff writer". */
export const NEWSROOM_ROLES: readonly string[] = ['correspondent', 'reporter', 'editor', 'writer', 'columnist', 'analyst',
  'contributor', 'journalist', 'photographer'];
