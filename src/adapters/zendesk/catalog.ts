/**
 * The Zendesk adapter's catalog part (ticket forms as catalog items, their fields as a form, new
 * requests), loaded by the adapter on first use so that pages without a catalog never fetch it.
 */
import type { CatalogQuery, WriteOptions } from '../../core/adapter.js';
import type { CatalogItem, CatalogList, CatalogRequest, RequestReceipt } from '../../core/schemas.js';
import * as api from './catalog-client.js';
import { catalogItem, catalogVariable, createRequestBody, formFields, isSameRequest, requestDraft, requestReceipt } from './catalog-mappers.js';
import { listRequests, type ZendeskClient } from './client.js';

/** What the adapter lends its catalog: its client, its write guard and the optional correlation field. */
export interface ZendeskCatalogOptions {
  client: ZendeskClient;
  once<T>(idempotencyKey: string, write: () => Promise<T>): Promise<T>;
  correlationFieldId?: number;
}

export function zendeskCatalog({ client, once, correlationFieldId }: ZendeskCatalogOptions) {
  const { root } = client;
  const fieldsOf = async (formId: string, signal?: AbortSignal) => {
    const form = await api.getForm(client, formId, signal);
    return { form, fields: formFields(form, await api.listFields(client, signal)) };
  };

  return {
    async listCatalog(query: CatalogQuery, signal?: AbortSignal): Promise<CatalogList> {
      const needle = query.text?.trim().toLowerCase();
      const items = (await api.listForms(client, signal))
        .map((form) => catalogItem(form, root))
        .filter((item) => !needle || item.name.toLowerCase().includes(needle));
      return { items, categories: [], total: items.length };
    },

    async getCatalogItem(formId: string, signal?: AbortSignal): Promise<CatalogItem> {
      const { form, fields } = await fieldsOf(formId, signal);
      return { ...catalogItem(form, root), variables: fields.map(catalogVariable) };
    },

    submitRequest: (request: CatalogRequest, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, async (): Promise<RequestReceipt> => {
        const { form, fields } = await fieldsOf(request.itemId, signal);
        const draft = requestDraft(form, fields, request.values);
        const correlation = correlationFieldId ? { fieldId: correlationFieldId, key: idempotencyKey } : undefined;
        const now = Date.now();
        const created =
          (await listRequests(client, { per_page: 25 }, signal)).requests.find((candidate) => isSameRequest(candidate, draft, now, correlation)) ??
          (await api.createRequest(client, createRequestBody(draft, request.values, correlation), signal));
        return requestReceipt(created, root);
      }),
  };
}
