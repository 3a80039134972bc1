/**
 * The JSM adapter's catalog part (request types as catalog items, their fields as a form, new
 * requests), loaded by the adapter on first use so that pages without a catalog never fetch it.
 */
import type { CatalogQuery, WriteOptions } from '../../core/adapter.js';
import type { CatalogItem, CatalogList, CatalogRequest, RequestReceipt } from '../../core/schemas.js';
import * as api from './catalog-client.js';
import { catalogItem, catalogVariable, customerFields, isSameRequest, requestFieldValues, requestReceipt } from './catalog-mappers.js';
import { listRequests, type JsmClient } from './client.js';
import type { JsmRules } from './mappers.js';

/** What the adapter lends its catalog: a client with a service desk, its rules and its write guard. */
export interface JsmCatalogOptions {
  client: JsmClient & { desk: string };
  rules: JsmRules;
  once<T>(idempotencyKey: string, write: () => Promise<T>): Promise<T>;
}

export function jsmCatalog({ client, rules, once }: JsmCatalogOptions) {
  const portal = `${client.root}/servicedesk/customer/portal/${encodeURIComponent(client.desk)}`;
  const fieldsOf = async (typeId: string, signal?: AbortSignal) => customerFields(await api.getRequestTypeFields(client, typeId, signal));

  return {
    async listCatalog(query: CatalogQuery, signal?: AbortSignal): Promise<CatalogList> {
      const [types, groups] = await Promise.all([
        api.listRequestTypes(client, query.text?.trim() || undefined, signal),
        api.listRequestTypeGroups(client, signal),
      ]);
      const items = types.map((type) => catalogItem(type, portal)).filter((entry) => !query.category || entry.categories.includes(query.category));
      return { items, categories: groups, total: items.length };
    },

    async getCatalogItem(typeId: string, signal?: AbortSignal): Promise<CatalogItem> {
      const [type, fields] = await Promise.all([api.getRequestType(client, typeId, signal), fieldsOf(typeId, signal)]);
      return { ...catalogItem(type, portal), description: type.helpText, variables: fields.map(catalogVariable) };
    },

    submitRequest: (request: CatalogRequest, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, async (): Promise<RequestReceipt> => {
        const values = requestFieldValues(await fieldsOf(request.itemId, signal), request.values);
        const now = Date.now();
        const { values: recent } = await listRequests(client, { requestStatus: 'ALL_REQUESTS', requestTypeId: request.itemId, limit: 20 }, signal);
        const created =
          recent.find((candidate) => isSameRequest(candidate, request.itemId, values, now)) ??
          (await api.createRequest(client, request.itemId, values, signal));
        return requestReceipt(created, rules);
      }),
  };
}
