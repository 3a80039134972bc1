/**
 * GLPI's legacy REST API (`apirest.php`) payloads as the adapter reads them, checked with zod/mini
 * before any mapper sees them: extra fields pass, missing ones are an `invalid-response`. The
 * high-level API's payloads are converted to these shapes by client-v2.ts.
 */
import * as z from 'zod/mini';

const id = z.number();
const optionalText = z.optional(z.nullable(z.string()));
/** `2026-11-02 09:00:00` (legacy API, server time without zone) or ISO 8601 (high-level API). */
const instant = z.string();

export const KnowbaseItemSchema = z.object({ id, name: z.string(), answer: optionalText, date_mod: instant });
export type KnowbaseItem = z.infer<typeof KnowbaseItemSchema>;

/** `GET search/KnowbaseItem`: rows keyed by search-option id (1 subject, 2 id, 7 content). */
export const KnowbaseSearchSchema = z.object({
  totalcount: z.number(),
  data: z.optional(z.array(z.object({ 1: z.string(), 2: id, 7: optionalText }))),
});
/** A search row carries no date: the list shows none. */
export type KnowbaseHit = Omit<KnowbaseItem, 'date_mod'>;

export const TicketSchema = z.object({
  id,
  name: z.string(),
  content: optionalText,
  /** 1 New, 2 Processing (assigned), 3 Processing (planned), 4 Pending, 5 Solved, 6 Closed. */
  status: id,
  /** The high-level API's localised status name; the legacy API gives only the number. */
  status_name: z.optional(z.string()),
  priority: z.optional(id),
  date: z.optional(z.nullable(instant)),
  date_mod: instant,
  itilcategories_id: z.optional(z.unknown()),
});
export type GlpiTicket = z.infer<typeof TicketSchema>;

export const FollowupSchema = z.object({
  id,
  content: optionalText,
  is_private: z.optional(id),
  users_id: z.optional(id),
  date: z.optional(z.nullable(instant)),
  date_creation: z.optional(z.nullable(instant)),
  /** Names of the keys (`add_keys_names[]=users_id`), or the high-level API's user name. */
  _keys_names: z.optional(z.object({ users_id: z.optional(z.string()) })),
});
export type Followup = z.infer<typeof FollowupSchema>;

/** ITILSolution: `status` 2 waiting for approval, 3 accepted, 4 refused (CommonITILValidation). */
export const SolutionSchema = z.extend(FollowupSchema, { status: z.optional(z.nullable(id)) });
export type Solution = z.infer<typeof SolutionSchema>;

/** The answer to `POST` of one item: `{"id": 456, "message": ""}`. */
export const CreatedSchema = z.object({ id });
