/**
 * An article read inside the widget with "Was this helpful?". Loaded on the first article opened;
 * the frame around it (inline or a modal dialog) and its skeleton are in article-frame.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { backendHtml } from '../../core/backend-html.js';
import { safeUrl } from '../../core/safe-url.js';
import { headingTag } from '../shared/heading.js';
import { renderProblem } from '../shared/problem.js';
import { renderArticleSkeleton } from './article-frame.js';
import type { ArticleView, SearchTranslate } from './search-view.js';

export interface ArticleViewModel {
  view: ArticleView;
  openMode: 'inline' | 'dialog';
  t: SearchTranslate;
  /** The element's `heading-level`: the article's title. */
  headingLevel: number;
  formatDate: (value: string) => string;
  /** Whether the backend takes article feedback. */
  feedback: boolean;
  escalate: () => TemplateResult;
  close: () => void;
  retry: () => void;
  rate: (helpful: boolean) => void;
  askComment: () => void;
  submitComment: (event: SubmitEvent) => void;
}

export function renderArticleView(model: ArticleViewModel) {
  const { view, t } = model;
  const close = html`<button type="button" class="close" @click=${model.close}>
    ${t(model.openMode === 'dialog' ? 'article.close' : 'article.back')}
  </button>`;
  if (view.status === 'loading') return renderArticleSkeleton(t);
  if (view.status === 'error' || !view.article) {
    return html`<article part="article" class="article" aria-label=${view.hit.title}>
      ${renderProblem(t, view.error, model.retry, model.headingLevel)}
      <p>${close}</p>
    </article>`;
  }
  const article = view.article;
  const fullUrl = safeUrl(article.url);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && model.openMode !== 'dialog') {
      event.preventDefault();
      model.close();
    }
  };
  const h = headingTag(model.headingLevel);
  return staticHtml`<article part="article" class="article" aria-labelledby="article-title" @keydown=${onKeyDown}>
    <div class="article-head">
      <${h} id="article-title" tabindex="-1">${article.title}</${h}>
      ${close}
    </div>
    <p class="meta">${t('article.updated', { date: model.formatDate(article.updatedAt) })}</p>
    <div class="body">
      ${backendHtml(article.body, (retry) => html`<div class="notice" part="notice" role="status">
          <p>${t('article.plainText')}</p>
          <button type="button" @click=${retry}>${t('common.retry')}</button>
        </div>`)}
    </div>
    ${fullUrl
      ? html`<p><a class="full" href=${fullUrl} target="_blank" rel="noopener noreferrer">${t('article.full')}</a></p>`
      : nothing}
    ${model.feedback ? renderFeedback(model) : nothing}
  </article>`;
}

function renderFeedback(model: ArticleViewModel) {
  const { view, t } = model;
  const pending = view.feedbackPending ? html`<p class="pending">${t('feedback.pending')}</p>` : nothing;
  switch (view.feedback) {
    case 'ask':
      return html`<div part="feedback" class="feedback" role="group" aria-labelledby="feedback-question">
        <p id="feedback-question">${t('feedback.question')}</p>
        <div class="actions">
          <button type="button" class="yes" @click=${() => model.rate(true)}>${t('feedback.yes')}</button>
          <button type="button" class="no" @click=${model.askComment}>${t('feedback.no')}</button>
        </div>
      </div>`;
    case 'comment':
      return html`<div part="feedback" class="feedback">
        <form @submit=${model.submitComment}>
          <label for="feedback-comment">${t('feedback.comment')}</label>
          <textarea id="feedback-comment" maxlength="1000"></textarea>
          <div class="actions">
            <button type="submit" class="send">${t('feedback.send')}</button>
            ${model.escalate()}
          </div>
        </form>
      </div>`;
    case 'helpful':
      return html`<div part="feedback" class="feedback">
        <p class="thanks" tabindex="-1">${t('feedback.thanks.helpful')}</p>
        ${pending}
      </div>`;
    case 'unhelpful':
      return html`<div part="feedback" class="feedback">
        <p class="thanks" tabindex="-1">${t('feedback.thanks.unhelpful')}</p>
        ${pending}
        <p>${t('feedback.stillStuck')}</p>
        <div class="actions">${model.escalate()}</div>
      </div>`;
  }
}
