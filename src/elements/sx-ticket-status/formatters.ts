/**
 * What render functions need to put words, dates and numbers on screen, bound by the element to
 * its language, time zone and clock; render functions stay free of the element itself.
 */
import type { LocalizeController } from '../shared/localize-controller.js';
import type { TicketStatusMessages } from './messages/en.js';

export interface Formatters {
  t: LocalizeController<TicketStatusMessages>['t'];
  /** In the element's time zone; a medium date with a short time by default. */
  date(value: string | Date, options?: Intl.DateTimeFormatOptions): string;
  /** "3 hours ago", relative to `now`. */
  relative(value: string | Date): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  now: Date;
  /** The element's `heading-level`: the list's and the ticket's title; sections go one deeper. */
  headingLevel: number;
}
