/**
 * Zammad's raw payloads as the adapter reads them (REST API v1: tickets with `expand=true`,
 * ticket articles, knowledge base search and answers), checked with zod/mini by the client before
 * any mapper sees them. Extra fields pass; a missing field the adapter maps is an `invalid-response`.
 */
import * as z from 'zod/mini';

const id = z.number();
const optionalText = z.optional(z.nullable(z.string()));

/** A ticket as `GET /api/v1/tickets[/{id}]?expand=true` answers it: ids plus association names. */
export const TicketSchema = z.object({
  id,
  number: z.string(),
  title: z.string(),
  /** The state's name (`expand=true`), e.g. `open`, `pending close` or a desk's own state. */
  state: z.string(),
  priority: optionalText,
  group: optionalText,
  /** 1 is Zammad's "nobody" user. */
  owner_id: z.optional(z.nullable(id)),
  close_at: optionalText,
  created_at: z.string(),
  updated_at: z.string(),
});
export type ZammadTicket = z.infer<typeof TicketSchema>;

export const ArticleSchema = z.object({
  id,
  ticket_id: id,
  body: z.string(),
  content_type: optionalText,
  internal: z.boolean(),
  /** `Customer`, `Agent` or `System`. */
  sender: optionalText,
  from: optionalText,
  created_by_id: id,
  created_at: z.string(),
});
export type ZammadArticle = z.infer<typeof ArticleSchema>;

/** `POST /api/v1/knowledge_bases/search`: `details` carries what a result list shows. */
export const SearchSchema = z.object({
  details: z.array(
    z.object({
      id,
      type: z.string(),
      url: z.string(),
      title: z.string(),
      subtitle: optionalText,
      body: optionalText,
    }),
  ),
});
export type ZammadSearchDetail = z.infer<typeof SearchSchema>['details'][number];

const records = <T extends z.ZodMiniType>(schema: T) => z.optional(z.record(z.string(), schema));

/** `GET /api/v1/knowledge_bases/{kb}/answers/{id}?include_contents=…`: the answer and its parts as assets. */
export const AnswerAssetsSchema = z.object({
  assets: z.object({
    KnowledgeBaseAnswer: records(z.object({ id, category_id: id, tags: z.optional(z.array(z.string())), updated_at: z.string() })),
    KnowledgeBaseAnswerTranslation: records(z.object({ id, answer_id: id, content_id: id, title: z.string(), updated_at: z.string() })),
    KnowledgeBaseAnswerTranslationContent: records(z.object({ id, body: z.string() })),
    KnowledgeBaseCategoryTranslation: records(z.object({ category_id: id, title: z.string() })),
  }),
});
export type AnswerAssets = z.infer<typeof AnswerAssetsSchema>['assets'];

export const UserSchema = z.object({ id });
