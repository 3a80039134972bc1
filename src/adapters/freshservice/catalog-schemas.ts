/**
 * The service catalog payloads the adapter reads (service items with their custom fields,
 * categories), as zod/mini schemas of the fields it maps. Apart from vendor-schemas.ts because they
 * load with the catalog part, on first use.
 */
import * as z from 'zod/mini';

const id = z.number();
const optionalText = z.optional(z.nullable(z.string()));
const optionalFlag = z.optional(z.nullable(z.boolean()));
/** `field_options` flags arrive as booleans or as the strings "true" / "false". */
const flagOrWord = z.optional(z.nullable(z.union([z.boolean(), z.string()])));

export const FieldSchema = z.object({
  name: z.string(),
  label: z.string(),
  description: optionalText,
  field_type: z.string(),
  required: optionalFlag,
  visible_in_portal: optionalFlag,
  deleted: optionalFlag,
  position: z.optional(z.nullable(z.number())),
  field_options: z.optional(z.nullable(z.object({ displayed_to_requester: flagOrWord, requester_can_edit: flagOrWord, placeholder: optionalText }))),
  /** `[label, value]` pairs. */
  choices: z.optional(z.nullable(z.array(z.array(z.string())))),
});

export const ItemSchema = z.object({
  display_id: id,
  name: z.string(),
  short_description: optionalText,
  description: optionalText,
  category_id: z.optional(z.nullable(id)),
  icon_url: optionalText,
  /** Hours. */
  delivery_time: z.optional(z.nullable(z.number())),
  delivery_time_visibility: optionalFlag,
  cost: z.optional(z.nullable(z.union([z.string(), z.number()]))),
  cost_visibility: optionalFlag,
  /** 1 draft, 2 published. */
  visibility: z.number(),
  deleted: optionalFlag,
  /** 1 every requester, 2 restricted to some. */
  group_visibility: z.optional(z.nullable(z.number())),
  custom_fields: z.optional(z.nullable(z.array(FieldSchema))),
});

export const CategorySchema = z.object({ id, name: z.string() });

export type FreshserviceField = z.infer<typeof FieldSchema>;
export type FreshserviceItem = z.infer<typeof ItemSchema>;
