/**
 * The request type payloads the JSM catalog reads, as zod/mini schemas of the fields it maps.
 * Apart from vendor-schemas.ts because they load with the catalog part, on first use.
 */
import * as z from 'zod/mini';

const opt = z.optional;
const optionalText = opt(z.string());

export const RequestTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: optionalText,
  helpText: optionalText,
  groupIds: opt(z.array(z.string())),
});
const FieldValue = z.object({ value: z.string(), label: z.string() });
export const FieldSchema = z.object({
  fieldId: z.string(),
  name: z.string(),
  description: optionalText,
  required: opt(z.boolean()),
  visible: opt(z.boolean()),
  validValues: opt(z.array(FieldValue)),
  defaultValues: opt(z.array(FieldValue)),
  jiraSchema: opt(z.object({ type: z.string(), system: optionalText, custom: optionalText })),
});
export const FieldsSchema = z.object({ requestTypeFields: z.array(FieldSchema) });

export type JsmRequestType = z.infer<typeof RequestTypeSchema>;
export type JsmField = z.infer<typeof FieldSchema>;
