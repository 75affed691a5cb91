// Words that news rewrites swap for one another, folded to one representative so that
// "U.S.-made weapons" and "American-made armaments" share their keys. The groups are general
// newsroom vocabulary (not any one story's); a wrong group costs little because clustering
// also weighs numbers, names, quotes and sentence order.
const GROUPS: string[][] = [
  ['usa', 'american', 'americans', 'america'],
  ['soldier', 'soldiers', 'troop', 'troops', 'servicemen', 'servicemembers'],
  ['weapon', 'weapons', 'arms', 'armaments', 'weaponry'],
  ['missile', 'missiles', 'rocket', 'rockets'],
  [
    'allow',
    'allowed',
    'allows',
    'allowing',
    'permit',
    'permits',
    'permitted',
    'authorize',
    'authorized',
    'authorise',
    'authorised',
    'approve',
    'approved',
    'greenlight',
    'greenlit',
    'let',
    'lets',
    'enable',
    'enabled',
    'permission',
    'authorization',
    'authorisation',
    'approval',
  ],
  ['strike', 'strikes', 'attack', 'attacks', 'attacked', 'raid', 'raids', 'hit', 'hits'],
  ['kill', 'killed', 'killing', 'dead', 'death', 'deaths', 'died', 'die', 'fatalities', 'toll'],
  ['injure', 'injured', 'injuries', 'wounded', 'hurt'],
  ['house', 'houses', 'home', 'homes', 'dwellings'],
  ['company', 'companies', 'firm', 'firms', 'group'],
  ['buy', 'buys', 'bought', 'acquire', 'acquired', 'acquires', 'acquisition', 'purchase', 'purchased', 'takeover'],
  ['increase', 'increased', 'rise', 'rose', 'risen', 'climb', 'climbed', 'jump', 'jumped', 'grew', 'grow', 'growth'],
  ['decrease', 'decreased', 'fall', 'fell', 'fallen', 'drop', 'dropped', 'decline', 'declined', 'slump', 'slumped'],
  [
    'begin',
    'began',
    'begun',
    'start',
    'started',
    'launch',
    'launched',
    'commence',
    'commenced',
    'initial',
    'first',
    'inaugural',
  ],
  ['end', 'ended', 'finish', 'finished', 'conclude', 'concluded', 'close', 'closed', 'completion'],
  ['warn', 'warned', 'caution', 'cautioned', 'warning'],
  ['criticize', 'criticized', 'criticise', 'criticised', 'critique', 'critiqued', 'critical', 'criticism'],
  ['quick', 'quickly', 'swift', 'swiftly', 'rapid', 'rapidly', 'fast', 'fastest'],
  ['reverse', 'reversed', 'overturn', 'overturned', 'undo', 'rescind'],
  ['escalate', 'escalation', 'escalating', 'heighten', 'heightening', 'intensify', 'intensifying'],
  ['request', 'requests', 'plea', 'pleas', 'appeal', 'appeals', 'urge', 'urged', 'call', 'calls'],
  ['help', 'helped', 'aid', 'assist', 'assistance', 'support', 'supported', 'bolster', 'supplement'],
  ['negotiation', 'negotiations', 'negotiate', 'negotiating', 'talks', 'dialogue', 'dialogues'],
  ['large', 'big', 'major', 'significant', 'substantial', 'notable', 'dramatic'],
  [
    'restriction',
    'restrictions',
    'limit',
    'limits',
    'limitation',
    'limitations',
    'constraint',
    'constraints',
    'rule',
    'rules',
  ],
  ['relax', 'relaxed', 'ease', 'eased', 'easing', 'loosen', 'loosening', 'lift', 'lifting', 'lifted', 'relaxation'],
  ['clash', 'clashes', 'clashed', 'skirmish', 'skirmishes', 'fighting', 'combat'],
  ['war', 'wars', 'conflict', 'conflicts'],
  ['loss', 'losses', 'casualties'],
  ['shortage', 'shortages', 'shortfall'],
  ['excavator', 'excavators', 'digger', 'diggers', 'bulldozer', 'bulldozers'],
  ['arrest', 'arrests', 'arrested', 'detain', 'detains', 'detained', 'detention'],
  ['free', 'freed', 'frees', 'release', 'released', 'releases'],
  ['employee', 'employees', 'worker', 'workers', 'staffer', 'staffers'],
  ['passenger', 'passengers', 'traveller', 'travellers', 'traveler', 'travelers'],
  ['kyiv', 'kiev'],
  ['ukrainian', 'ukraine'],
  ['russian', 'russia'],
];

const CANONICAL = new Map<string, string>();
for (const group of GROUPS) for (const word of group) CANONICAL.set(word, group[0]!);

/** British "-tre" endings in American spelling: "kilometres" and "kilometers", "centre" and "center". */
const BRITISH_TRE = /^([a-z]{3,})tre(s?)$/;

/**
 * The representative of a word's synonym group, or the word itself in American spelling. A plural not
 * listed is read as its singular: "permissions" is "permission" (one group with "allow").
 */
export function canonicalWord(word: string): string {
  const known = CANONICAL.get(word) ?? (/[^s]s$/.test(word) ? CANONICAL.get(word.slice(0, -1)) : undefined);
  return known ?? word.replace(BRITISH_TRE, '$1ter$2');
}
