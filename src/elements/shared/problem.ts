/**
 * How every element tells a person that something went wrong: a plain-language title, what to
 * do, and the action that helps (try again, sign in). Never a status code or a stack trace.
 */
import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { isAdapterError, type AdapterErrorKind } from '../../core/adapter.js';
import type { CoreMessages, Translate } from '../../core/i18n/index.js';
import { headingTag } from './heading.js';

type CoreTranslate = Translate<keyof CoreMessages & string>;

export function errorKind(error: unknown): AdapterErrorKind {
  return isAdapterError(error) ? error.kind : 'server';
}

/**
 * Why a write waits or failed, in the same words in every element: its error kind's title ("The
 * service desk had a problem", "Please sign in"), never a guess such as "slow" or "offline".
 */
export function reasonOf(t: CoreTranslate, failure: unknown): string {
  return t(`error.${errorKind(failure)}.title`);
}

/** `headingLevel`: the level of the problem's title, where it stands in the element (default 3). */
export function renderProblem(t: CoreTranslate, error: unknown, onRetry?: () => void, headingLevel = 3) {
  const kind = errorKind(error);
  const wait = isAdapterError(error) && error.retryAfter ? t('error.rate-limited.wait', { count: error.retryAfter }) : '';
  const h = headingTag(headingLevel);
  return staticHtml`<div class="problem" part="error" role="alert">
    <${h}>${t(`error.${kind}.title`)}</${h}>
    <p>${t(`error.${kind}.body`)} ${wait}</p>
    ${onRetry && kind !== 'forbidden' && kind !== 'not-found'
      ? html`<button type="button" @click=${onRetry}>${t('common.retry')}</button>`
      : nothing}
  </div>`;
}

export function renderNotConnected(t: CoreTranslate, headingLevel = 3) {
  const h = headingTag(headingLevel);
  return staticHtml`<div class="problem notice" part="error" role="note">
    <${h}>${t('config.missing.title')}</${h}>
    <p>${t('config.missing.body')}</p>
  </div>`;
}
