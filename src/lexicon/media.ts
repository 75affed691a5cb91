// News outlets and picture agencies by name: they report and credit what others say, and are never the
// speaker of a quote they carry ("In an interview with Deadline Hollywood, the director said", "told Reuters",
// "Image copyright Getty Images").
import { NEWS_AGENCIES, PHOTO_AGENCIES } from './agencies.js';

/** Newspapers, broadcasters and sites, as stories name them when they credit an interview or a report. */
const OUTLETS: readonly string[] = [
  'ABC News',
  'Al Jazeera',
  'BBC',
  'Billboard',
  'CBS News',
  'China Daily',
  'CNBC',
  'Daily Mail',
  'Deadline',
  'Deadline Hollywood',
  'Der Spiegel',
  'Financial Times',
  'Fox News',
  'Global Times',
  'Hollywood Reporter',
  'Le Monde',
  'MailOnline',
  'NBC News',
  'New York Times',
  'Newsweek',
  'Nice-Matin',
  'Nice Matin',
  'NPR',
  'NYT',
  'PBS',
  'Politico',
  'Rolling Stone',
  'Sky News',
  'Sky Sports',
  'TMZ',
  'USA Today',
  'Variety',
  'Wall Street Journal',
  'Washington Post',
];

const MEDIA: ReadonlySet<string> = new Set(
  [...OUTLETS, ...NEWS_AGENCIES, ...PHOTO_AGENCIES].map((name) => name.toLowerCase()),
);

/**
 * Whether a name is, or opens with, a news outlet or picture agency: "Deadline Hollywood", "the NYT",
 * "Getty Images There" (a caption credit run into the next words).
 */
export function isMediaName(name: string): boolean {
  const words = name
    .replace(/^the\s+/i, '')
    .toLowerCase()
    .split(/\s+/);
  for (let n = Math.min(words.length, 3); n >= 1; n--) if (MEDIA.has(words.slice(0, n).join(' '))) return true;
  return false;
}
