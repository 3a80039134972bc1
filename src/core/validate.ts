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
] as const;
export type ResultMethod = (typeof RESULT_METHODS)[number];

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
  for (const name of RESULT_METHODS) {
    const method = (adapter as unknown as Record<string, Method | undefined>)[name];
    if (typeof method !== 'function') continue;
    wrapped[name] = async (...args: never[]) => {
      try {
        // The request does not wait for the schemas; the result does.
        const loading = loadResultSchemas();
        const result = await method.apply(adapter, args);
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
