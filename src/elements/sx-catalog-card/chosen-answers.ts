/**
 * The answers of a request as the person chose them: option labels, people's names, dates and
 * yes/no in the reader's language, never the internal values a backend stores ("usr-001",
 * "standard"). Shown in the confirmation; pure, so it is tested without a form.
 */
import type { CatalogRequest, CatalogVariable } from '../../core/schemas.js';

export interface AnswerFormats {
  /** A `yyyy-mm-dd` day as the reader writes dates. */
  day(isoDay: string): string;
  number(value: number): string;
  list(items: readonly string[]): string;
  yes: string;
  no: string;
  /** The name shown when a person was picked (the value is the person's id). */
  personName(variable: string): string | undefined;
}

export interface ChosenAnswer {
  /** The variable's name. */
  name: string;
  label: string;
  text: string;
}

const labelOf = (variable: CatalogVariable, value: string) => variable.options?.find((option) => option.value === value)?.label ?? value;

function answerText(variable: CatalogVariable, value: CatalogRequest['values'][string], formats: AnswerFormats): string {
  if (typeof value === 'boolean') return value ? formats.yes : formats.no;
  if (typeof value === 'number') return formats.number(value);
  if (Array.isArray(value)) return formats.list(value.map((chosen) => labelOf(variable, chosen)));
  switch (variable.type) {
    case 'select':
      return labelOf(variable, value);
    case 'user':
      return formats.personName(variable.name) || value;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formats.day(value) : value;
    default:
      return value;
  }
}

/** The sent answers in the item's order; empty answers and unchecked boxes that were never asked are left out. */
export function chosenAnswers(variables: readonly CatalogVariable[], values: CatalogRequest['values'], formats: AnswerFormats): ChosenAnswer[] {
  return variables.flatMap((variable) => {
    const value = values[variable.name];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return [];
    return [{ name: variable.name, label: variable.label, text: answerText(variable, value, formats) }];
  });
}
