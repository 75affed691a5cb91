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
