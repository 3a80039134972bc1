/**
 * The `servicedeskapi` calls of the JSM catalog (request types, their groups and fields, new
 * requests), loaded with the catalog part on first use. Answers are validated as in client.ts.
 */
import { parseOrThrow } from '../../core/validate.js';
import { deskPath, get, list, type JsmClient } from './client.js';
import { FieldsSchema, RequestTypeSchema } from './catalog-schemas.js';
import { NamedSchema, RequestSchema } from './vendor-schemas.js';

const typePath = (client: JsmClient, typeId: string) => `${deskPath(client)}/requesttype/${encodeURIComponent(typeId)}`;

export const listRequestTypes = (client: JsmClient, text?: string, signal?: AbortSignal) =>
  list(client, `${deskPath(client)}/requesttype`, RequestTypeSchema, signal, { searchQuery: text, limit: 100 });

export const listRequestTypeGroups = (client: JsmClient, signal?: AbortSignal) =>
  list(client, `${deskPath(client)}/requesttypegroup`, NamedSchema, signal, { limit: 100 });

export const getRequestType = (client: JsmClient, typeId: string, signal?: AbortSignal) =>
  get(client, typePath(client, typeId), RequestTypeSchema, signal);

export const getRequestTypeFields = async (client: JsmClient, typeId: string, signal?: AbortSignal) =>
  (await get(client, `${typePath(client, typeId)}/field`, FieldsSchema, signal)).requestTypeFields;

export const createRequest = async (client: JsmClient, typeId: string, requestFieldValues: Record<string, unknown>, signal?: AbortSignal) =>
  parseOrThrow(
    RequestSchema,
    (await client.http.post('request', { serviceDeskId: client.desk, requestTypeId: typeId, requestFieldValues }, { signal })).data,
    'JSM new request',
  );
