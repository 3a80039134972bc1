/**
 * What holds an article's place from the first paint: the frame (inline, or a modal dialog) and a
 * skeleton of the article's size, shown while the article view's code or the article loads.
 */
import { html, type TemplateResult } from 'lit';
import type { SearchTranslate } from './search-view.js';

export function renderArticleSkeleton(t: SearchTranslate) {
  return html`<article part="article" class="article article-skeleton" aria-busy="true" aria-label=${t('article.loading')}>
    <div class="skeleton heading"></div>
    <div class="skeleton"></div>
    <div class="skeleton"></div>
    <div class="skeleton"></div>
  </article>`;
}

/** `dialogClosed` runs when the dialog closes (Escape, or after the article's own close button). */
export function renderArticleFrame(openMode: 'inline' | 'dialog', content: TemplateResult, dialogClosed: () => void) {
  if (openMode !== 'dialog') return content;
  return html`<dialog part="dialog" aria-labelledby="article-title" @close=${dialogClosed}>${content}</dialog>`;
}
