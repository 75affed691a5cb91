// Verbs that report what someone said, in the forms news uses ("said", "says", "told"). Two tiers, one
// list each, for every stage that looks for speech: who speaks a quote, whether a capitalised run is a
// person ("Sikorski said"), where a quote broken by its attribution goes on, and whether a line that ends
// in an agency's name is a caption or a paragraph of the story.

/** The plain reporting verbs: never anything but speech after a name, a pronoun or "the minister". */
export const SAYING_VERBS: readonly string[] = [
  'said',
  'says',
  'told',
  'tells',
  'wrote',
  'writes',
  'added',
  'noted',
  'stated',
  'asked',
];

/**
 * Every verb that reports speech after the speaker's name: the plain ones and those that also say how
 * ("warned", "insisted", "tweeted"). Some have other senses ("called", "shared"), so they count only where
 * a speaker is expected: right after a name, or after the break in a quote.
 */
export const SPEECH_VERBS: readonly string[] = [
  ...SAYING_VERBS,
  'argued',
  'warned',
  'posted',
  'tweeted',
  'explained',
  'declared',
  'insisted',
  'asserted',
  'highlighted',
  'emphasised',
  'emphasized',
  'stressed',
  'remarked',
  'announced',
  'claimed',
  'praised',
  'criticised',
  'criticized',
  'expressed',
  'voiced',
  'shared',
  'critiqued',
  'affirmed',
  'framed',
  'replied',
  'responded',
  'continued',
  'urged',
  'called',
  'reported',
  'emailed',
  'texted',
  'messaged',
];

/** A list as a regular-expression alternation. */
export const verbAlternation = (verbs: readonly string[]): string => verbs.join('|');
