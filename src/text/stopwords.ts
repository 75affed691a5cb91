// English function words that say nothing about what a sentence is about. Written out here
// rather than pulled from a package: the list is short, and which words count as "empty" is a
// choice this tool makes (reporting verbs such as "said" are empty here because every version
// of a story uses different ones).
const WORDS = `a about above after again against all also although am an and any are as at be been before being
below between both but by can could did do does doing down during each either even ever every few for from
further had has have having he her here hers herself him himself his how however i if in into is it its itself
just least less many may me might more most much must my myself neither no nor not now of off on once only or
other our ours ourselves out over own per quite rather same she should since so some such than that the their
theirs them themselves then there these they this those though through thus to too under until up upon us very
was we were what when where whether which while who whom whose why will with within without would yet you your
yours yourself one ones another whatever whichever
said says say saying told tells tell stated states noted added asserted declared remarked according reportedly
still already well like`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
