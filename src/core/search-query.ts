/**
 * Query handling shared by every adapter and the search element: lay-language synonyms, stop
 * words, "did you mean" spelling, plus (re-exported) the text helpers of search-text.ts.
 */
import { normalise } from './search-text.js';

export { findMatchRanges, normalise, queryTerms, searchTokens, splitByRanges, type StemMatch } from './search-text.js';

/**
 * Lay words mapped to the words service desks title their articles with. Keys are phrases of one or
 * more words (matched as whole words, apostrophes ignored: "can't" is "cant"); values are what the
 * phrase adds to the query. Integrators extend or replace it with their own vocabulary.
 */
export type SynonymMap = Readonly<Record<string, readonly string[]>>;

const LOGIN_TROUBLE = ['password reset', 'account locked', 'sign in'];
const CONNECT = ['connect'];

/**
 * The built-in English map: everyday words employees use about IT (wifi/WLAN, laptop/notebook,
 * "can't log in", printer, VPN from home, phishing…), nothing more. Product nicknames and a
 * site's own jargon ("gdocs", "the portal") belong in the host page's map (`synonyms` on
 * <sx-search>). Other languages: `defaultSynonyms(locale)` in synonyms.ts.
 */
export const DEFAULT_SYNONYMS: SynonymMap = {
  wifi: ['wlan', 'wireless'],
  'wi fi': ['wifi', 'wlan', 'wireless'],
  wlan: ['wifi', 'wireless'],
  wireless: ['wifi', 'wlan'],
  hotspot: ['tethering', 'wifi'],
  'get on': CONNECT,
  'get online': CONNECT,
  'join the': CONNECT,
  'cant log in': LOGIN_TROUBLE,
  'cant login': LOGIN_TROUBLE,
  'cant sign in': LOGIN_TROUBLE,
  'cannot log in': LOGIN_TROUBLE,
  'cannot login': LOGIN_TROUBLE,
  'cannot sign in': LOGIN_TROUBLE,
  'unable to log in': LOGIN_TROUBLE,
  'locked out': ['account locked', 'unlock'],
  'forgot password': ['password reset'],
  'forgot my password': ['password reset'],
  'forgotten password': ['password reset'],
  pw: ['password'],
  pwd: ['password'],
  passwd: ['password'],
  passcode: ['password', 'pin'],
  '2fa': ['mfa', 'multi factor', 'authenticator'],
  'two factor': ['mfa', 'multi factor', 'authenticator'],
  '2 step': ['mfa', 'multi factor', 'authenticator'],
  otp: ['mfa', 'authenticator', 'code'],
  laptop: ['notebook'],
  notebook: ['laptop'],
  computer: ['laptop'],
  pc: ['computer', 'laptop'],
  mac: ['macbook', 'laptop'],
  'work from home': ['vpn', 'remote'],
  wfh: ['vpn', 'remote', 'home'],
  'from home': ['vpn', 'remote'],
  remote: ['vpn'],
  vpn: ['globalprotect', 'remote'],
  'e mail': ['email', 'outlook'],
  mail: ['email'],
  inbox: ['email', 'outlook', 'mailbox'],
  mailbox: ['email', 'outlook'],
  spam: ['phishing', 'junk'],
  scam: ['phishing'],
  'suspicious email': ['phishing'],
  'fake email': ['phishing'],
  hacked: ['security', 'compromised', 'phishing'],
  virus: ['malware', 'security'],
  printer: ['print', 'printing'],
  printing: ['printer', 'print'],
  'print queue': ['printer'],
  'print job': ['printer'],
  'log on': ['sign in', 'login'],
  scanner: ['scan', 'scanning'],
  screen: ['monitor', 'display'],
  monitor: ['screen', 'display'],
  mobile: ['phone', 'smartphone'],
  cellphone: ['phone', 'mobile'],
  cell: ['phone', 'mobile'],
  smartphone: ['phone', 'mobile'],
  frozen: ['not responding', 'freeze'],
  freezes: ['not responding', 'frozen'],
  crashes: ['crash', 'not responding'],
  slow: ['performance'],
  'new starter': ['onboarding'],
  'new hire': ['onboarding', 'new starter'],
  'new employee': ['onboarding', 'new starter'],
  joiner: ['onboarding', 'new starter'],
  leaver: ['offboarding'],
  leaving: ['offboarding'],
  'admin rights': ['administrator', 'install'],
  'shared drive': ['network folder', 'shared folder'],
  'network drive': ['shared drive', 'folder'],
  'key card': ['badge'],
  'access card': ['badge'],
  'id card': ['badge'],
  acc: ['account'],
  acct: ['account'],
  'get rid of': ['delete'],
  erase: ['delete'],
  'back up': ['backup'],
  'turn off': ['disable'],
  'get back': ['retrieve', 'recover'],
  msg: ['message'],
};

/** Words that carry no meaning in a search: dropped from the text sent to the backend. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be but by can could do does for from how i i\'d id im in into is it its me my ' +
    'of on or so that the their there this to was what when where which who why will with would ' +
    'you your want like get got any some way there possible im ive dont doesnt cant cannot unable ' +
    'should please help').split(' '),
);

/** Words of a text, folded, apostrophes dropped so that "can't" and "cant" are one word. */
function words(text: string): string[] {
  return normalise(text).replace(/['’`]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

interface Rule {
  phrase: string[];
  adds: string[];
}
const compiled = new WeakMap<SynonymMap, Map<string, Rule[]>>();

/** The map's rules indexed by their first word, longest phrase first. */
function rulesOf(synonyms: SynonymMap): Map<string, Rule[]> {
  let rules = compiled.get(synonyms);
  if (rules) return rules;
  rules = new Map();
  for (const [key, adds] of Object.entries(synonyms)) {
    const phrase = words(key);
    const first = phrase[0];
    if (!first) continue;
    const list = rules.get(first) ?? [];
    list.push({ phrase, adds: adds.flatMap(words) });
    rules.set(first, list);
  }
  for (const list of rules.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  compiled.set(synonyms, rules);
  return rules;
}

export interface ExpandedQuery {
  /** What the person typed. */
  original: string;
  /**
   * What to send to the backend: the words the map added, then the meaningful words typed, so
   * the last word is still the one being typed (typeahead completes the last word).
   */
  text: string;
  /** The meaningful words typed (stop words dropped, unless nothing else is left). */
  terms: string[];
  /** Words added by the synonym map, not already typed. */
  added: string[];
}

/**
 * Lay-language query expansion, applied before the backend's search: "can't get on the wifi"
 * becomes "connect wlan wireless wifi", so an article titled "Connect a notebook to the corporate
 * WLAN" is found from everyday words. Pass `null` as the map to only drop stop words.
 */
export function expandQuery(text: string, synonyms: SynonymMap | null = DEFAULT_SYNONYMS): ExpandedQuery {
  const typed = words(text);
  const rules = synonyms ? rulesOf(synonyms) : undefined;
  const added: string[] = [];
  for (let index = 0; rules && index < typed.length; index++) {
    for (const rule of rules.get(typed[index] as string) ?? []) {
      if (rule.phrase.every((word, offset) => typed[index + offset] === word)) {
        added.push(...rule.adds);
        break;
      }
    }
  }
  const meaningful = typed.filter((word) => !STOP_WORDS.has(word));
  const terms = [...new Set(meaningful.length ? meaningful : typed)];
  const typedSet = new Set(typed);
  const extra = [...new Set(added)].filter((word) => !typedSet.has(word) && !STOP_WORDS.has(word));
  return { original: text, text: [...extra, ...terms].join(' '), terms, added: extra };
}

/**
 * Edit distance with adjacent transpositions counted as one edit ("phisihng" is one from
 * "phishing", "teh" one from "the"), giving up once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] as number) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** Words of a synonym map (its phrases and what they add): a vocabulary for "did you mean". */
export function synonymVocabulary(synonyms: SynonymMap = DEFAULT_SYNONYMS): Set<string> {
  const vocabulary = new Set<string>();
  for (const [key, adds] of Object.entries(synonyms)) {
    for (const word of [...words(key), ...adds.flatMap(words)]) vocabulary.add(word);
  }
  return vocabulary;
}

/**
 * "Did you mean": the query with each unknown word replaced by the closest known word (one edit
 * for short words, two for words of seven letters or more), or undefined when nothing changes.
 */
export function suggestSpelling(text: string, vocabulary: Iterable<string>): string | undefined {
  const known = vocabulary instanceof Set ? (vocabulary as Set<string>) : new Set(vocabulary);
  let changed = false;
  const corrected = words(text).map((word) => {
    if (word.length < 3 || known.has(word) || STOP_WORDS.has(word) || /\d/.test(word)) return word;
    const max = word.length >= 7 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const candidate of known) {
      if (Math.abs(candidate.length - word.length) > max) continue;
      const distance = editDistance(word, candidate, max);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (!best) return word;
    changed = true;
    return best;
  });
  return changed ? corrected.join(' ') : undefined;
}
