/**
 * ServiceNow's raw payloads as the adapter reads them (Table API with `sysparm_display_value=all`,
 * Knowledge Management API), checked with zod/mini by the client before any mapper sees them.
 * The catalog's payloads live in catalog-client.ts, which loads only when the catalog is used.
 */
import * as z from 'zod/mini';

const DATE = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/;
export const str = z.string();
const date = str.check(z.regex(DATE));
export const optionalText = z.optional(z.nullable(str));
/** A field read with `sysparm_display_value=all`. */
const field = (value: z.ZodMiniType<string>) => z.object({ value, display_value: optionalText });
const text = field(str);
const maybe = z.optional(text);
const maybeDate = z.optional(field(z.union([date, z.literal('')])));
const key = field(str.check(z.minLength(1)));

// Loose: the caller field is named by configuration and read by name.
export const RecordSchema = z.looseObject({
  sys_id: key,
  number: key,
  short_description: text,
  description: maybe,
  state: text,
  priority: maybe,
  hold_reason: maybe,
  assigned_to: maybe,
  assignment_group: maybe,
  opened_at: maybeDate,
  sys_created_on: field(date),
  sys_updated_on: field(date),
  resolved_at: maybeDate,
  close_notes: maybe,
});
export type Field = { value: string; display_value?: string | null };
export type TableRecord = z.infer<typeof RecordSchema>;
/** A record with the configured caller field (and its dot-walked user name) read by name. */
export type CallerRecord = TableRecord & Record<string, Field | undefined>;

export const JournalSchema = z.array(z.object({ sys_id: str, value: str, sys_created_on: date, sys_created_by: str }));
export type JournalEntry = z.infer<typeof JournalSchema>[number];

export const TaskSlaSchema = z.array(z.object({ planned_end_time: date, has_breached: str, stage: str, 'sla.target': z.optional(str) }));
export type TaskSla = z.infer<typeof TaskSlaSchema>[number];

export const KnowledgeSearchSchema = z.object({
  meta: z.object({ count: z.number() }),
  articles: z.array(z.object({ id: str, title: str, snippet: optionalText, score: z.optional(z.nullable(z.number())), link: z.optional(str) })),
});
export type KnowledgeSearch = z.infer<typeof KnowledgeSearchSchema>;

export const KnowledgeArticleSchema = z.object({
  sys_id: str,
  short_description: str,
  content: str,
  language: z.optional(str),
  fields: z.object({
    sys_updated_on: z.object({ value: date }),
    kb_category: z.optional(z.object({ display_value: optionalText })),
    meta: z.optional(z.object({ display_value: optionalText })),
  }),
});
export type KnowledgeArticle = z.infer<typeof KnowledgeArticleSchema>;

export const UsersSchema = z.array(z.object({ sys_id: str, user_name: z.optional(str), name: str, email: optionalText, department: optionalText }));
export type SysUser = z.infer<typeof UsersSchema>[number];
