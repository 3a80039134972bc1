/**
 * The Freshservice API v2 payloads the adapter reads (solution articles, tickets, conversations,
 * requesters, CSAT responses), as zod/mini schemas of the fields it maps: extra fields pass, missing
 * ones are an `invalid-response`. Service items load with the catalog: see catalog-schemas.ts.
 */
import * as z from 'zod/mini';

const id = z.number();
const optionalText = z.optional(z.nullable(z.string()));

export const ArticleSchema = z.object({
  id,
  title: z.string(),
  description: optionalText,
  description_text: optionalText,
  /** 1 draft, 2 published. */
  status: z.number(),
  updated_at: z.string(),
  tags: z.optional(z.nullable(z.array(z.string()))),
  keywords: z.optional(z.nullable(z.array(z.string()))),
});
export const SearchSchema = z.object({
  articles: z.array(ArticleSchema),
  meta: z.optional(z.object({ total_items: z.optional(z.number()) })),
});

export const TicketSchema = z.object({
  id,
  subject: z.string(),
  description_text: optionalText,
  /** 2 Open, 3 Pending, 4 Resolved, 5 Closed; accounts may add their own. */
  status: z.number(),
  priority: z.optional(z.nullable(z.number())),
  type: optionalText,
  requester_id: z.optional(z.nullable(id)),
  responder_id: z.optional(z.nullable(id)),
  due_by: optionalText,
  created_at: z.string(),
  updated_at: z.string(),
});
export const TicketEnvelopeSchema = z.object({ ticket: TicketSchema });
export const TicketsSchema = z.object({ tickets: z.array(TicketSchema), total: z.optional(z.number()) });

export const ConversationSchema = z.object({
  id,
  body_text: optionalText,
  /** True when it came from outside (the requester's side), false for the desk's. */
  incoming: z.optional(z.boolean()),
  private: z.optional(z.boolean()),
  user_id: z.optional(z.nullable(id)),
  /** 0 email, 1 form, 2 note, 3 status, 4 meta, 5 feedback, 6 forward_email. */
  source: z.optional(z.number()),
  created_at: z.string(),
});
export const ConversationsSchema = z.object({ conversations: z.array(ConversationSchema) });

export const RequesterSchema = z.object({
  id,
  first_name: optionalText,
  last_name: optionalText,
  primary_email: optionalText,
});

export type FreshserviceArticle = z.infer<typeof ArticleSchema>;
export type FreshserviceTicket = z.infer<typeof TicketSchema>;
export type FreshserviceConversation = z.infer<typeof ConversationSchema>;
export type FreshserviceRequester = z.infer<typeof RequesterSchema>;
