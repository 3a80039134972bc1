/**
 * Core's promise that elements only ever see valid data: every adapter result passes its canonical
 * schema here, whichever backend produced it. A bad payload becomes an `invalid-response` error
 * that names the field, never a crash further down.
 */
import type { ZodMiniType } from 'zod/mini';
import { AdapterError, isAbortError, toAdapterError, type ServiceAdapter } from './adapter.js';
import {
  ArticleSchema,
  CatalogItemSchema,
  CatalogListSchema,
  PersonLookupSchema,
  RequestReceiptSchema,
  SatisfactionReceiptSchema,
  SearchResultsSchema,
  SurveyStateSchema,
  TicketEventSchema,
  TicketListSchema,
  TicketSchema,
} from './schemas.js';

/** `value` as the schema's type, or an `invalid-response` AdapterError naming what was wrong. */
export function parseOrThrow<T>(schema: ZodMiniType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
  const first = issues[0];
  throw new AdapterError(
    'invalid-response',
    `Unexpected ${what}: ${first ? `${first.path}: ${first.message}` : 'invalid'}`,
    { issues },
  );
}

type Method = (...args: never[]) => Promise<unknown>;

/** Each method's result schema; `null` for writes that return nothing. */
const RESULT_SCHEMAS = {
  searchKnowledge: SearchResultsSchema,
  getArticle: ArticleSchema,
  sendArticleFeedback: null,
  listTickets: TicketListSchema,
  getTicket: TicketSchema,
  addComment: TicketEventSchema,
  reopenTicket: TicketSchema,
  confirmResolution: TicketSchema,
  listCatalog: CatalogListSchema,
  getCatalogItem: CatalogItemSchema,
  submitRequest: RequestReceiptSchema,
  searchPeople: PersonLookupSchema,
  submitSatisfaction: SatisfactionReceiptSchema,
  getSurveyState: SurveyStateSchema,
} as const;

const validated = new WeakSet<ServiceAdapter>();

/**
 * The adapter as elements see it: same methods, results validated, failures as AdapterErrors
 * (aborts pass through untouched).
 */
export function withValidation(adapter: ServiceAdapter): ServiceAdapter {
  if (validated.has(adapter)) return adapter;
  const wrapped: Record<string, unknown> = {
    name: adapter.name,
    id: adapter.id,
    capabilities: adapter.capabilities,
  };
  for (const [name, schema] of Object.entries(RESULT_SCHEMAS)) {
    const method = (adapter as unknown as Record<string, Method | undefined>)[name];
    if (typeof method !== 'function') continue;
    wrapped[name] = async (...args: never[]) => {
      try {
        const result = await method.apply(adapter, args);
        return schema ? parseOrThrow(schema as ZodMiniType<unknown>, result, `${name} result`) : undefined;
      } catch (error) {
        if (isAbortError(error)) throw error;
        throw toAdapterError(error);
      }
    };
  }
  if (adapter.watchTicket) {
    const watch = adapter.watchTicket.bind(adapter);
    wrapped.watchTicket = (ticketId: string, onChange: Parameters<typeof watch>[1], signal: AbortSignal) =>
      watch(
        ticketId,
        (ticket) => {
          // A malformed push is dropped: polling or the next push brings a valid copy.
          const result = TicketSchema.safeParse(ticket);
          if (result.success) onChange(result.data);
        },
        signal,
      );
  }
  const result = wrapped as unknown as ServiceAdapter;
  validated.add(result);
  return result;
}
