/** Events of <sx-search>: what service owners measure deflection and knowledge gaps by. */
import type { SearchSource } from '../../core/schemas.js';

export interface SxSearchDetail {
  /** What the person typed. */
  query: string;
  /** What was sent to the backend after lay-language expansion. */
  expandedQuery: string;
  /** Hits the backend reported; 0 marks a knowledge gap. */
  resultCount: number;
  sources: SearchSource[];
  /** "Did you mean" offered when nothing was found. */
  suggestion?: string;
}

export interface SxArticleOpenDetail {
  articleId: string;
  title: string;
  query: string;
  /** 1-based rank of the article in the results (0 for a suggested article). */
  position: number;
}

export interface SxArticleFeedbackDetail {
  articleId: string;
  helpful: boolean;
  comment?: string;
  query: string;
}

export interface SxEscalateDetail {
  query: string;
  /** Ids of the articles opened before asking for help. */
  articlesSeen: string[];
}

export interface SxDeflectDetail {
  articleId: string;
  query: string;
  /** `helpful`: rated helpful; `left`: read, then left without asking for help. */
  reason: 'helpful' | 'left';
}

export interface SxCatalogOpenDetail {
  itemId: string;
  url?: string;
  query: string;
}

/** `sx-phrasing-learned`: a reader found an article helpful after searching with these words. */
export interface SxPhrasingLearnedDetail {
  articleId: string;
  /** The words searched with, as typed (never one that may hold a secret or an address). */
  phrasing: string;
}

declare global {
  interface SxEventMap {
    'sx-phrasing-learned': SxPhrasingLearnedDetail;
    'sx-search': SxSearchDetail;
    'sx-article-open': SxArticleOpenDetail;
    'sx-article-feedback': SxArticleFeedbackDetail;
    'sx-escalate': SxEscalateDetail;
    'sx-deflect': SxDeflectDetail;
    'sx-catalog-open': SxCatalogOpenDetail;
  }
  interface GlobalEventHandlersEventMap {
    'sx-phrasing-learned': CustomEvent<SxPhrasingLearnedDetail>;
    'sx-search': CustomEvent<SxSearchDetail>;
    'sx-article-open': CustomEvent<SxArticleOpenDetail>;
    'sx-article-feedback': CustomEvent<SxArticleFeedbackDetail>;
    'sx-escalate': CustomEvent<SxEscalateDetail>;
    'sx-deflect': CustomEvent<SxDeflectDetail>;
    'sx-catalog-open': CustomEvent<SxCatalogOpenDetail>;
  }
}
