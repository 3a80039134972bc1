/**
 * TOPdesk's raw payloads as the adapter reads them (Incident Management API, Knowledge Base API),
 * checked with zod/mini by the client before any mapper sees them.
 */
import * as z from 'zod/mini';

export const str = z.string();
const optionalText = z.optional(z.nullable(str));
const named = z.optional(z.nullable(z.object({ id: z.optional(str), name: optionalText })));
const instant = z.optional(z.nullable(str));

export const IncidentSchema = z.object({
  id: str,
  number: str,
  briefDescription: optionalText,
  request: optionalText,
  processingStatus: named,
  priority: named,
  operator: named,
  operatorGroup: named,
  callDate: instant,
  creationDate: str,
  modificationDate: str,
  targetDate: instant,
  completedDate: instant,
  onHold: z.optional(z.boolean()),
  completed: z.optional(z.boolean()),
  closed: z.optional(z.boolean()),
  feedbackRating: z.optional(z.nullable(z.number())),
});
export type Incident = z.infer<typeof IncidentSchema>;

export const TrailSchema = z.array(
  z.object({
    id: str,
    memoText: optionalText,
    plainText: optionalText,
    invisibleForCaller: z.optional(z.boolean()),
    entryDate: instant,
    creationDate: instant,
    operator: named,
    person: named,
  }),
);
export type TrailEntry = z.infer<typeof TrailSchema>[number];

export const KnowledgeItemSchema = z.object({
  id: str,
  number: z.optional(str),
  modificationDate: instant,
  translation: z.object({
    language: z.optional(str),
    modificationDate: instant,
    content: z.object({ title: str, description: optionalText, content: optionalText, keywords: optionalText }),
  }),
});
export type KnowledgeItem = z.infer<typeof KnowledgeItemSchema>;
