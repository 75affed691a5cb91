// Currencies by symbol before a number ("$4.5bn") and by word after it ("600 million euros", "85m euros").
// Currencies are never converted into each other: "$10" and "€10" are different values.

export const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR' };

export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  gbp: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupees: 'INR',
  rubles: 'RUB',
  roubles: 'RUB',
  hryvnias: 'UAH',
  francs: 'CHF',
};

/** Letters glued before "$" that name another dollar: "C$5" (Canadian), "HK$10", "US$20", "A$", "NZ$", "S$". */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD',
  c: 'CAD',
  ca: 'CAD',
  cdn: 'CAD',
  a: 'AUD',
  au: 'AUD',
  nz: 'NZD',
  hk: 'HKD',
  s: 'SGD',
  r: 'BRL',
  mx: 'MXN',
  nt: 'TWD',
};
