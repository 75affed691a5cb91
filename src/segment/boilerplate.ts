// Recognises site furniture in saved news pages (cookie banners, credit blocks, "Source link", photo captions...)
// so that later stages keep it out of claims and facts. Pure: text in, line list out.
//
// Every rule looks at one trimmed line on its own. The rules are deliberately anchored (whole line, or a fixed
// opening/ending) because a false positive silently removes a real claim from the comparison, while a missed
// piece of furniture only adds a harmless "unique claim" to the report.

import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js';
import { NEWS_AGENCIES, PHOTO_AGENCIES, alternation } from '../lexicon/agencies.js';
import { NEWSROOM_ROLES } from '../lexicon/offices.js';
import { SAYING_VERBS, verbAlternation } from '../lexicon/speech-verbs.js';
import type { BoilerplateLine } from '../types.js';
import { startsLower } from '../text/letters.js';
import { foldPunctuation } from '../text/normalize.js';

interface Rule {
  /** Reported in `BoilerplateLine.rule`; several patterns may share one name. */
  name: string;
  /** `words` is the line's word count, counted once for all rules. */
  matches: (line: string, words: number) => boolean;
}

const wordCount = (line: string): number => line.split(/\s+/).filter(Boolean).length;

/** Photo and news agencies that appear as a credit at the end of a caption. */
const AGENCY = `(?:${alternation([...NEWS_AGENCIES, ...PHOTO_AGENCIES])}|(?:[\\w ]+ via )?Getty Images)`;

/** A caption's closing credit: "... on November 18, 2024. — Reuters", "– AP Photo/Efrem Lukatsky". */
const AGENCY_CAPTION = new RegExp(`\\s(?:[—–]|-{1,2})\\s*${AGENCY}(?:\\s*/\\s*[^.!?]*)?$`);

/** "Efrem Lukatsky/AP": one to four capitalised names, a slash, an agency. */
const PHOTOGRAPHER_CREDIT = new RegExp(`^[A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*){0,3}\\s*/\\s*${AGENCY}$`);

/** Words that report what someone said: a line with them is a paragraph of the story, not a caption. */
const REPORTS_SPEECH = new RegExp(
  `\\b(?:${verbAlternation([...SAYING_VERBS, 'announced', 'reported'])}|according to)\\b`,
  'i',
);

/** A bracketed agency photo credit closing a caption: "(AP Photo/Evgeniy Maloletka)". */
const AGENCY_PHOTO_CREDIT = new RegExp(`\\(${AGENCY}\\s*Photo\\s*/[^)]*\\)$`);

/** Lower-case words that may appear in a credit block besides names and places. */
const CREDIT_CONNECTIVES = new Set([
  'by',
  'and',
  'in',
  'at',
  'from',
  'with',
  'of',
  'the',
  'for',
  'additional',
  'further',
  'reporting',
  'writing',
  'editing',
  'compiled',
  'research',
  'edited',
  'written',
  'graphics',
  'production',
  'produced',
  'translation',
  'translated',
  'staff',
  'bureau',
  'desk',
  'al',
  'el',
  'bin',
  'de',
  'da',
  'del',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
  'y',
]);

const CREDIT_OPENING = new RegExp(
  '^(?:additional |further )?' +
    '(?:reporting|writing|editing|compiled|research|edited|written|graphics|produced|' +
    String.raw`translated|translation) by\s`,
  'i',
);

/**
 * A credit block lists only people, places and the credit phrases themselves; a sentence that opens the same way
 * ("Reporting by the Post revealed that...") contains ordinary lower-case words and is left alone.
 */
function isCreditBlock(whole: string): boolean {
  // "(Additional reporting by Soyoung Kim in SEOUL. Editing by Kim Coghill)": a credit in brackets.
  const line = whole.replace(/^\(\s*/, '');
  if (!CREDIT_OPENING.test(line)) return false;
  const tokens = line.split(/[\s,;:&()/]+/).filter(Boolean);
  return tokens.every((token) => {
    const word = token.replace(/[.'’]+$/, '');
    return word === '' || !startsLower(word) || CREDIT_CONNECTIVES.has(word.toLowerCase());
  });
}

/**
 * Three or more short section names joined by one kind of separator. Split rather than matched with one
 * regular expression, whose nested repetition would backtrack exponentially on a long "EN / UA / RU / ..."
 * line. Section names carry no digits: "Ukraine war | Russia fires 120 missiles | 10 killed" is a headline.
 */
function isBreadcrumb(line: string): boolean {
  if (wordCount(line) > 16 || /\d/.test(line)) return false;
  const separator = [' > ', ' › ', ' » ', ' | ', ' / '].find((sep) => line.includes(sep));
  if (!separator) return false;
  const parts = line.split(separator);
  return (
    parts.length >= 3 &&
    parts.every((part) => {
      const name = part.trim();
      return name.length >= 1 && name.length <= 40 && !/[.!?>›»|]/.test(name) && wordCount(name) <= 4;
    })
  );
}

// Patterns of the rules below too long for one line, each named after its rule.

/** cookie-notice: what a cookie banner asks of the reader. */
const COOKIE_CHOICE = new RegExp(
  String.raw`\b(?:accept|agree|opt[- ]?out|consent|read more|learn more|privacy|cookie policy|settings|preferences|` +
    String.raw`experience)\b`,
  'i',
);

/** comments: the heading of a comment thread. */
const COMMENTS_HEADING = new RegExp(
  String.raw`^(?:recent comments|\d+ comments?|comments?(?: \(\d+\))?|leave a (?:comment|reply)|post a comment|` +
    String.raw`add a comment|view comments|show comments|join the (?:conversation|discussion))\s*:?$`,
  'i',
);

/** related-links: the heading of a list of links to other stories. */
const RELATED_LINKS = new RegExp(
  '^(?:related(?: (?:articles?|stories|story|posts?|news|topics|coverage|content|reading|links?))?|' +
    'read more|read also|also read|see also|more on this(?: story| topic)?|you may also like|' +
    String.raw`recommended(?: for you)?)\s*(?::.*)?$`,
  'i',
);

/** continue-reading: a link past an advertisement. */
const CONTINUE_READING = new RegExp(
  '^(?:continue reading(?: the main story| below| article)?|' +
    String.raw`(?:story|article) continues(?: below)?(?: advertisement)?)\.?$`,
  'i',
);

/** share-prompt: "Follow Matzav on Telegram", a social network named. */
const FOLLOW_ON_NETWORK = new RegExp(
  String.raw`^follow (?:\S+ ){0,4}on (?:twitter|facebook|instagram|x|linkedin|telegram|whatsapp|youtube|` +
    String.raw`tiktok|threads|bluesky|google news)\b`,
  'i',
);

/** timestamp: a time, a year, "2 hours ago" or a month and day. */
const TIMESTAMP_DATE = new RegExp(
  String.raw`\d{1,2}:\d\d|\b(?:19|20)\d\d\b|\d+\s+\w+\s+ago\b|` +
    String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d`,
  'i',
);

/** site-furniture: a wire service's or a site's standing lines. */
const SITE_FURNITURE = new RegExp(
  String.raw`^(?:our standards\s*:.*trust principles\.?|purchase licensing rights|opens new tab|` +
    String.raw`suggested topics\s*:?|skip to (?:main )?content|` +
    'print this (?:article|page)|listen to (?:this )?article)$',
  'i',
);

/** republication-note: where the piece first appeared ("Read the original article on INSIDER."). */
const REPUBLICATION_NOTE = new RegExp(
  '^(?:this (?:article|story|piece|post) (?:was |is )?(?:originally |first )?' +
    String.raw`(?:published|appeared|produced|republished)\b|read the original (?:article|story) (?:on|at)\b)`,
  'i',
);

/** newsletter-widget: the messages of a sign-up form. */
const NEWSLETTER_MESSAGE = new RegExp(
  '^(?:an error has occurred|please try again later|thank you for subscribing|invalid email address|' +
    String.raw`please re-?enter|you must select a newsletter(?: to subscribe to)?|view all [\w' ]*newsletters)` +
    // The message ends its sentence: "An error has occurred in the launch sequence" is news.
    '(?:[.!]|$)',
  'i',
);

/** tip-line: a site asking readers for stories and videos. */
const TIP_LINE = new RegExp(
  String.raw`^(?:we pay for (?:your )?(?:stories|videos)|do you have a (?:story|video|news tip) for\b|` +
    String.raw`click here to upload yours|got a (?:story|news tip)\b|email us at [\w.-]+@)`,
  'i',
);

const RULES: readonly Rule[] = [
  {
    // "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out
    // if you wish. Accept Read More". Needs the site speaking about itself *and* a consent word, so prose such as
    // "Regulators say sites that use cookies must let users opt out" is not matched.
    name: 'cookie-notice',
    matches: (line) =>
      /\bcookies?\b/i.test(line) &&
      /\b(?:this|our) (?:web ?site|site|page)\b|\bwe(?: and our partners)? use cookies\b|\buse of cookies\b/i.test(
        line,
      ) &&
      COOKIE_CHOICE.test(line),
  },
  {
    // "Source link:   https://www.khaleejtimes.com", "Source link", "Source: https://example.com/story"
    name: 'source-link',
    matches: (line) =>
      /^source link\s*:?\s*(?:\S+)?$/i.test(line) || /^source\s*:\s*(?:https?:\/\/|www\.)\S+$/i.test(line),
  },
  {
    // "Edited by: Ali Musa" (the colon form used by aggregator sites; "Edited by Ali Musa" is a credit-block)
    name: 'edited-by',
    matches: (line, words) => /^edited by\s*:\s*\S/i.test(line) && words <= 8,
  },
  {
    // "Reporting by Mike Stone and Humeyra Pamuk in Washington; Additional reporting by Barbara Erling in Warsaw;
    // Editing by Scott Malone", also "Writing by ...", "Compiled by ..."
    name: 'credit-block',
    matches: isCreditBlock,
  },
  {
    // "alimusa@axadletimes.com", "Email: desk@example.org"
    name: 'email-only',
    matches: (line) => /^(?:e-?mail\s*:?\s*)?(?:mailto:)?[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(line),
  },
  {
    // "https://www.example.com/world/story-123", "www.example.com" (a URL inside a sentence is not matched)
    name: 'url-only',
    matches: (line) => /^<?(?:https?:\/\/|www\.)\S+?>?$/i.test(line),
  },
  {
    // "Recent Comments", "12 Comments", "Leave a Reply", "Join the conversation"
    name: 'comments',
    matches: (line) => COMMENTS_HEADING.test(line),
  },
  {
    // "Home > News > Politics > Estmark", "World › Europe › Ukraine": a breadcrumb trail of section names.
    name: 'breadcrumb',
    matches: isBreadcrumb,
  },
  {
    // "Related:", "Related: Ukraine fires first ATACMS", "Related stories", "Read more: ...", "See also"
    name: 'related-links',
    matches: (line) => RELATED_LINKS.test(line),
  },
  {
    // "{Matzav.com}", "[Site.com]", "(www.example.co.uk)": a bare domain in brackets that aggregators append.
    name: 'site-tag',
    matches: (line) => /^[{[(]\s*(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}\s*[}\])]$/i.test(line),
  },
  {
    // "A wrecked vehicle lies in front of a residential structure ... on November 18, 2024. — Reuters"
    // "Firefighters work at the site. – AP Photo/Efrem Lukatsky": an agency after a dash ends a caption, not a
    // sentence.
    name: 'photo-caption',
    // A paragraph of republished wire copy can end the same way ("..., officials said. — Reuters"); a caption
    // describes a picture and quotes nobody, so a line that reports speech is content.
    matches: (line) => AGENCY_CAPTION.test(line) && !REPORTS_SPEECH.test(line),
  },
  {
    // "FILE PHOTO: Ukrainian servicemen fire a shell ...", "FILE PHOTO - A view of the Kremlin"
    name: 'photo-caption',
    matches: (line) => /^file photo\s*[:—–-]/i.test(line),
  },
  {
    // AP style: "FILE - In this photo taken Nov. 18, 2024, a soldier stands guard. (AP Photo/Efrem Lukatsky, File)".
    // Upper-case FILE and a dash, so a sentence such as "FILE shows that..." is left alone.
    name: 'photo-caption',
    matches: (line) => /^FILE\s*[-–—]\s/.test(line),
  },
  {
    // "Rescuers search the rubble in Sumy on Monday. (AP Photo/Evgeniy Maloletka)": an agency photo credit
    // in brackets closes a caption.
    name: 'photo-caption',
    matches: (line) => AGENCY_PHOTO_CREDIT.test(line),
  },
  {
    // "REUTERS/Stringer/File Photo", "AFP/Getty Images": a credit line of an agency in capitals and slashes.
    name: 'photo-credit',
    matches: (line) => /^(?:REUTERS|AFP|AP|EPA|EPA-EFE|XINHUA|SPUTNIK|TASS|ANADOLU)(?:\s*\/\s*[\w .'-]+)+$/.test(line),
  },
  {
    // "Efrem Lukatsky/AP", "Evgeniy Maloletka / AP Photo": a photographer's name and an agency.
    name: 'photo-credit',
    matches: (line) => PHOTOGRAPHER_CREDIT.test(line),
  },
  {
    // "Troops near Kursk (Photo: Reuters)", "(Photo by Chip Somodevilla/Getty Images)"
    name: 'photo-credit',
    matches: (line) => /\((?:photo|image|picture|pic|photograph)s?(?: credit)?\s*(?::|by\b)[^)]*\)\s*$/i.test(line),
  },
  {
    // "Photo credit: John Doe", "Photo: Reuters", "Image courtesy of the Ministry of Defence"
    name: 'photo-credit',
    matches: (line, words) =>
      /^(?:photo|image|picture|photograph|pic)s?(?: credit| courtesy)?\s*:/i.test(line) ||
      /^credits?\s*:/i.test(line) ||
      (/^(?:photo|image|photograph)s? (?:by|courtesy of)\s/i.test(line) && words <= 10),
  },
  {
    // "President Biden speaks in Washington. Chip Somodevilla/Getty Images". No final full stop: a sentence that
    // mentions the agency ("... sold the pictures to Getty Images.") ends with one.
    name: 'photo-credit',
    // After a slash, a bracket or a full stop only: "Shutterstock completes merger with Getty Images" is news.
    matches: (line) => /(?:^|\/\s*|\(\s*|\.\s+(?:[\w'’.-]+\s+){0,3})Getty Images\)?$/.test(line),
  },
  {
    // "Advertisement", "ADVERTISEMENT", "Sponsored content"
    name: 'advertisement',
    // "Advertisement Continue reading the main story": the two on one line of a saved page.
    matches: (line) =>
      /^(?:advertisements?|ad|sponsored(?: content)?|paid content)(?: continue reading the main story)?$/i.test(line),
  },
  {
    // "Continue reading the main story", "Story continues below advertisement"
    name: 'continue-reading',
    matches: (line) => CONTINUE_READING.test(line),
  },
  {
    // "Copyright 2024 Reuters. All rights reserved.", "© 2024 The Associated Press", "All rights reserved."
    name: 'copyright',
    matches: (line, words) =>
      (/^(?:copyright\b|©|\(c\))\s*(?:©\s*|copyright\s+)?(?:19|20)\d\d\b/i.test(line) ||
        /\ball rights reserved\.?$/i.test(line) ||
        // The AP licence line: "This material may not be published, broadcast, rewritten or redistributed."
        /^this material may not be published\b/i.test(line)) &&
      words <= 25,
  },
  {
    // "Sign up for our newsletter", "Subscribe to our daily briefing", "Get our free newsletter in your inbox"
    name: 'newsletter-prompt',
    matches: (line, words) =>
      // "Sign up for our newsletter", but not "Sign up rates for the army rose by 15%".
      ((/^(?:subscribe|sign up|signup|click here to (?:subscribe|sign up|register|read|download))\b/i.test(line) &&
        !/\d/.test(line)) ||
        /^already (?:a subscriber|have an account|registered)\?/i.test(line) ||
        (/^(?:get|receive|join|want|don'?t miss|never miss|stay (?:informed|updated))\b/i.test(line) &&
          /\b(?:newsletters?|inbox)\b/i.test(line))) &&
      words <= 20,
  },
  {
    // "Share this article", "Share on Facebook", "Follow us on Twitter", "Follow Matzav on Telegram"
    name: 'share-prompt',
    matches: (line, words) =>
      (/^share(?: (?:this|the) (?:article|story|post|page)\b| (?:on|via) \w| this:?$|:?$)/i.test(line) ||
        /^follow us\b/i.test(line) ||
        FOLLOW_ON_NETWORK.test(line) ||
        /^like us on facebook\b/i.test(line)) &&
      words <= 15,
  },
  {
    // "By Jonathan Landay and Steve Holland", "By Ana Ruiz, Latin America correspondent": a byline.
    name: 'byline',
    matches: isByline,
  },
  {
    // "Updated 3:45 PM EST, November 18, 2024", "Published: 18 Nov 2024", "Last updated 2 hours ago"
    name: 'timestamp',
    matches: (line, words) =>
      /^(?:last )?(?:updated|published|posted|modified)\b/i.test(line) && words <= 12 && TIMESTAMP_DATE.test(line),
  },
  {
    // "5 min read", "3 minute read", "Reading time: 4 minutes"
    name: 'reading-time',
    matches: (line) =>
      /^(?:\d+\s*(?:min|mins|minutes?)\s+read|reading time\s*:?\s*\d+\s*(?:min|mins|minutes?))\.?$/i.test(line),
  },
  {
    // "Associated Press writers Matthew Lee and Aamer Madhani contributed to this report."
    name: 'credit-block',
    matches: (line, words) =>
      /\bcontributed(?: reporting)?(?: to this (?:report|story|article))?\.?$/i.test(line) &&
      /\b(?:writers?|reporters?|correspondents?|staff|journalists?|reporting)\b/i.test(line) &&
      words <= 40,
  },
  {
    // "Our Standards: The Thomson Reuters Trust Principles.", "Purchase Licensing Rights", "opens new tab"
    name: 'site-furniture',
    matches: (line) => SITE_FURNITURE.test(line),
  },
  {
    // "Download the NewsPortal app", "Get the Daily Courier app for iOS and Android"
    name: 'app-prompt',
    matches: (line, words) =>
      /^(?:download|get|install|try) (?:the |our )?(?:[\w'’&-]+ ){0,4}app\b/i.test(line) && words <= 14,
  },
  {
    // "This article was originally published on The Conversation.", "This story first appeared in ..."
    name: 'republication-note',
    matches: (line, words) => REPUBLICATION_NOTE.test(line) && words <= 30,
  },
  {
    // A newsletter form saved with the page: "Newsletter Sign Up Continue reading the main story ... Please verify
    // you're not a robot by clicking the box. Invalid email address. Please re-enter. ..." on one line, or its
    // messages on their own ("An error has occurred. Please try again later.", "Thank you for subscribing.").
    name: 'newsletter-widget',
    matches: (line, words) =>
      /^newsletter sign[- ]?up\b/i.test(line) ||
      /\bplease verify you'?re not a robot\b/i.test(line) ||
      (NEWSLETTER_MESSAGE.test(line) && words <= 16),
  },
  {
    // "1/30 Earth from the ISS From the International Space Station, ...": a numbered picture of a gallery,
    // most often about something else; "+ show all Nasa's most stunning pictures of space" opens one.
    name: 'gallery',
    matches: (line) => /^\d{1,3}\/\d{1,3}\s+\S/.test(line) || /^\+?\s*show all\b/i.test(line),
  },
  {
    // "Photo", "SaveSave", "Scroll down for video", "Enlarge this image toggle caption Mike Stewart/AP ...":
    // the words of a page's picture and video players.
    name: 'media-furniture',
    matches: (line) =>
      /^(?:photo|video|(?:save)+|scroll down for (?:video|more))\.?$/i.test(line) ||
      /^(?:enlarge this image|toggle caption)\b/i.test(line),
  },
  {
    // "We pay for your stories! Do you have a story for The Sun Online news team? Email us at tips@... or call
    // 0207 782 4368": a tip line, with a phone number that is no fact of the story.
    name: 'tip-line',
    matches: (line, words) => TIP_LINE.test(line) && words <= 50,
  },
  {
    // "Harambe ... in this undated handout photo provided by Cincinnati Zoo. [Photo/Agencies]"
    name: 'photo-credit',
    matches: (line) => /\[(?:photo|file photo|image)\s*\/[^\]]*\]$/i.test(line),
  },
  {
    // "NPR's Sarah Knight contributed to this report.", "Ana Swanson in Washington and Xu Jing in Beijing
    // contributed to this report."
    name: 'credit-block',
    matches: (line, words) => /\bcontributed to this (?:report|story|article)\.?$/i.test(line) && words <= 24,
  },
  {
    // "___", "* * *", "-----": a rule between the article and what follows.
    name: 'separator',
    matches: (line) => /^(?:[_=~*#-]\s*){3,}$/.test(line),
  },
];

/** Lower-case words a byline may hold between names: "By Ana Ruiz, Latin America correspondent". */
const BYLINE_WORDS = new Set([
  'and',
  'in',
  'at',
  'of',
  'for',
  'the',
  ...NEWSROOM_ROLES,
  'staff',
  'bureau',
  'chief',
  'senior',
  'political',
  'foreign',
  'business',
  'science',
  'health',
  'news',
  'special',
  'de',
  'van',
  'von',
  'al',
  'el',
  'da',
  'with',
]);

function isByline(line: string): boolean {
  if (!/^by\s+[A-Z]/i.test(line) || wordCount(line) > 14 || /[.!?]$/.test(line.replace(/\b[A-Z]\.$/, ''))) return false;
  const words = line
    .split(/[\s,;|&]+/)
    .filter(Boolean)
    .slice(1);
  // "By Tuesday", "By March 2025": a deadline, not a byline.
  // ("By May Smith" may still be one: "May" alone is no deadline.)
  if (
    words.some(
      (word) =>
        WEEKDAY_NAMES.has(word.toLowerCase()) ||
        (word.toLowerCase() !== 'may' && MONTH_NAMES.includes(word.toLowerCase())),
    )
  )
    return false;
  return words.length >= 1 && words.every((word) => !startsLower(word) || BYLINE_WORDS.has(word.toLowerCase()));
}

/**
 * A line that opens with a quotation mark is someone's words (or a quoted headline like 'WAY TOO LATE'), never
 * furniture.
 */
const isQuoted = (line: string): boolean => /^["“”„'‘’‚«»]/.test(line);

/**
 * Candidate for the trailing-block rule: short and not a sentence. A desk or site name such as
 * "Axadle international–Monitoring" has no pattern of its own, but it is furniture when it sits among other
 * furniture at the very end of the article.
 */
function isShortLabel(line: string): boolean {
  // A line with a number carries a fact ("120 missiles" in a fact box), never a label.
  return wordCount(line) <= 6 && !isQuoted(line) && !/[.!?]["'”’)\]]*$/.test(line) && !/\d/.test(line);
}

/** The rule name reported for a line matched by one of the user's own patterns. */
export const USER_PATTERN_RULE = 'user-pattern';

/**
 * The longest line the user's patterns are tested on. A pattern that passed the checks of user-patterns.ts
 * can still be polynomial (`.*.*x` on a line with no "x"): on a 3 MB one-paragraph file that never ends,
 * on 2,000 characters it takes milliseconds. A longer line is article text, not site furniture.
 */
export const PATTERN_LINE_LIMIT = 2000;

/** How many lines of `text` are too long for the user's patterns (the run warns about them). */
export function linesBeyondPatterns(text: string): number {
  let count = 0;
  for (const line of text.split(/\r\n|\r|\n/)) if (line.trim().length > PATTERN_LINE_LIMIT) count++;
  return count;
}

function matchRule(line: string, patterns: readonly RegExp[]): string | null {
  if (line === '') return null;
  // The user's patterns are explicit, so they apply even to quoted lines.
  if (line.length <= PATTERN_LINE_LIMIT && patterns.some((pattern) => pattern.test(line))) return USER_PATTERN_RULE;
  if (isQuoted(line)) return null;
  const words = wordCount(line);
  return RULES.find((rule) => rule.matches(line, words))?.name ?? null;
}

/**
 * Flags short label lines that immediately follow other furniture in the block at the end of the article.
 * Only the tail is considered so that headlines at the top and subheads between paragraphs are never touched.
 */
function markTrailingBlock(lines: readonly string[], rules: Array<string | null>): void {
  // The tail: trailing lines that are each either already furniture or a short label.
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line === '') continue;
    if (rules[i] === null && !isShortLabel(line)) break;
    start = i;
  }
  // Within the tail, a short label counts only when the previous non-blank line is furniture.
  let previousIsFurniture = false;
  for (let i = start; i < lines.length; i++) {
    if (lines[i] === '') continue;
    if (rules[i] === null && previousIsFurniture) rules[i] = 'trailing-block';
    previousIsFurniture = rules[i] !== null;
  }
}

export interface BoilerplateOptions {
  /** The user's own patterns, tested against each trimmed line; a match is reported as `user-pattern`. */
  patterns?: readonly RegExp[];
}

/** Lines of `text` that are site furniture, with 1-based line numbers and the trimmed line text. */
export function findBoilerplate(text: string, options: BoilerplateOptions = {}): BoilerplateLine[] {
  const patterns = options.patterns ?? [];
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.trim());
  const rules = lines.map((line) => matchRule(line, patterns));
  markTrailingBlock(lines, rules);

  const found: BoilerplateLine[] = [];
  rules.forEach((rule, i) => {
    if (rule !== null) found.push({ line: i + 1, text: lines[i]!, rule });
  });
  return found;
}

/**
 * Rules that judge a line by its shape rather than by a fixed phrase. A caption ("... — Reuters") or a short
 * closing label can be real copy, and when several versions of the story carry the same line it is part of
 * the story they share, not one site's furniture.
 */
const SHAPE_RULES = new Set(['photo-caption', 'photo-credit', 'trailing-block']);

/**
 * Drops from each source's boilerplate the shape-judged lines that another source also has (compared after
 * folding case, typographic punctuation and spacing), so they are compared as content. Phrase rules
 * ("Advertisement", cookie notices) and the user's patterns stand even when every source shares the line.
 */
export function keepSharedLines<T extends { text: string; boilerplate: BoilerplateLine[] }>(
  sources: readonly T[],
): T[] {
  // Count only the lines in question, so a large run does not build a map of every line it reads.
  const sourcesWithLine = new Map<string, number>();
  for (const source of sources) {
    for (const line of source.boilerplate) if (SHAPE_RULES.has(line.rule)) sourcesWithLine.set(lineKey(line.text), 0);
  }
  if (sourcesWithLine.size === 0) return [...sources];
  for (const source of sources) {
    const keys = new Set(source.text.split(/\r\n|\r|\n/).map(lineKey));
    for (const key of keys) {
      const count = sourcesWithLine.get(key);
      if (count !== undefined) sourcesWithLine.set(key, count + 1);
    }
  }
  return sources.map((source) => {
    const boilerplate = source.boilerplate.filter(
      (line) => !SHAPE_RULES.has(line.rule) || (sourcesWithLine.get(lineKey(line.text)) ?? 0) < 2,
    );
    return boilerplate.length === source.boilerplate.length ? source : { ...source, boilerplate };
  });
}

function lineKey(line: string): string {
  return foldPunctuation(line).toLowerCase().replace(/\s+/g, ' ').trim();
}
