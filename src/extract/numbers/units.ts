// Measurement units: each surface form maps to a dimension's canonical unit and a factor
// ("190 miles" → 305,775 m). Temperatures carry an offset. Currencies live in money.ts and are
// never converted into each other.

export interface Unit {
  /** Which unit this is, the same for all its spellings ("km", "kilometres"): two spellings are no conversion. */
  name: string;
  /** Canonical unit of the dimension, used as the fact's unit: 'm', 'kg', 'l', 'm2', 'm/s', 'C'. */
  canonical: string;
  factor: number;
  offset?: number;
  /**
   * How far the unit's size itself is uncertain, as a share: a plain "ton" is 907 kg (US), 1,016 kg (UK) or a
   * metric tonne, as the writer meant. Allowed for only against other units ("8.5 tons" / "8.5-tonne").
   */
  ambiguity?: number;
}

const LENGTH: Record<string, number> = {
  km: 1000,
  kms: 1000,
  kilometer: 1000,
  kilometers: 1000,
  kilometre: 1000,
  kilometres: 1000,
  m: 1,
  meter: 1,
  meters: 1,
  metre: 1,
  metres: 1,
  cm: 0.01,
  centimeter: 0.01,
  centimeters: 0.01,
  centimetre: 0.01,
  centimetres: 0.01,
  mm: 0.001,
  millimeter: 0.001,
  millimeters: 0.001,
  millimetre: 0.001,
  millimetres: 0.001,
  mi: 1609.344,
  mile: 1609.344,
  miles: 1609.344,
  ft: 0.3048,
  foot: 0.3048,
  feet: 0.3048,
  yd: 0.9144,
  yard: 0.9144,
  yards: 0.9144,
  in: 0.0254,
  inch: 0.0254,
  inches: 0.0254,
  nm: 1852,
  'nautical miles': 1852,
};
const MASS: Record<string, number> = {
  kg: 1,
  kgs: 1,
  kilogram: 1,
  kilograms: 1,
  kilogramme: 1,
  kilogrammes: 1,
  g: 0.001,
  gram: 0.001,
  grams: 0.001,
  t: 1000,
  tonne: 1000,
  tonnes: 1000,
  'short ton': 907.18474,
  'short tons': 907.18474,
  'metric ton': 1000,
  'metric tons': 1000,
  lb: 0.45359237,
  lbs: 0.45359237,
  pound: 0.45359237,
  pounds: 0.45359237,
  oz: 0.0283495,
  ounces: 0.0283495,
};
const VOLUME: Record<string, number> = {
  l: 1,
  litre: 1,
  litres: 1,
  liter: 1,
  liters: 1,
  ml: 0.001,
  millilitres: 0.001,
  milliliters: 0.001,
  gallon: 3.785411784,
  gallons: 3.785411784,
  gal: 3.785411784,
  gals: 3.785411784,
  barrel: 158.987,
  barrels: 158.987,
  'cubic meters': 1000,
  'cubic metres': 1000,
};
const AREA: Record<string, number> = {
  'square kilometers': 1e6,
  'square kilometres': 1e6,
  'sq km': 1e6,
  km2: 1e6,
  'square miles': 2589988.11,
  'sq miles': 2589988.11,
  'square meters': 1,
  'square metres': 1,
  'sq m': 1,
  'sq meters': 1,
  'sq metres': 1,
  'sq mi': 2589988.11,
  m2: 1,
  hectare: 1e4,
  hectares: 1e4,
  ha: 1e4,
  acre: 4046.8564224,
  acres: 4046.8564224,
  'square feet': 0.09290304,
  'sq ft': 0.09290304,
};
const SPEED: Record<string, number> = {
  'km/h': 1 / 3.6,
  kph: 1 / 3.6,
  'kilometers per hour': 1 / 3.6,
  'kilometres per hour': 1 / 3.6,
  mph: 0.44704,
  'miles per hour': 0.44704,
  knots: 0.514444,
  'm/s': 1,
};

const UNITS = new Map<string, Unit>();
// Spellings of one unit share a factor within a table, so the factor names the unit.
const add = (table: Record<string, number>, canonical: string) => {
  for (const [name, factor] of Object.entries(table))
    UNITS.set(name, { name: `${canonical}*${factor}`, canonical, factor });
};
add(LENGTH, 'm');
add(MASS, 'kg');
add(VOLUME, 'l');
add(AREA, 'm2');
add(SPEED, 'm/s');
// "The 8.5 ton Tiangong-1" (Express) is the Guardian's "8.5-tonne" station: in news copy a plain ton is as
// often metric as short, so it is read as a tonne give or take a tenth.
for (const name of ['ton', 'tons']) UNITS.set(name, { name: 'ton', canonical: 'kg', factor: 1000, ambiguity: 0.1 });
for (const name of ['degrees celsius', 'degrees c', 'deg c', 'celsius', '°c', 'c'])
  UNITS.set(name, { name: 'C', canonical: 'C', factor: 1 });
for (const name of ['degrees fahrenheit', 'degrees f', 'deg f', 'fahrenheit', '°f', 'f']) {
  UNITS.set(name, { name: 'F', canonical: 'C', factor: 5 / 9, offset: -32 * (5 / 9) });
}

/** The longest unit name among the phrases starting at the token words given (up to three words). */
export function matchUnit(words: string[]): { unit: Unit; length: number } | undefined {
  for (let length = Math.min(3, words.length); length >= 1; length--) {
    // "km / h" → "km/h", "° c" (from "40 °C" or "40°C") → "°c"
    const phrase = words.slice(0, length).join(' ').replace(' / ', '/').replace(/ \/ ?/, '/').replace(/^° /, '°');
    const unit = UNITS.get(phrase);
    if (unit) return { unit, length };
  }
  return undefined;
}

/**
 * Units a single letter long ("m", "t", "c") only count when glued to the number ("306m", "5t"); "ha" does not
 * need it ("2,000 ha"). Some of them may stand apart in the right place (mayStandApart).
 */
export function needsGlue(name: string): boolean {
  return name.length === 1 || name === 'in' || name === 'nm';
}

/** Single-letter units that read the same spaced from their number: "5 m", "3 g", "2 L". */
const SPACED_LETTERS = new Set(['m', 'g', 'l']);

/**
 * Whether a unit that needs glue may stand apart from its number, given the words after it: "a 5 m wall",
 * "3 g of salt", "2 L", but not "5 m residents" (million); "6 in. of rain" with its abbreviation's dot, not
 * the preposition "in".
 */
export function mayStandApart(name: string, after: string | undefined, afterNext: string | undefined): boolean {
  if (SPACED_LETTERS.has(name)) return after === undefined || !/^[a-z]+[^s]s$/.test(after);
  if (name === 'in') return after === '.' && afterNext !== undefined && /^(?:of|[,;()]|[a-z]+)$/.test(afterNext);
  return false;
}

const DISPLAY: Record<string, [string, number]> = {
  m: ['km', 1000],
  kg: ['kg', 1],
  l: ['l', 1],
  m2: ['km²', 1e6],
  'm/s': ['km/h', 1 / 3.6],
  C: ['°C', 1],
};

/** A canonical amount in a readable unit: 306000 m → "306 km". */
export function describeMeasure(amount: number, canonical: string): string {
  if (canonical === 'magnitude') return `magnitude ${formatNumber(amount)}`;
  const [name, factor] = DISPLAY[canonical] ?? [canonical, 1];
  return `${formatNumber(amount / factor)} ${name}`;
}

/**
 * 305775.36 → "305,775", 1.5 → "1.5". Written out rather than with toLocaleString, whose first call loads
 * ICU data and costs more start-up time than the whole comparison of five articles.
 */
export function formatNumber(n: number): string {
  const rounded = Number(n.toPrecision(6));
  const [whole, fraction] = String(Math.abs(Math.round(rounded * 1000) / 1000)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
