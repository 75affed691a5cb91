// News and photo agencies, as they sign wire copy and credit pictures: "(AP) —" after a dateline,
// "— Reuters" closing a republished story, "Efrem Lukatsky/AP" or "(AP Photo/...)" under a photo.

/** Wire services, as named in datelines, sign-offs and credits. */
export const NEWS_AGENCIES: readonly string[] = [
  'Reuters',
  'AFP',
  'AP',
  'Associated Press',
  'Bloomberg',
  'dpa',
  'EFE',
  'Xinhua',
  'Anadolu',
  'Anadolu Agency',
  'UPI',
  'CNN',
  'PTI',
  'ANI',
  'IANS',
  'TASS',
  'Interfax',
  'Kyodo',
  'Yonhap',
  'Sputnik',
  'UNI',
  'WAM',
];

/** Picture agencies and credit forms seen only under photos. */
export const PHOTO_AGENCIES: readonly string[] = ['AP Photo', 'EPA', 'EPA-EFE', 'Shutterstock', 'Getty Images'];

/** A regular-expression alternation of names, longest first so "AP Photo" wins over "AP". */
export function alternation(names: readonly string[]): string {
  return [...names]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
    .join('|');
}
