/** Which stored answer a prompt shows instead of asking again (after a reload, or on a second copy). */
import type { OutboxEntry, OutboxEntryOf } from '../../core/outbox.js';
import type { SurveySubject } from '../../core/schemas.js';

export function sameSubject(a: SurveySubject, b: SurveySubject): boolean {
  return a.type === b.type && a.id === b.id;
}

/** The latest answer about `subject` still on its way (or refused and kept); delivered ones are done. */
export function waitingAnswer(entries: readonly OutboxEntry[], subject: SurveySubject): OutboxEntryOf<'satisfaction'> | undefined {
  return entries
    .filter((entry): entry is OutboxEntryOf<'satisfaction'> => entry.kind === 'satisfaction')
    .filter((entry) => entry.status !== 'delivered' && sameSubject(entry.payload.subject, subject))
    .at(-1);
}
