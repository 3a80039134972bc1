/**
 * The Zendesk catalog's calls (ticket forms and fields, new requests), loaded with the catalog
 * part on first use. Answers are validated as in client.ts.
 */
import * as z from 'zod/mini';
import { parseOrThrow } from '../../core/validate.js';
import { get, type ZendeskClient } from './client.js';
import { FieldSchema, FormSchema } from './catalog-schemas.js';
import { RequestEnvelopeSchema } from './vendor-schemas.js';

/** The ticket forms an end user may pick. */
export const listForms = async (client: ZendeskClient, signal?: AbortSignal) =>
  (
    await get(client, 'ticket_forms', z.object({ ticket_forms: z.array(FormSchema) }), 'ticket forms', signal, {
      active: 'true',
      end_user_visible: 'true',
    })
  ).ticket_forms;

export const getForm = async (client: ZendeskClient, formId: string, signal?: AbortSignal) =>
  (await get(client, `ticket_forms/${encodeURIComponent(formId)}`, z.object({ ticket_form: FormSchema }), 'ticket form', signal)).ticket_form;

export const listFields = async (client: ZendeskClient, signal?: AbortSignal) =>
  (await get(client, 'ticket_fields', z.object({ ticket_fields: z.array(FieldSchema) }), 'ticket fields', signal)).ticket_fields;

export const createRequest = async (client: ZendeskClient, body: unknown, signal?: AbortSignal) =>
  parseOrThrow(RequestEnvelopeSchema, (await client.http.post('requests', body, { signal })).data, 'Zendesk new request').request;
