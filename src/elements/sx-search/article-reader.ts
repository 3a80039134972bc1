/**
 * Reading an article inside <sx-search>: opening and loading it, "Was this helpful?" stored through
 * the outbox, and deflection: rated helpful, or read and left (page hidden or widget removed)
 * without asking the service desk.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { SearchHit } from '../../core/schemas.js';
import { errorKind } from '../shared/problem.js';
import type { SxElement } from '../shared/sx-element.js';
import type { ArticleView, Translate } from './search-view.js';

export interface ArticleReaderHooks {
  connection(): ServiceConnection | undefined;
  /** The last query that was searched for ('' when none). */
  lastSearched(): string;
  /** What is in the search box now, trimmed. */
  typed(): string;
  t: Translate;
  /** Says something to the live region. */
  announce(text: string): void;
  /** Moves focus to `selector` once the next render is done. */
  focusAfterRender(selector: string): void;
}

export class ArticleReader implements ReactiveController {
  private current?: ArticleView;
  private loading?: AbortController;
  private readonly seen = new Set<string>();
  private escalated = false;
  private deflected = false;

  constructor(
    private readonly host: ReactiveControllerHost & Pick<SxElement, 'emit'>,
    private readonly hooks: ArticleReaderHooks,
  ) {
    host.addController(this);
  }

  /** The article being read, if any. */
  get view(): ArticleView | undefined {
    return this.current;
  }

  private set view(value: ArticleView | undefined) {
    if (value === this.current) return;
    this.current = value;
    this.host.requestUpdate();
  }

  /** Ids of the articles opened, oldest first. */
  get articlesSeen(): string[] {
    return [...this.seen];
  }

  hostConnected(): void {
    addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.onPageHide);
    this.loading?.abort();
    this.reportLeft();
  }

  open(hit: SearchHit, query: string, position: number): void {
    this.seen.delete(hit.id);
    this.seen.add(hit.id);
    this.host.emit('sx-article-open', { articleId: hit.id, title: hit.title, query, position });
    this.view = { hit, status: 'loading', feedback: 'ask', feedbackPending: false };
    this.hooks.announce(this.hooks.t('article.loading'));
    void this.load();
  }

  async load(): Promise<void> {
    const connection = this.hooks.connection();
    const view = this.view;
    if (!connection || !view) return;
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    this.view = { ...view, status: 'loading', error: undefined };
    try {
      const article = await connection.adapter.getArticle!(view.hit.id, controller.signal);
      if (this.view?.hit.id !== view.hit.id || controller.signal.aborted) return;
      this.view = { ...this.view, status: 'ready', article };
      this.hooks.announce(this.hooks.t('article.opened', { title: article.title }));
      this.hooks.focusAfterRender('#article-title');
    } catch (error) {
      if (isAbortError(error) || this.view?.hit.id !== view.hit.id) return;
      this.view = { ...this.view, status: 'error', error };
      this.host.emit('sx-error', { kind: errorKind(error), message: String((error as Error)?.message ?? error), operation: 'load-article' });
    }
  }

  close(): void {
    this.loading?.abort();
    this.view = undefined;
  }

  /** "No": show the comment form of `view`. */
  askComment(view: ArticleView): void {
    this.view = { ...view, feedback: 'comment' };
    this.hooks.focusAfterRender('#feedback-comment');
  }

  async sendFeedback(helpful: boolean, comment?: string): Promise<void> {
    const connection = this.hooks.connection();
    const view = this.view;
    if (!connection || !view) return;
    const query = this.hooks.lastSearched() || this.hooks.typed();
    const payload = { articleId: view.hit.id, helpful, query, ...(comment ? { comment } : {}) };
    this.view = { ...view, feedback: helpful ? 'helpful' : 'unhelpful', feedbackPending: true };
    this.hooks.focusAfterRender('.thanks');
    const entry = await connection.outbox.enqueue('article-feedback', payload);
    this.host.emit('sx-article-feedback', payload);
    if (helpful && !this.deflected && !this.escalated) {
      this.deflected = true;
      this.host.emit('sx-deflect', { articleId: view.hit.id, query, reason: 'helpful' });
    }
    this.hooks.announce(this.hooks.t(helpful ? 'feedback.thanks.helpful' : 'feedback.thanks.unhelpful'));
    connection.outbox.delivered(entry.key).then(
      () => {
        if (this.view?.hit.id === view.hit.id) this.view = { ...this.view, feedbackPending: false };
      },
      () => undefined,
    );
  }

  /** The person is asking the service desk: no deflection from here on. Sends a comment form left open as "No". */
  escalating(): void {
    if (this.view?.feedback === 'comment') void this.sendFeedback(false);
    this.escalated = true;
  }

  private readonly onPageHide = () => this.reportLeft();

  /** Read an article, then left (page hidden or widget removed) without asking for help: deflected. */
  private reportLeft() {
    const last = [...this.seen].at(-1);
    if (!last || this.escalated || this.deflected || this.view?.feedback === 'unhelpful') return;
    this.deflected = true;
    this.host.emit('sx-deflect', { articleId: last, query: this.hooks.lastSearched(), reason: 'left' });
  }
}
