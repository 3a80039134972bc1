/** The small typed view-models that <sx-search>'s render functions take. */
import type { CoreMessages, Translate } from '../../core/i18n/index.js';
import type { Article, SearchHit } from '../../core/schemas.js';
import type { SearchMessages } from './messages/en.js';

/** Every message key <sx-search> may say: its own and the shared ones. */
export type SearchMessageKey = (keyof SearchMessages | keyof CoreMessages) & string;
export type SearchTranslate = Translate<SearchMessageKey>;

export type SearchStatus = 'idle' | 'loading' | 'results' | 'empty' | 'error' | 'offline';

/** One entry of the listbox: a result, or a recent search when nothing is typed. */
export type SearchOption = { kind: 'hit'; hit: SearchHit; index: number } | { kind: 'recent'; text: string; index: number };

export type Feedback = 'ask' | 'comment' | 'helpful' | 'unhelpful';

export interface ArticleView {
  hit: Pick<SearchHit, 'id' | 'title' | 'url'>;
  status: 'loading' | 'ready' | 'error';
  article?: Article;
  error?: unknown;
  feedback: Feedback;
  /** True while the feedback is stored but not yet delivered. */
  feedbackPending: boolean;
}
