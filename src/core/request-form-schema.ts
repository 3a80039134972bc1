/**
 * The request form as data: which variables are visible, what a blank form holds, and the zod
 * schema built from the variable definitions that validates it. Pure functions, no DOM, so the
 * rules are unit-tested apart from the element that renders them.
 */
import * as z from 'zod/mini';
import { compileBackendPattern, matchesPattern } from './safe-pattern.js';
import type { CatalogRequest, CatalogVariable, VariableValue } from './schemas.js';

/** What the form holds while someone types: numbers stay text until they validate. */
export type FieldValue = string | boolean | string[];
export type FormValues = Record<string, FieldValue>;

/** Why a field is invalid; the element turns the code into a sentence in the reader's language. */
export type FieldErrorCode =
  | 'required'
  | 'required-choice'
  | 'required-check'
  | 'min-length'
  | 'max-length'
  | 'min'
  | 'max'
  | 'min-items'
  | 'max-items'
  | 'number'
  | 'email'
  | 'date'
  /** A date before the earliest allowed (`min` days from today). */
  | 'date-min'
  /** A date after the latest allowed (`max` days from today). */
  | 'date-max'
  | 'pattern'
  | 'option'
  /** A name typed into a person lookup but not picked from the suggestions (set by the element). */
  | 'person';

export type FieldErrors = Record<string, FieldErrorCode>;

export type ValidationResult =
  | { ok: true; values: CatalogRequest['values']; errors: FieldErrors }
  | { ok: false; errors: FieldErrors };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isEmpty(value: FieldValue | undefined): boolean {
  if (value === undefined || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'string' && value.trim() === '';
}

function matchesCondition(variable: CatalogVariable, values: FormValues): boolean {
  const condition = variable.visibleWhen;
  if (!condition) return true;
  const other = values[condition.variable];
  if (condition.filled !== undefined) return condition.filled === !isEmpty(other);
  const expected = condition.equals;
  if (expected === undefined) return !isEmpty(other);
  const wanted = Array.isArray(expected) ? expected : [expected];
  const actual = Array.isArray(other) ? other : [other];
  return wanted.some((candidate) => actual.some((value) => String(value) === String(candidate)));
}

/**
 * The variables shown for these values. A condition on a hidden variable is false: hiding a
 * parent hides what depends on it.
 */
export function visibleVariables(variables: readonly CatalogVariable[], values: FormValues): CatalogVariable[] {
  const byName = new Map(variables.map((variable) => [variable.name, variable]));
  const visible = new Map<string, boolean>();
  const isVisible = (variable: CatalogVariable, depth = 0): boolean => {
    const known = visible.get(variable.name);
    if (known !== undefined) return known;
    const parent = variable.visibleWhen ? byName.get(variable.visibleWhen.variable) : undefined;
    const shown =
      depth < variables.length &&
      (!parent || isVisible(parent, depth + 1)) &&
      matchesCondition(variable, values);
    visible.set(variable.name, shown);
    return shown;
  };
  return variables.filter((variable) => isVisible(variable));
}

/** A blank form: each variable's default, else empty of its kind. */
export function initialValues(variables: readonly CatalogVariable[]): FormValues {
  const values: FormValues = {};
  for (const variable of variables) values[variable.name] = toFieldValue(variable, variable.default);
  return values;
}

function toFieldValue(variable: CatalogVariable, value: VariableValue | undefined): FieldValue {
  if (variable.type === 'checkbox') return value === true || value === 'true';
  if (variable.type === 'multiselect') return Array.isArray(value) ? value : value ? [String(value)] : [];
  if (value === undefined || Array.isArray(value)) return '';
  return String(value);
}

/** Keeps only values that fit the variables (a stored draft may predate a change of the item). */
export function mergeValues(variables: readonly CatalogVariable[], stored: Partial<FormValues>): FormValues {
  const values = initialValues(variables);
  for (const variable of variables) {
    const value = stored[variable.name];
    if (value === undefined) continue;
    const fits =
      variable.type === 'checkbox'
        ? typeof value === 'boolean'
        : variable.type === 'multiselect'
          ? Array.isArray(value) && value.every((item) => typeof item === 'string')
          : typeof value === 'string';
    if (fits) values[variable.name] = value;
  }
  return values;
}

const rule = <T>(code: FieldErrorCode, test: (value: T) => boolean) => z.refine<T>(test, code);

const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * For a date variable, `min` and `max` count days from today (0 is today, -1 yesterday): the
 * earliest or latest day allowed as `YYYY-MM-DD` in local time, the form `<input type=date>` takes.
 */
export function dateBound(days: number | undefined, today: Date = new Date()): string | undefined {
  if (days === undefined || !Number.isFinite(days)) return undefined;
  // A bound past a century means nothing, and a huge one (1e9 days) would overflow Date.
  const within = Math.max(-MAX_BOUND_DAYS, Math.min(MAX_BOUND_DAYS, Math.trunc(days)));
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() + within);
  return `${day.getFullYear()}-${twoDigits(day.getMonth() + 1)}-${twoDigits(day.getDate())}`;
}
const MAX_BOUND_DAYS = 36_525;

/**
 * The days a date variable allows. A request is about what happens next ("Needed by", "Start
 * date"), so without a `min` of its own a date may not lie in the past.
 */
export function dateLimits(variable: Pick<CatalogVariable, 'min' | 'max'>, today: Date = new Date()) {
  return { earliest: dateBound(variable.min ?? 0, today), latest: dateBound(variable.max, today) };
}

function textSchema(variable: CatalogVariable, today: Date) {
  const { min, max, pattern, options } = variable;
  const given = (test: (value: string) => boolean) => (value: string) => value.trim() === '' || test(value.trim());
  const checks = [];
  if (variable.required) {
    const code = variable.type === 'select' ? 'required-choice' : variable.type === 'user' ? 'required-choice' : 'required';
    checks.push(rule<string>(code, (value) => value.trim() !== ''));
  }
  switch (variable.type) {
    case 'number':
      checks.push(rule<string>('number', given((value) => Number.isFinite(Number(value)))));
      if (min !== undefined) checks.push(rule<string>('min', given((value) => !(Number(value) < min))));
      if (max !== undefined) checks.push(rule<string>('max', given((value) => !(Number(value) > max))));
      break;
    case 'email':
      checks.push(rule<string>('email', given((value) => EMAIL.test(value))));
      break;
    case 'date': {
      checks.push(rule<string>('date', given((value) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)))));
      // ISO days compare as text; a value that is not a date is left to the rule above.
      const { earliest, latest } = dateLimits(variable, today);
      if (earliest) checks.push(rule<string>('date-min', given((value) => !ISO_DATE.test(value) || value >= earliest)));
      if (latest) checks.push(rule<string>('date-max', given((value) => !ISO_DATE.test(value) || value <= latest)));
      break;
    }
    case 'select':
      if (options?.length) checks.push(rule<string>('option', given((value) => options.some((option) => option.value === value))));
      break;
    case 'text':
    case 'textarea':
      if (min !== undefined) checks.push(rule<string>('min-length', given((value) => value.length >= min)));
      if (max !== undefined) checks.push(rule<string>('max-length', (value) => value.trim().length <= max));
      break;
    case 'user':
      break;
  }
  if (pattern !== undefined && variable.type !== 'select') {
    // A pattern that is invalid or could hang the page is skipped (required-only): the backend validates too.
    const expression = compileBackendPattern(pattern, `variable "${variable.name}"`);
    if (expression) checks.push(rule<string>('pattern', given((value) => matchesPattern(expression, value))));
  }
  return z.string().check(...checks);
}

/**
 * The zod schema for the form as it is now: visible variables only, each with its own rules.
 * `today` anchors the date bounds.
 */
export function buildRequestSchema(variables: readonly CatalogVariable[], values: FormValues, today: Date = new Date()) {
  const shape: Record<string, z.ZodMiniType<FieldValue>> = {};
  for (const variable of visibleVariables(variables, values)) {
    if (variable.type === 'checkbox') {
      shape[variable.name] = z.boolean().check(
        ...(variable.required ? [rule<boolean>('required-check', (value) => value)] : []),
      );
    } else if (variable.type === 'multiselect') {
      const { min, max, options } = variable;
      const checks = [];
      if (variable.required) checks.push(rule<string[]>('required-choice', (value) => value.length > 0));
      if (min !== undefined) checks.push(rule<string[]>('min-items', (value) => value.length === 0 || value.length >= min));
      if (max !== undefined) checks.push(rule<string[]>('max-items', (value) => value.length <= max));
      if (options?.length) {
        checks.push(rule<string[]>('option', (value) => value.every((item) => options.some((option) => option.value === item))));
      }
      shape[variable.name] = z.array(z.string()).check(...checks);
    } else {
      shape[variable.name] = textSchema(variable, today);
    }
  }
  return z.object(shape);
}

/**
 * Validates the form. On success, `values` is what the backend receives: visible variables only,
 * text trimmed, numbers as numbers, empty optional fields left out.
 */
export function validateRequest(variables: readonly CatalogVariable[], values: FormValues, today: Date = new Date()): ValidationResult {
  const visible = visibleVariables(variables, values);
  const input: Record<string, FieldValue> = {};
  for (const variable of visible) input[variable.name] = values[variable.name] ?? toFieldValue(variable, undefined);
  const result = buildRequestSchema(variables, values, today).safeParse(input);
  if (!result.success) {
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? '');
      if (name && !(name in errors)) errors[name] = issue.message as FieldErrorCode;
    }
    return { ok: false, errors };
  }
  const cleaned: CatalogRequest['values'] = {};
  for (const variable of visible) {
    const value = input[variable.name]!;
    if (typeof value === 'string') {
      const trimmed = value.trim();
      if (trimmed === '') continue;
      cleaned[variable.name] = variable.type === 'number' ? Number(trimmed) : trimmed;
    } else {
      cleaned[variable.name] = value;
    }
  }
  return { ok: true, values: cleaned, errors: {} };
}
