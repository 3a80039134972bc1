/**
 * Core's promise that elements only ever see valid data: every adapter result passes its canonical
 * schema here, whichever backend produced it. A bad payload becomes an `invalid-response` error
 * that names the field, never a crash further down.
 */
import type { ZodMiniType } from 'zod/mini';
import { AdapterError, isAbortError, toAdapterError, type ServiceAdapter } from './adapter.js';
import { loadOnce } from './load-once.js';

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

/** The result schemas (and zod) load once, beside the first request, not with the elements. */
export const loadResultSchemas = loadOnce(() => import('./result-schemas.js'));

/** The adapter methods whose results are validated (writes that return nothing included). */
const RESULT_METHODS = [
  'searchKnowledge',
  'getArticle',
  'sendArticleFeedback',
  'listTickets',
  'getTicket',
  'addComment',
  'reopenTicket',
  'confirmResolution',
  'listCatalog',
  'getCatalogItem',
  'submitRequest',
  'searchPeople',
  'submitSatisfaction',
  'getSurveyState',
  'recordEvents',
  'getInsights',
] as const;
export type ResultMethod = (typeof RESULT_METHODS)[number];

const validated = new WeakSet<ServiceAdapter>();

/** The most list entries an element is given, whatever a backend sends: enough for any person's view, never a frozen page. */
export const MAX_LIST_ENTRIES = 1000;

/**
 * A valid but huge answer is cut down before it is checked or rendered: search hits to the limit
 * asked for, tickets to theirs (or MAX_LIST_ENTRIES), catalog items and people to MAX_LIST_ENTRIES.
 * The `total` a backend reports is kept, so "1,000 of 100,000" can still be said.
 */
function clamped(name: ResultMethod, args: readonly unknown[], result: unknown): unknown {
  const field = LIST_FIELDS[name];
  if (!field) return result;
  const list = field === '.' ? result : (result as Record<string, unknown> | null | undefined)?.[field];
  if (!Array.isArray(list)) return result;
  const asked = (args[0] as { limit?: unknown } | undefined)?.limit;
  const limit = Math.min(MAX_LIST_ENTRIES, typeof asked === 'number' && asked > 0 ? asked : MAX_LIST_ENTRIES);
  if (list.length <= limit) return result;
  return field === '.' ? list.slice(0, limit) : { ...(result as object), [field]: list.slice(0, limit) };
}
const LIST_FIELDS: Partial<Record<ResultMethod, string>> = {
  searchKnowledge: 'hits',
  listTickets: 'tickets',
  listCatalog: 'items',
  searchPeople: '.',
};

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
  for (const name of RESULT_METHODS) {
    const method = (adapter as unknown as Record<string, Method | undefined>)[name];
    if (typeof method !== 'function') continue;
    wrapped[name] = async (...args: never[]) => {
      try {
        // The request does not wait for the schemas; the result does.
        const loading = loadResultSchemas();
        const result = clamped(name, args, await method.apply(adapter, args));
        const schema = (await loading).RESULT_SCHEMAS[name];
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
          void loadResultSchemas().then(({ RESULT_SCHEMAS }) => {
            const result = RESULT_SCHEMAS.getTicket.safeParse(ticket);
            if (result.success && !signal.aborted) onChange(result.data);
          });
        },
        signal,
      );
  }
  const result = wrapped as unknown as ServiceAdapter;
  validated.add(result);
  return result;
}
