// What happens to the things a number counts: the predicate that tells the story's numbers apart. "Seven
// killed and more than 50 injured": the dead are never the injured, whatever their numbers; "84 taken to
// hospital" and "120 wounded" are one count of the injured in other words; "40 metres deep" and "a 30cm-diameter
// well" measure two things of one well. One class per outcome or dimension, each word
// in the forms news copy uses; a word in no class says nothing (the number keeps aligning on its other
// evidence).
const CLASSES: Record<string, readonly string[]> = {
  dead: [
    'kill',
    'kills',
    'killed',
    'killing',
    'dead',
    'die',
    'died',
    'dies',
    'dying',
    'death',
    'deaths',
    'fatalities',
    'fatality',
    'fatally',
    'perished',
    'slain',
    'murdered',
    'toll',
    'bodies',
    'lives',
  ],
  injured: [
    'injure',
    'injured',
    'injures',
    'injuring',
    'injuries',
    'injury',
    'wounded',
    'wounding',
    'wounds',
    'hurt',
    'hospital',
    'hospitals',
    'hospitalised',
    'hospitalized',
    'hospitalisation',
    'hospitalization',
  ],
  arrested: ['arrest', 'arrests', 'arrested', 'arresting', 'detained', 'detaining', 'detention', 'custody'],
  charged: ['charged', 'charges', 'indicted', 'indictment'],
  missing: ['missing', 'unaccounted'],
  freed: ['freed', 'freeing', 'released', 'releasing'],
  rescued: ['rescued', 'rescuing'],
  evacuated: ['evacuated', 'evacuating', 'evacuation', 'evacuate', 'displaced'],
  taxed: ['tax', 'taxes', 'taxed'],
  earned: ['earned', 'earning', 'earnings', 'income', 'salary', 'revenue', 'revenues'],
  fined: ['fined', 'fines', 'penalty', 'penalties'],
  stolen: ['stolen', 'stole', 'steal', 'stealing', 'theft', 'looted', 'embezzled'],
  // Levels a price or a rate reaches: the day's low is never the record high.
  low: ['low', 'lows', 'lowest'],
  high: ['high', 'highs', 'highest', 'peak', 'peaked'],
  // What a measure measures: "40 metres deep" is no diameter, "8.5 tonnes" of one craft no other's mass.
  depth: ['deep', 'depth'],
  width: ['wide', 'width', 'diameter', 'across'],
  height: ['tall', 'height', 'altitude'],
  length: ['length', 'lengthy'],
  weight: ['weighs', 'weighing', 'weighed', 'weight', 'mass'],
};

/** The predicate class of each word: "wounding" → injured. */
export const PREDICATE_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(CLASSES).flatMap(([name, words]) => words.map((word) => [word, name] as const)),
);
