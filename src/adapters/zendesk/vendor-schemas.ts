/**
 * The Zendesk payloads the adapter reads (Help Center articles, Requests API), as zod/mini schemas
 * of the fields it maps: extra fields pass, missing ones are an `invalid-response`. Ticket forms and
 * fields load with the catalog: see catalog-schemas.ts.
 */
import * as z from 'zod/mini';

const id = z.number();
const optionalText = z.optional(z.nullable(z.string()));
export const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;

export const ArticleSchema = z.object({
  id,
  title: z.string(),
  body: optionalText,
  html_url: z.optional(z.string()),
  updated_at: z.string(),
  edited_at: optionalText,
  locale: z.optional(z.string()),
  label_names: z.optional(z.array(z.string())),
  snippet: optionalText,
});
export const SearchSchema = z.object({ results: z.array(ArticleSchema), count: z.optional(z.number()) });
export const RequestSchema = z.object({
  id,
  subject: z.string(),
  description: optionalText,
  status: z.enum(STATUSES),
  priority: optionalText,
  created_at: z.string(),
  updated_at: z.string(),
  ticket_form_id: z.optional(z.nullable(id)),
  custom_fields: z.optional(z.array(z.object({ id, value: z.unknown() }))),
});
/** The answer to reading or creating one request. */
export const RequestEnvelopeSchema = z.object({ request: RequestSchema });
export const RequestsSchema = z.object({ requests: z.array(RequestSchema), count: z.optional(z.number()) });
export const CommentsSchema = z.object({
  comments: z.array(z.object({ id, body: z.string(), public: z.optional(z.boolean()), author_id: id, created_at: z.string() })),
  users: z.optional(z.array(z.object({ id, name: z.string(), agent: z.optional(z.boolean()) }))),
});
export type ZendeskStatus = (typeof STATUSES)[number];
export type ZendeskArticle = z.infer<typeof ArticleSchema>;
export type ZendeskRequest = z.infer<typeof RequestSchema>;
export type ZendeskComments = z.infer<typeof CommentsSchema>;
