/**
 * The one judge of what free text may be stored in the browser or sent to analytics: passwords
 * and PINs (introduced by the word in English, German, French, Dutch or Spanish), card numbers
 * (Luhn), IBANs (mod 97), national ids, JWTs, bearer and API tokens, and e-mail addresses are
 * found and replaced by a marker naming their kind: "my password is [password]".
 */
export type SecretKind = 'password' | 'card' | 'iban' | 'national-id' | 'token' | 'email';

interface Found {
  kind: SecretKind;
  start: number;
  end: number;
}

/** Words that introduce a secret, in the five languages of the kit's catalogs (and "pw", "mdp"). */
const SECRET_WORDS = [
  'passwor[dt]s?', 'passwd', 'pwd', 'pw', 'pass(?:code|phrase)', 'pin(?:[ -]?code)?', 'api[-_ ]?key', 'secret', 'token',
  'kennwort', 'zugangscode', 'geheimzahl', 'geheimnummer',
  'mot de passe', 'mdp', 'code (?:pin|secret|confidentiel)',
  'wachtwoord', 'toegangscode', 'inlogcode',
  'contrase[ñn]a', 'clave(?: de acceso)?', 'c[óo]digo(?: pin| secreto)',
].join('|');

/** "is" in the five languages: "my password is …", "mein Passwort ist …", "mot de passe est …". */
const VERBS = "is|was|ist|war|lautet|est|était|c'est|es|era";

const PASSWORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${SECRET_WORDS})(?![\p{L}\p{N}])(?<link>[^\S\n]*[:=][^\S\n]*|[^\S\n]+(?:${VERBS})[^\S\n]+|[^\S\n]+)(?<secret>[^\s]+)`,
  'giu',
);

/** After "password is", these words describe the password rather than being it. */
const STATE_WORDS = new Set(
  (
    'not no wrong expired incorrect invalid locked blocked forgotten lost missing too still always never reset required ' +
    'nicht kein falsch abgelaufen gesperrt ungültig vergessen zu immer noch ' +
    'pas plus faux incorrect expiré bloqué oublié invalide trop toujours ' +
    'niet geen fout verlopen geblokkeerd vergeten ongeldig te nog altijd ' +
    'incorrecta incorrecto caducada caducado bloqueada bloqueado olvidada inválida demasiado siempre todavía ' +
    // Articles and possessives: "the password is a problem" names no password.
    'a an the my your ein eine der die das mein dein un une le la mon ton een de het mijn jouw el mi tu'
  ).split(' '),
);

/** A word that could be a secret even without "is" or ":" before it: digits, symbols or inner capitals. */
function looksLikeSecret(word: string): boolean {
  return /[\p{N}]/u.test(word) || /[^\p{L}\p{N}.,;!?'")]/u.test(word) || /\p{Ll}\p{Lu}/u.test(word);
}

const IBAN_CANDIDATE = /\b[a-z]{2}\d{2}(?:[ -]?[a-z\d]){11,30}/gi;

/**
 * IBANs, also when words follow without punctuation ("DE89 3704 … 00 please"): the longest prefix
 * of the candidate that ends at a word boundary and passes mod 97.
 */
function ibans(text: string, found: Found[]) {
  for (const match of text.matchAll(IBAN_CANDIDATE)) {
    const ends: number[] = [];
    let compact = '';
    for (let index = 0; index < match[0].length; index++) {
      const character = match[0][index]!;
      if (character === ' ' || character === '-') continue;
      compact += character.toUpperCase();
      ends.push(match.index + index + 1);
    }
    for (let length = Math.min(34, compact.length); length >= 15; length--) {
      const end = ends[length - 1]!;
      if (/[\p{L}\p{N}]/u.test(text[end] ?? '') || !ibanChecksum(compact.slice(0, length))) continue;
      found.push({ kind: 'iban', start: match.index, end });
      break;
    }
  }
}

function passwords(text: string, found: Found[]) {
  for (const match of text.matchAll(PASSWORD)) {
    const link = match.groups!.link!;
    const secret = match.groups!.secret!;
    const explicit = /[:=]/.test(link);
    const afterVerb = !explicit && link.trim() !== '';
    const plainWord = secret.replace(/[.,;!?]+$/, '').toLowerCase();
    const isSecret = explicit || (afterVerb ? !STATE_WORDS.has(plainWord) : looksLikeSecret(secret));
    if (!isSecret) continue;
    const end = match.index + match[0].length;
    found.push({ kind: 'password', start: end - secret.length, end });
  }
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

function ibanChecksum(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const value = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

interface Rule {
  kind: SecretKind;
  pattern: RegExp;
  /** Extra check on the match (checksums), so order numbers and dates are not taken for secrets. */
  valid?: (match: string) => boolean;
}

const onlyDigits = (value: string) => value.replace(/\D/g, '');

const RULES: Rule[] = [
  { kind: 'token', pattern: /\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g },
  // "Bearer …" / "Basic …" credentials: a token that carries digits or base64 padding, not a word.
  { kind: 'token', pattern: /\b(?:bearer|basic)[^\S\n]+(?=[\w\-.~+/]*[\d=])[\w\-.~+/]{8,}=*/gi },
  // Long random-looking words (API keys, session ids): letters and digits together, 16 or more.
  { kind: 'token', pattern: /(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[a-z])[\w-]{16,}(?![\w-])/gi },
  { kind: 'email', pattern: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu },
  // Card numbers with any separator between the digits: 4111.1111.1111.1111, 4111-1111 1111/1111.
  { kind: 'card', pattern: /(?<!\d)\d(?:[^\p{L}\p{N}\n]{0,2}\d){12,18}(?!\d)/gu, valid: (match) => luhn(onlyDigits(match)) },
  // US social security number: 123-45-6789 (not 000, 666 or 9xx areas), or nine digits after "ssn".
  {
    kind: 'national-id',
    pattern: /(?<!\d)(?!000|666|9)\d{3}[- .](?!00)\d{2}[- .](?!0000)\d{4}(?!\d)|\b(?:ssn|social security(?: number)?)\W{0,3}\d{9}\b/gi,
  },
  // UK National Insurance number.
  { kind: 'national-id', pattern: /\b[a-ceghj-pr-tw-z][a-ceghj-nprstw-z] ?\d{2} ?\d{2} ?\d{2} ?[a-d]\b/gi },
  // Spanish DNI / NIE with their check letter.
  {
    kind: 'national-id',
    pattern: /\b[xyz]?\d{7,8}[- ]?[a-z]\b/gi,
    valid: (match) => {
      const clean = match.replace(/[- ]/g, '').toUpperCase();
      const number = Number(clean.slice(0, -1).replace(/^X/, '0').replace(/^Y/, '1').replace(/^Z/, '2'));
      return DNI_LETTERS[number % 23] === clean.slice(-1);
    },
  },
  // Dutch BSN (eleven-test) and French NIR only when named: nine digits alone are too common.
  { kind: 'national-id', pattern: /\b(?:bsn|burgerservicenummer|nir|n° de sécu(?:rité sociale)?|sécu)\W{0,3}[\d .]{9,21}\d/gi },
];

/** Every secret in the text, in order, overlapping finds merged. */
export function findSecrets(text: string): Found[] {
  const found: Found[] = [];
  passwords(text, found);
  ibans(text, found);
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      if (rule.valid && !rule.valid(match[0])) continue;
      found.push({ kind: rule.kind, start: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Found[] = [];
  for (const next of found) {
    const last = merged.at(-1);
    if (last && next.start < last.end) last.end = Math.max(last.end, next.end);
    else merged.push({ ...next });
  }
  return merged;
}

export function containsSecret(text: string): boolean {
  return findSecrets(text).length > 0;
}

/** The text with each secret replaced by `[kind]`, safe to store or to send to analytics. */
export function redact(text: string): string {
  let result = '';
  let position = 0;
  for (const secret of findSecrets(text)) {
    result += `${text.slice(position, secret.start)}[${secret.kind}]`;
    position = secret.end;
  }
  return result + text.slice(position);
}
