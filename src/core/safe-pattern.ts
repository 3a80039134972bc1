/**
 * Regular expressions from a backend (a catalog variable's `pattern`) run in the page, and a
 * backtracking pattern such as `^(a+)+$` can freeze it for minutes on a 35-character value. A
 * pattern is used only when it is short and has no shape that backtracks badly (nested or
 * alternated repetition, back-references, many open-ended repeats), and only on bounded values.
 * An unsafe pattern is skipped with a console message for the form's owner: the field then checks
 * required-only and the backend still validates.
 */

/** Longer patterns are refused: nobody writes a 300-character format rule for a form field. */
export const MAX_PATTERN_LENGTH = 200;
/** Longer values fail the pattern without running it, which bounds even polynomial backtracking. */
export const MAX_CHECKED_LENGTH = 256;
/** `*`, `+` and `{n,}` in sequence multiply their work; three keep it under a few million steps. */
const MAX_OPEN_REPEATS = 3;

interface Group {
  /** Something inside repeats a variable number of times. */
  variable: boolean;
  alternation: boolean;
}

interface Quantifier {
  min: number;
  max: number;
  length: number;
}

function readQuantifier(pattern: string, at: number): Quantifier | undefined {
  const character = pattern[at];
  let quantifier: Quantifier | undefined;
  if (character === '*') quantifier = { min: 0, max: Infinity, length: 1 };
  else if (character === '+') quantifier = { min: 1, max: Infinity, length: 1 };
  else if (character === '?') quantifier = { min: 0, max: 1, length: 1 };
  else if (character === '{') {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(at));
    if (braces) {
      const min = Number(braces[1]);
      const max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity;
      quantifier = { min, max, length: braces[0].length };
    }
  }
  if (quantifier && pattern[at + quantifier.length] === '?') quantifier.length++;
  return quantifier;
}

/** Why the pattern is unsafe to run, or undefined when it is fine. */
export function unsafePatternReason(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `it is longer than ${MAX_PATTERN_LENGTH} characters`;
  const groups: Group[] = [{ variable: false, alternation: false }];
  let openRepeats = 0;
  let index = 0;
  while (index < pattern.length) {
    const character = pattern[index]!;
    let atomEnd = index + 1;
    let closed: Group | undefined;
    if (character === '\\') {
      if (/^\\(?:[1-9]|k<)/.test(pattern.slice(index))) return 'it uses a back-reference';
      atomEnd = index + 2;
    } else if (character === '[') {
      atomEnd = index + 1;
      if (pattern[atomEnd] === '^') atomEnd++;
      if (pattern[atomEnd] === ']') atomEnd++;
      while (atomEnd < pattern.length && pattern[atomEnd] !== ']') atomEnd += pattern[atomEnd] === '\\' ? 2 : 1;
      atomEnd++;
    } else if (character === '(') {
      groups.push({ variable: false, alternation: false });
      const prefix = /^\((?:\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/.exec(pattern.slice(index))!;
      index += prefix[0].length;
      continue;
    } else if (character === ')') {
      closed = groups.pop();
      if (!closed || groups.length === 0) return undefined; // unbalanced: new RegExp reports it
    } else if (character === '|') {
      groups.at(-1)!.alternation = true;
      index++;
      continue;
    }
    const quantifier = readQuantifier(pattern, atomEnd);
    const current = groups.at(-1)!;
    if (closed) current.variable ||= closed.variable;
    if (quantifier) {
      if (quantifier.max === Infinity && ++openRepeats > MAX_OPEN_REPEATS) {
        return `it has more than ${MAX_OPEN_REPEATS} open-ended repeats (*, +, {n,})`;
      }
      if (closed && quantifier.max > 2 && closed.variable) return 'it repeats a group that itself repeats, such as (a+)+';
      if (closed && quantifier.max > 2 && closed.alternation) return 'it repeats a group of alternatives, such as (a|ab)+';
      if (quantifier.max !== quantifier.min) current.variable = true;
      atomEnd += quantifier.length;
    }
    index = atomEnd;
  }
  return undefined;
}

// Forms re-validate on every change: compile (and warn) once per pattern.
const compiled = new Map<string, RegExp | undefined>();

/**
 * The pattern as a RegExp when it compiles and is safe to run, else undefined. `owner` names the
 * field in the console message, e.g. `variable "asset_tag"`.
 */
export function compileBackendPattern(pattern: string, owner: string): RegExp | undefined {
  if (compiled.size > 500) compiled.clear();
  if (!compiled.has(pattern)) compiled.set(pattern, compile(pattern, owner));
  return compiled.get(pattern);
}

function compile(pattern: string, owner: string): RegExp | undefined {
  const reason = unsafePatternReason(pattern);
  if (reason) {
    // For the form's owner: the field still works, it only checks that it is filled in.
    // eslint-disable-next-line no-console
    console.warn(`sx-kit: the pattern of ${owner} is not checked in the browser because ${reason}; fix the pattern in the backend (it still validates there).`);
    return undefined;
  }
  try {
    return new RegExp(pattern, 'u');
  } catch {
    // eslint-disable-next-line no-console
    console.warn(`sx-kit: the pattern of ${owner} is not a valid regular expression and is not checked in the browser.`);
    return undefined;
  }
}

/** Runs a safe pattern on a value of bounded length; a longer value does not match. */
export function matchesPattern(expression: RegExp, value: string): boolean {
  return value.length <= MAX_CHECKED_LENGTH && expression.test(value);
}
