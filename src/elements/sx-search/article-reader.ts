/**
 * Reading an article inside <sx-search>: opening and loading it, "Was this helpful?" stored through
 * the outbox, and deflection: rated helpful, or read and left (page hidden or widget removed)
 * without asking the service desk. Loaded with the article view, on the first article opened.
 */
import { isLearnableQuery } from '../../core/search-privacy.js';
import type { ReactiveController } from 'lit';
import type { ServiceConnection } from '../../core/connection.js';
import type { Article, SearchHit } from '../../core/schemas.js';
import { Resource, type ResourceHost } from '../shared/resource.js';
import type { SxElement } from '../shared/sx-element.js';
import type { EscalationWitness, SearchController } from './search-controller.js';
import type { ArticleView, Feedback } from './search-view.js';

/** What the reader needs from its element (the element passes itself). */
export interface ArticleReaderHost extends ResourceHost {
  emit: SxElement['emit'];
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

interface Reading {
  hit: ArticleView['hit'];
  feedback: Feedback;
  feedbackPending: boolean;
}

export class ArticleReader implements ReactiveController, EscalationWitness {
  private reading?: Reading;
  private readonly article: Resource<[ServiceConnection, string], Article>;
  private readonly seen = new Set<string>();
  private escalated = false;
  private deflected = false;

  constructor(
    private readonly host: ArticleReaderHost,
    private readonly search: SearchController,
  ) {
    host.addController(this);
    search.attachWitness(this);
    this.article = new Resource(host, {
      operation: 'load-article',
      args: () => {
        const connection = search.connection;
        return connection && this.reading ? [connection, this.reading.hit.id] : undefined;
      },
      load: ([connection, id], signal) => connection.adapter.getArticle!(id, signal),
      onValue: (article) => {
        search.announcer.announce(search.t('article.opened', { title: article.title }));
        this.focusAfterRender('#article-title');
      },
    });
  }

  /** The article being read, if any. */
  get view(): ArticleView | undefined {
    if (!this.reading) return undefined;
    const { status, value, error } = this.article;
    if (status === 'error') return { ...this.reading, status: 'error', error };
    if (status === 'ready' && value) return { ...this.reading, status: 'ready', article: value };
    return { ...this.reading, status: 'loading' };
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
    this.reportLeft();
  }

  open(hit: SearchHit, query: string, position: number): void {
    this.seen.delete(hit.id);
    this.seen.add(hit.id);
    this.host.emit('sx-article-open', { articleId: hit.id, title: hit.title, query, position });
    this.update({ hit, feedback: 'ask', feedbackPending: false });
    this.search.announcer.announce(this.search.t('article.loading'));
  }

  /** "Try again" after a failed load. */
  retry(): void {
    void this.article.retry();
  }

  close(): void {
    this.update(undefined);
  }

  /** "No": show the comment form. */
  askComment(): void {
    if (!this.reading) return;
    this.update({ ...this.reading, feedback: 'comment' });
    this.focusAfterRender('#feedback-comment');
  }

  async sendFeedback(helpful: boolean, comment?: string): Promise<void> {
    const connection = this.search.connection;
    const reading = this.reading;
    if (!connection || !reading) return;
    const query = this.search.lastSearched || this.search.typed;
    const payload = { articleId: reading.hit.id, helpful, query, ...(comment ? { comment } : {}) };
    this.update({ ...reading, feedback: helpful ? 'helpful' : 'unhelpful', feedbackPending: true });
    this.focusAfterRender('.thanks');
    let key: string;
    try {
      // The backend learns from the words only when they cannot hold a secret or an address.
      const sent = { ...payload, query: isLearnableQuery(query) ? query : undefined };
      ({ key } = await connection.outbox.enqueue('article-feedback', sent));
    } catch (error) {
      this.host.reportError('article-feedback', error);
      return;
    }
    this.host.emit('sx-article-feedback', payload);
    if (helpful && !this.deflected && !this.escalated) {
      this.deflected = true;
      this.host.emit('sx-deflect', { articleId: reading.hit.id, query, reason: 'helpful' });
    }
    this.search.announcer.announce(this.search.t(helpful ? 'feedback.thanks.helpful' : 'feedback.thanks.unhelpful'));
    connection.outbox.delivered(key).then(
      () => {
        if (this.reading?.hit.id === reading.hit.id) this.update({ ...this.reading, feedbackPending: false });
      },
      // The outbox keeps retrying; "Saved, we will send it" stays true.
      () => undefined,
    );
  }

  /** The person is asking the service desk: no deflection from here on. Sends a comment form left open as "No". */
  escalating(): void {
    if (this.reading?.feedback === 'comment') void this.sendFeedback(false);
    this.escalated = true;
  }

  private update(reading: Reading | undefined): void {
    this.reading = reading;
    this.host.requestUpdate();
  }

  private focusAfterRender(selector: string): void {
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private readonly onPageHide = () => this.reportLeft();

  /** Read an article, then left (page hidden or widget removed) without asking for help: deflected. */
  private reportLeft() {
    const last = [...this.seen].at(-1);
    if (!last || this.escalated || this.deflected || this.reading?.feedback === 'unhelpful') return;
    this.deflected = true;
    this.host.emit('sx-deflect', { articleId: last, query: this.search.lastSearched, reason: 'left' });
  }
}
