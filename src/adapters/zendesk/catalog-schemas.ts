/**
 * The ticket form and ticket field payloads the Zendesk catalog reads, as zod/mini schemas of the
 * fields it maps. Apart from vendor-schemas.ts because they load with the catalog part, on first use.
 */
import * as z from 'zod/mini';

const id = z.number();
const optionalText = z.optional(z.nullable(z.string()));

const Options = z.optional(z.nullable(z.array(z.object({ name: z.string(), value: z.string() }))));
export const FieldSchema = z.object({
  id,
  type: z.string(),
  title: z.string(),
  title_in_portal: optionalText,
  description: optionalText,
  required_in_portal: z.optional(z.boolean()),
  visible_in_portal: z.optional(z.boolean()),
  editable_in_portal: z.optional(z.boolean()),
  regexp_for_validation: optionalText,
  custom_field_options: Options,
  system_field_options: Options,
});
export const FormSchema = z.object({
  id,
  name: z.string(),
  display_name: optionalText,
  ticket_field_ids: z.optional(z.array(id)),
});

export type ZendeskField = z.infer<typeof FieldSchema>;
export type ZendeskForm = z.infer<typeof FormSchema>;
