/**
 * ServiceNow's HTTP side: the Table API (records, journal, task_sla, sys_user) and the Knowledge
 * Management API, with the instance's session token. Every answer is checked against
 * vendor-schemas.ts; mapping to the canonical model is mappers.ts's job.
 */
import * as z from 'zod/mini';
import { AdapterError } from '../../core/adapter.js';
import { createHttpClient, type HttpClientOptions } from '../../core/http.js';
import { parseOrThrow } from '../../core/validate.js';
import {
  JournalSchema,
  KnowledgeArticleSchema,
  KnowledgeSearchSchema,
  RecordSchema,
  TaskSlaSchema,
  UsersSchema,
  type CallerRecord,
} from './vendor-schemas.js';

export interface ServiceNowClientOptions
  extends Pick<HttpClientOptions, 'fetch' | 'headers' | 'getToken' | 'credentials' | 'timeoutMs' | 'retries'> {
  /** `https://acme.service-now.com`, a proxy, or `''` on the instance itself. */
  instanceUrl: string;
  /** Session CSRF token sent as `X-UserToken` (default: `window.g_ck` when the page has it). */
  userToken?: string;
}

export type TicketFilter = 'open' | 'resolved' | 'all';
type Query = Record<string, string | number | undefined>;

const FILTERS: Record<TicketFilter, string> = { open: 'active=true^state!=6', resolved: 'active=false^ORstate=6', all: '' };
const TICKET_FIELDS =
  'sys_id,number,short_description,description,state,priority,hold_reason,assigned_to,assignment_group,opened_at,sys_created_on,sys_updated_on,resolved_at,close_notes';

/** Text safe inside an encoded query (`^` separates conditions). */
export const queryText = (value: string) => value.replace(/[\^\n]/g, ' ').trim();

export function createServiceNowClient(options: ServiceNowClientOptions) {
  const root = options.instanceUrl.replace(/\/+$/, '');
  const http = createHttpClient({
    ...options,
    baseUrl: `${root}/api`,
    headers: async () => {
      const token = options.userToken ?? (globalThis as { g_ck?: string }).g_ck;
      return { ...(typeof options.headers === 'function' ? await options.headers() : options.headers), ...(token && { 'X-UserToken': token }) };
    },
  });

  /** `result` of a GET, checked, and the X-Total-Count that came with it. */
  const get = async <T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal, query?: Query) => {
    const response = await http.get(path, { signal, query });
    const total = Number(response.headers.get('X-Total-Count') ?? NaN);
    return { ...parseOrThrow(z.object({ result: schema }), response.data, `ServiceNow ${path}`), total };
  };
  const table = (name: string, query: string, signal?: AbortSignal, limit = 1, fields = TICKET_FIELDS) =>
    get(`now/table/${name}`, z.array(RecordSchema), signal, { sysparm_query: query, sysparm_display_value: 'all', sysparm_fields: fields, sysparm_limit: limit });
  const journal = async (sysId: string, signal?: AbortSignal) =>
    (
      await get('now/table/sys_journal_field', JournalSchema, signal, {
        // Public comments only: work notes never reach the requester.
        sysparm_query: `element_id=${sysId}^element=comments^ORDERBYDESCsys_created_on`,
        sysparm_fields: 'sys_id,value,sys_created_on,sys_created_by',
        sysparm_limit: 100,
      })
    ).result.reverse();

  return {
    root,
    http,
    queryText,
    get,
    table,
    /** A person's records of `name` (caller in `callerField`), newest first. */
    tickets: (name: string, callerField: string, caller: string, filter: TicketFilter, text: string | undefined, limit: number, signal?: AbortSignal) => {
      const words = text && queryText(text);
      const conditions = [`${callerField}=${caller}`, FILTERS[filter], words && `short_descriptionLIKE${words}^ORnumberLIKE${words}`];
      return table(name, `${conditions.filter(Boolean).join('^')}^ORDERBYDESCsys_updated_on`, signal, limit);
    },
    /** The record with this sys_id or number in the first of `tables` (name → caller field) that has it. */
    async findTicket(tables: readonly (readonly [string, string])[], id: string, signal?: AbortSignal) {
      const value = queryText(id);
      for (const [name, callerField] of tables) {
        const record = (await table(name, `sys_id=${value}^ORnumber=${value}`, signal, 1, `${TICKET_FIELDS},${callerField},${callerField}.user_name`)).result[0] as CallerRecord | undefined;
        if (record) return { table: name, record, sysId: record.sys_id.value, requester: record[`${callerField}.user_name`]?.value, requesterName: record[callerField]?.display_value || undefined };
      }
      throw new AdapterError('not-found', `ServiceNow has no ticket ${id}.`, { status: 404 });
    },
    journal,
    taskSlas: async (sysId: string, signal?: AbortSignal) =>
      (await get('now/table/task_sla', TaskSlaSchema, signal, { sysparm_query: `task=${sysId}^stage!=cancelled^ORDERBYsla.target`, sysparm_fields: 'planned_end_time,has_breached,stage,sla.target' })).result,
    users: async (query: string, signal?: AbortSignal) =>
      (await get('now/table/sys_user', UsersSchema, signal, { sysparm_query: query, sysparm_fields: 'sys_id,user_name,name,email,department', sysparm_display_value: 'true', sysparm_limit: 20 })).result,
    patch: (name: string, sysId: string, body: Record<string, string>, signal?: AbortSignal) =>
      http.patch(`now/table/${name}/${sysId}`, body, { signal, idempotent: false, query: { sysparm_fields: 'sys_id' }, responseType: 'none' }),
    searchArticles: async (query: Query, signal?: AbortSignal) => (await get('sn_km_api/knowledge/articles', KnowledgeSearchSchema, signal, query)).result,
    article: async (id: string, signal?: AbortSignal) =>
      (await get(`sn_km_api/knowledge/articles/${encodeURIComponent(id)}`, KnowledgeArticleSchema, signal, { fields: 'sys_updated_on,kb_category,meta' })).result,
  };
}

export type ServiceNowClient = ReturnType<typeof createServiceNowClient>;
