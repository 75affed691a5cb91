// Known edits to a base article, each with the verdict claimdiff should give. Pure and deterministic:
// the same article always yields the same versions.
//
// An article is { kind, title, sentences: [{ text, paraphrase?, quoteRewording? }], fabrications: [...] }.
// Its text is the title, then one sentence per paragraph, so sentence k of the article is sentence k + 1 of
// the segmented text (the title is sentence 0); `run.mjs` checks that before trusting any score.
//
// An edit kind touches every third eligible sentence (rotation 0, 1 or 2), so each version carries several
// edits far enough apart not to blur one another, and the three rotations together cover every sentence.

/** @typedef {{ text: string, paraphrase?: string, quoteRewording?: string }} BaseSentence */
/** @typedef {{ kind: string, title: string, sentences: BaseSentence[], fabrications: string[] }} Article */
/**
 * What one edit should produce. `sentence` is the article's sentence index; `find` picks the fact by a piece
 * of its wording in the unedited text; `factKind` restricts to one kind of fact.
 * @typedef {{ expect: 'altered' | 'omitted' | 'included' | 'unique', edit: string, sentence: number,
 *   find?: string, factKind?: string, text?: string }} Truth
 */
/** @typedef {{ edit: string, rotation: number, text: string, truths: Truth[], touched: number[] }} Version */

export const ROTATIONS = 3;

/** The article as a file: title, then each sentence as its own paragraph. */
export function articleText(title, sentences) {
  return `${[title, ...sentences].join('\n\n')}\n`;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/** Digits in `text` outside quotation marks, dates and years, with their positions. */
export function editableNumbers(text) {
  const quoted = quotedRanges(text);
  const found = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (quoted.some(([a, b]) => start >= a && start < b)) continue;
    if (/^(?:19|20)\d\d$/.test(m[0])) continue; // a year
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(end, end + 12);
    const dated = new RegExp(`(?:${MONTHS})\\s*$`).test(before) || new RegExp(`^\\s*(?:${MONTHS})`).test(after);
    if (dated) continue; // a date
    if (/^[-–]\d/.test(after) || /\d[-–]$/.test(before)) continue; // a score or range such as 7-2
    if (/^(?:st|nd|rd|th)\b/.test(after)) continue; // an ordinal
    found.push({ text: m[0], start, end });
  }
  return found;
}

function quotedRanges(text) {
  const ranges = [];
  for (const m of text.matchAll(/[“"][^”"]*[”"]/g)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** A clearly different number written the same way: 37 → 46, 2,000 → 2,500, 6.8 → 8.5. */
export function changedNumber(written) {
  const decimals = written.includes('.') ? written.split('.')[1].length : 0;
  const value = Number(written.replace(/,/g, ''));
  const step = decimals > 0 ? 10 ** -decimals : 1;
  let next = Math.round((value * 1.25) / step) * step;
  if (next - value < step) next = value + step;
  const fixed = next.toFixed(decimals);
  return written.includes(',') || (value >= 10000 && next >= 1000) ? withThousands(fixed) : fixed;
}

function withThousands(fixed) {
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * Unit conversions a rewriting site applies, written in the other system and rounded to the significant
 * digits of the original (at least two): "10 kilometres" → "6.2 miles". The factors are the standard ones,
 * independent of claimdiff's own tables.
 */
const CONVERSIONS = [
  // Speeds first, so "km/h" is not read as "km".
  { from: /^(?:km\/h|kilometres per hour|kilometers per hour)/, to: 'mph', factor: 0.621371 },
  { from: /^(?:mph|miles per hour)\b/, to: 'km/h', factor: 1.609344 },
  { from: /^(?:kilometres|kilometers|km)\b/, to: 'miles', factor: 0.621371 },
  { from: /^miles\b/, to: 'kilometres', factor: 1.609344 },
  { from: /^(?:metres|meters|m)\b/, to: 'feet', factor: 3.28084 },
  { from: /^feet\b/, to: 'metres', factor: 0.3048 },
  { from: /^(?:kilograms|kg)\b/, to: 'pounds', factor: 2.204623 },
  { from: /^(?:tonnes|metric tons)\b/, to: 'short tons', factor: 1.102311 },
  { from: /^hectares\b/, to: 'acres', factor: 2.471054 },
  { from: /^acres\b/, to: 'hectares', factor: 0.404686 },
  { from: /^(?:litres|liters)\b/, to: 'gallons', factor: 0.264172 },
  { from: /^(?:degrees Celsius|°C)/, to: 'degrees Fahrenheit', convert: (c) => (c * 9) / 5 + 32 },
];

/** The first number with a convertible unit after it, converted: { find, replace } or null. */
export function convertedUnit(text) {
  for (const number of editableNumbers(text)) {
    const rest = text.slice(number.end).replace(/^[\s\u00A0]+/, '');
    const spaces = text.length - number.end - rest.length;
    for (const c of CONVERSIONS) {
      const unit = rest.match(c.from);
      if (!unit) continue;
      const value = Number(number.text.replace(/,/g, ''));
      const converted = c.convert ? c.convert(value) : value * c.factor;
      const digits = Math.max(2, significantDigits(number.text));
      const find = text.slice(number.start, number.end + spaces + unit[0].length);
      return { find, replace: `${formatSignificant(converted, digits)} ${c.to}` };
    }
  }
  return null;
}

function significantDigits(written) {
  const digits = written.replace(/[,.]/g, '').replace(/^0+/, '');
  return written.includes('.') ? digits.length : digits.replace(/0+$/, '').length || 1;
}

function formatSignificant(value, digits) {
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  const rounded = Number(value.toPrecision(digits));
  return withThousands(rounded.toFixed(decimals));
}

/**
 * The same value written another way, as house styles differ: "2,000" → "2000", "18%" → "18 percent",
 * "18 percent" → "18%", "$4.5 billion" → "$4.5bn", "€3 million" → "€3m". Returns { find, replace } or null.
 */
export function reformattedNumber(text) {
  const rules = [
    [/([$€£]\d+(?:\.\d+)?) billion\b/, (m) => `${m[1]}bn`],
    [/([$€£]\d+(?:\.\d+)?) million\b/, (m) => `${m[1]}m`],
    [/(\d+(?:\.\d+)?)%/, (m) => `${m[1]} percent`],
    [/(\d+(?:\.\d+)?) (?:percent|per cent)\b/, (m) => `${m[1]}%`],
  ];
  const quoted = quotedRanges(text);
  const outside = (index) => !quoted.some(([a, b]) => index >= a && index < b);
  for (const [pattern, replace] of rules) {
    const m = text.match(pattern);
    if (m && outside(m.index)) return { find: m[0], replace: replace(m) };
  }
  const grouped = editableNumbers(text).find((n) => /^\d{1,2},\d{3}$/.test(n.text));
  if (grouped) return { find: grouped.text, replace: grouped.text.replace(',', '') };
  return null;
}

/** Qualifier swaps a careless rewrite makes: "at least 48" → "about 48", "more than 310" → "nearly 310". */
const QUALIFIER_SWAPS = [
  ['at least', 'about'],
  ['more than', 'nearly'],
  ['about', 'at least'],
  ['nearly', 'more than'],
  ['almost', 'more than'],
  ['some', 'at least'],
  ['up to', 'about'],
  ['over', 'nearly'],
  ['around', 'more than'],
  ['roughly', 'at least'],
];

/**
 * The qualifier of the first editable number changed, or one added ("killed 37" → "killed about 37"):
 * { find, replace, number } or null.
 */
export function changedQualifier(text) {
  const number = editableNumbers(text)[0];
  if (!number) return null;
  const before = text.slice(0, number.start);
  const currency = /[$€£]$/.test(before) ? before.slice(-1) : '';
  const head = currency ? before.slice(0, -1) : before;
  for (const [from, to] of QUALIFIER_SWAPS) {
    if (new RegExp(`\\b${from} $`, 'i').test(head)) {
      const find = `${head.slice(head.length - from.length - 1)}${currency}${number.text}`;
      return { find, replace: `${to} ${currency}${number.text}`, number: number.text };
    }
  }
  return { find: `${currency}${number.text}`, replace: `about ${currency}${number.text}`, number: number.text };
}

/** Verbs of movement and their opposites, for the "direction flipped" edit: "fell 3%" → "rose 3%". */
const OPPOSITES = {
  rose: 'fell',
  fell: 'rose',
  increased: 'decreased',
  decreased: 'increased',
  grew: 'shrank',
  shrank: 'grew',
  climbed: 'dropped',
  dropped: 'climbed',
  jumped: 'slumped',
  gained: 'lost',
  lost: 'gained',
  declined: 'increased',
  rise: 'fall',
  fall: 'rise',
  raised: 'cut',
  cut: 'raised',
  surged: 'plunged',
  plunged: 'surged',
};
const MOVE = new RegExp(
  `\\b(${Object.keys(OPPOSITES).join('|')})\\b((?: by| to)?(?: about| nearly| more than| some)? [$€£]?)(\\d[\\d,.]*)`,
);

/** The first movement verb before a number turned the other way: { find, replace, number } or null. */
export function flippedDirection(text) {
  const m = text.match(MOVE);
  if (!m || quotedRanges(text).some(([a, b]) => m.index >= a && m.index < b)) return null;
  return { find: m[0], replace: `${OPPOSITES[m[1]]}${m[2]}${m[3]}`, number: m[3].replace(/[.,]$/, '') };
}

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A unit after the number ("5 km", "3 percent"): a measure, not a count to spell out. */
const UNIT_AFTER =
  /^ (?:percent|per cent|km|kilo|metre|meter|mile|feet|foot|tonne|ton|kg|hectare|acre|litre|liter|degree|mph)/;

/** A count from 2 to 10 written out, as many house styles want: "3 northern provinces" → "three northern provinces". */
export function spelledOutNumber(text) {
  const number = editableNumbers(text).find(
    (n) =>
      /^(?:[2-9]|10)$/.test(n.text) &&
      /^ [a-z]/.test(text.slice(n.end)) &&
      !UNIT_AFTER.test(text.slice(n.end)) &&
      !/[$€£]$/.test(text.slice(0, n.start)),
  );
  return number
    ? { find: `${number.text} `, replace: `${SMALL_NUMBERS[Number(number.text)]} `, number: number.text }
    : null;
}

const MONTH_DAY = new RegExp(`\\b(${MONTHS}) (\\d{1,2})\\b`);

/** A date moved by a day: "March 4" → "March 5". */
export function changedDate(text) {
  const m = text.match(MONTH_DAY);
  if (!m) return null;
  const day = Number(m[2]);
  return { find: m[0], replace: `${m[1]} ${day >= 28 ? day - 1 : day + 1}` };
}

/** Surnames that attribute quotes: “...,” Vidal said / said Vidal. */
function quoteSpeaker(text) {
  const m =
    text.match(/[”"],? ([A-Z][a-z]+) (?:said|told|added|says|wrote)\b/) ??
    text.match(/[”"],? (?:said|says|added) ([A-Z][a-z]+)\b/);
  return m ? m[1] : null;
}

function replaceOnce(text, find, replace) {
  const at = text.indexOf(find);
  if (at === -1) throw new Error(`edit target "${find}" not found in "${text}"`);
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

const hasQuote = (text) => /“[^”]{12,}”/.test(text);

/**
 * Every version of the article: for each edit kind and rotation, the edited article text with the truths
 * it implies. `touched` lists the sentences an edit changed; facts elsewhere must stay `included`.
 * @param {Article} article
 * @returns {Version[]}
 */
export function versionsOf(article) {
  const versions = [];
  for (let rotation = 0; rotation < ROTATIONS; rotation++) {
    const mine = (i) => i % ROTATIONS === rotation;
    const edit = (name, perSentence) => {
      const sentences = article.sentences.map((s) => s.text);
      const truths = [];
      const touched = [];
      article.sentences.forEach((sentence, i) => {
        if (!mine(i)) return;
        const result = perSentence(sentence, i);
        if (!result) return;
        sentences[i] = result.text;
        touched.push(i);
        truths.push(...result.truths);
      });
      if (touched.length > 0) {
        versions.push({
          edit: name,
          rotation,
          text: articleText(
            article.title,
            sentences.filter((s) => s !== null),
          ),
          truths,
          touched,
        });
      }
    };

    edit('number changed', (s, i) => {
      const number = editableNumbers(s.text)[0];
      if (!number) return null;
      const text = s.text.slice(0, number.start) + changedNumber(number.text) + s.text.slice(number.end);
      return { text, truths: [{ expect: 'altered', edit: 'number changed', sentence: i, find: number.text }] };
    });
    // Edits that replace one phrase: the finder says what to replace and the truth names the fact by the
    // number it holds (or the whole phrase, for a date).
    const replacing = (name, finder, expect, extra = {}) =>
      edit(name, (s, i) => {
        const change = finder(s.text);
        if (!change) return null;
        const find = extra.factKind === 'date' ? change.find : (change.number ?? change.find.match(NUMBER)[0]);
        return {
          text: replaceOnce(s.text, change.find, change.replace),
          truths: [{ expect, edit: name, sentence: i, find, ...extra }],
        };
      });
    replacing('unit converted', convertedUnit, 'included');
    replacing('number reformatted', reformattedNumber, 'included');
    edit('quote reworded', (s, i) => {
      if (!s.quoteRewording || !hasQuote(s.text)) return null;
      return {
        text: s.quoteRewording,
        truths: [{ expect: 'altered', edit: 'quote reworded', sentence: i, factKind: 'quote' }],
      };
    });
    edit('sentence dropped', (_s, i) => ({
      text: null,
      // Every fact of the sentence is gone, except people, who are usually named again elsewhere.
      truths: [{ expect: 'omitted', edit: 'sentence dropped', sentence: i }],
    }));
    edit('sentence paraphrased', (s, i) => {
      if (!s.paraphrase) return null;
      return { text: s.paraphrase, truths: [{ expect: 'included', edit: 'sentence paraphrased', sentence: i }] };
    });

    replacing('qualifier changed', changedQualifier, 'altered');
    replacing('number spelled out', spelledOutNumber, 'included');
    replacing('date changed', changedDate, 'altered', { factKind: 'date' });
    replacing('direction flipped', flippedDirection, 'altered');
    const speakers = [...new Set(article.sentences.map((s) => quoteSpeaker(s.text)).filter(Boolean))].sort();
    edit('speaker changed', (s, i) => {
      const speaker = quoteSpeaker(s.text);
      if (!speaker || speakers.length < 2) return null;
      const other = speakers[(speakers.indexOf(speaker) + 1) % speakers.length];
      return {
        text: s.text.replace(new RegExp(`\\b${speaker}\\b`, 'g'), other),
        truths: [{ expect: 'altered', edit: 'speaker changed', sentence: i, factKind: 'quote' }],
      };
    });

    // One fabricated sentence per rotation, placed after a different sentence each time.
    const fabricated = article.fabrications[rotation % article.fabrications.length];
    if (fabricated) {
      const sentences = article.sentences.map((s) => s.text);
      const at = Math.min(sentences.length, 3 + rotation * 5);
      sentences.splice(at, 0, fabricated);
      versions.push({
        edit: 'sentence fabricated',
        rotation,
        text: articleText(article.title, sentences),
        touched: [],
        truths: [{ expect: 'unique', edit: 'sentence fabricated', sentence: -1, text: fabricated }],
      });
    }
  }
  // A rewriting site's faithful copy: every sentence paraphrased where we have a paraphrase, units converted
  // and numbers restyled throughout. Every fact must stay included and no sentence may come out as unique.
  const rewritten = article.sentences.map((s) => {
    let text = s.paraphrase ?? s.text;
    for (const restyle of [convertedUnit, reformattedNumber]) {
      const change = restyle(text);
      if (change) text = replaceOnce(text, change.find, change.replace);
    }
    return text;
  });
  versions.push({
    edit: 'whole article rewritten',
    rotation: 0,
    text: articleText(article.title, rewritten),
    touched: [],
    truths: [],
    paraphrased: article.sentences.filter((s) => s.paraphrase).length,
  });
  return versions;
}
