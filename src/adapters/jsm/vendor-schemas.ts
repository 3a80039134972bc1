/**
 * The `servicedeskapi` payloads the JSM adapter reads, as zod/mini schemas: only the fields it
 * maps, so a vendor adding fields breaks nothing, and a missing one is an `invalid-response`.
 * Request types and their fields load with the catalog: see catalog-schemas.ts.
 */
import * as z from 'zod/mini';

const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)$/;
const JiraDate = z.object({ iso8601: z.string().check(z.regex(ISO_INSTANT)) });
const opt = z.optional;
const optionalText = opt(z.string());
const User = z.object({ accountId: optionalText, displayName: optionalText });
export const StatusSchema = z.object({ status: z.string(), statusCategory: optionalText, statusDate: opt(JiraDate) });
/** JSM's paged list (`PagedDTO`): the adapter asks for one page big enough for a customer's view. */
export const page = <T extends z.ZodMiniType>(item: T) => z.object({ values: z.array(item) });
export const RequestSchema = z.object({
  issueKey: z.string(),
  requestTypeId: optionalText,
  createdDate: JiraDate,
  reporter: opt(User),
  requestFieldValues: opt(z.array(z.object({ fieldId: z.string(), value: opt(z.unknown()) }))),
  currentStatus: StatusSchema,
  participants: opt(page(User)),
  actions: opt(z.object({ addComment: opt(z.object({ allowed: opt(z.boolean()) })) })),
  _links: opt(z.object({ web: optionalText })),
});
export const CommentSchema = z.object({ id: z.string(), body: z.string(), public: opt(z.boolean()), author: opt(User), created: JiraDate });
export const ArticleSchema = z.object({
  title: z.string(),
  excerpt: optionalText,
  source: opt(z.object({ pageId: optionalText })),
  content: opt(z.object({ iframeSrc: optionalText })),
});
export const NamedSchema = z.object({ id: z.string(), name: z.string() });
export const FeedbackSchema = z.object({ rating: opt(z.number()), comment: opt(z.object({ body: optionalText })) });

export type JsmRequest = z.infer<typeof RequestSchema>;
export type JsmStatus = z.infer<typeof StatusSchema>;
export type JsmUser = z.infer<typeof User>;
export type JsmComment = z.infer<typeof CommentSchema>;
export type JsmArticle = z.infer<typeof ArticleSchema>;
export type JsmFeedback = z.infer<typeof FeedbackSchema>;
export type JsmNamed = z.infer<typeof NamedSchema>;
