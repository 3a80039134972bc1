/** A field's problem in the reader's words, from the code the form schema gives it. */
import type { CatalogVariable } from '../../core/schemas.js';
import type { CardTranslate as Translate } from './item-text.js';
import type { FieldErrorCode } from '../../core/request-form-schema.js';

export interface FieldMessageFormats {
  number(value: number): string;
  /** A day so many days from today, as a date. */
  day(days: number): string;
  /** Field names joined the reader's way ("A, B and C"). */
  list(items: readonly string[]): string;
}

export function fieldErrorText(t: Translate, format: FieldMessageFormats, variable: CatalogVariable, code: FieldErrorCode): string {
  switch (code) {
    case 'min-length':
    case 'min-items':
      return t(`error.${code}`, { count: variable.min ?? 0 });
    case 'max-length':
    case 'max-items':
      return t(`error.${code}`, { count: variable.max ?? 0 });
    case 'min':
      return t('error.min', { min: format.number(variable.min ?? 0) });
    case 'max':
      return t('error.max', { max: format.number(variable.max ?? 0) });
    case 'date-min':
      return t('error.date-min', { date: format.day(variable.min ?? 0) });
    case 'date-max':
      return t('error.date-max', { date: format.day(variable.max ?? 0) });
    case 'pattern':
      return variable.help ? t('error.pattern-help', { help: variable.help }) : t('error.pattern');
    default:
      return t(`error.${code}`);
  }
}
