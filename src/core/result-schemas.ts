/**
 * Each adapter method's result schema, loaded lazily by `withValidation` (it pulls zod in);
 * `null` for writes that return nothing.
 */
import type { ZodMiniType } from 'zod/mini';
import type { ResultMethod } from './validate.js';
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
import { InsightsSchema } from './insights-schemas.js';

export const RESULT_SCHEMAS = {
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
  recordEvents: null,
  getInsights: InsightsSchema,
} as const satisfies Record<ResultMethod, ZodMiniType | null>;
