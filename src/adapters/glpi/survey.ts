/**
 * The GLPI adapter's satisfaction part (legacy API only: the high-level API has no survey route),
 * loaded on first use so that pages without a rating never fetch it. GLPI opens a
 * `TicketSatisfaction` survey when a ticket closes; the requester answers it with a `PUT`.
 */
import * as z from 'zod/mini';
import { AdapterError, type WriteOptions } from '../../core/adapter.js';
import type { SatisfactionReceipt, SatisfactionResponse, SurveySubject, SurveyState } from '../../core/schemas.js';
import type { GlpiClient } from './client.js';

const SurveySchema = z.object({ id: z.number(), tickets_id: z.number(), satisfaction: z.optional(z.nullable(z.number())), date_answered: z.optional(z.nullable(z.string())) });

/**
 * A 1–5 rating as GLPI's `satisfaction`, on the entity's scale (`inquest_max_rate`, 5 unless the
 * entity says otherwise). Other scales do not fit a GLPI survey.
 */
export function toSatisfaction(response: SatisfactionResponse, maxRate = 5): { satisfaction: number; comment?: string } {
  if (response.subject.type !== 'ticket' || (response.scale !== 'csat5' && response.scale !== 'emoji5')) {
    throw new AdapterError('invalid-response', 'GLPI stores only 1–5 ratings of tickets.');
  }
  return { satisfaction: Math.round((response.score * maxRate) / 5), comment: response.comment };
}

export function glpiSurvey(client: GlpiClient, maxRate?: number) {
  const survey = async (ticketId: string, signal?: AbortSignal) =>
    (await client.get(`Ticket/${encodeURIComponent(ticketId)}/TicketSatisfaction`, z.array(SurveySchema), signal))[0];

  return {
    async submitSatisfaction(response: SatisfactionResponse, { signal }: WriteOptions): Promise<SatisfactionReceipt> {
      const answer = toSatisfaction(response, maxRate);
      const found = await survey(response.subject.id, signal);
      if (!found) throw new AdapterError('conflict', 'GLPI has no satisfaction survey for this ticket.');
      // The answer replaces the survey's earlier one, so sending it again is harmless.
      await client.call('PUT', `TicketSatisfaction/${found.id}`, { body: { input: answer }, signal, responseType: 'none' });
      return { id: response.id };
    },

    getSurveyState: async (subject: SurveySubject, signal?: AbortSignal): Promise<SurveyState> => ({
      answered: subject.type === 'ticket' && !!(await survey(subject.id, signal))?.date_answered,
      optedOut: false,
    }),
  };
}
