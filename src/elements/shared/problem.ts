/**
 * How every element tells a person that something went wrong: a plain-language title, what to
 * do, and the action that helps (try again, sign in). Never a status code or a stack trace.
 */
import { html, nothing } from 'lit';
import { isAdapterError, type AdapterErrorKind } from '../../core/adapter.js';
import type { CoreMessages, Translate } from '../../core/i18n/index.js';

type CoreTranslate = Translate<keyof CoreMessages & string>;

export function errorKind(error: unknown): AdapterErrorKind {
  return isAdapterError(error) ? error.kind : 'server';
}

export function renderProblem(t: CoreTranslate, error: unknown, onRetry?: () => void) {
  const kind = errorKind(error);
  const wait = isAdapterError(error) && error.retryAfter ? t('error.rate-limited.wait', { count: error.retryAfter }) : '';
  return html`<div class="problem" part="error" role="alert">
    <h3>${t(`error.${kind}.title`)}</h3>
    <p>${t(`error.${kind}.body`)} ${wait}</p>
    ${onRetry && kind !== 'forbidden' && kind !== 'not-found'
      ? html`<button type="button" @click=${onRetry}>${t('common.retry')}</button>`
      : nothing}
  </div>`;
}

export function renderNotConnected(t: CoreTranslate) {
  return html`<div class="problem notice" part="error" role="note">
    <h3>${t('config.missing.title')}</h3>
    <p>${t('config.missing.body')}</p>
  </div>`;
}
