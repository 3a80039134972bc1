/** The options of the search listbox: recent searches, or results grouped by kind with matches marked. */
import { html, nothing } from 'lit';
import type { SearchHit } from '../../core/schemas.js';
import { splitByRanges } from '../../core/search-text.js';
import type { HitGroup } from './search-helpers.js';
import type { SearchOption, SearchTranslate } from './search-view.js';

export interface ListboxView {
  /** The query as typed, trimmed: empty shows the recent searches. */
  query: string;
  /** The results as the search controller grouped them. */
  groups: readonly HitGroup[];
  options: readonly SearchOption[];
  /** Index of the option under `aria-activedescendant`, or -1. */
  active: number;
  t: SearchTranslate;
  choose: (option: SearchOption) => void;
}

export function renderListOptions(view: ListboxView) {
  const { t } = view;
  if (!view.query) {
    return html`<li role="presentation">
      <ul role="group" aria-labelledby="group-recent">
        <li role="presentation" id="group-recent" class="group-label">${t('search.group.recent')}</li>
        ${view.options.map((option) => (option.kind === 'recent' ? renderRecent(view, option.text, option.index) : nothing))}
      </ul>
    </li>`;
  }
  return view.groups.map(
    (group) => html`<li role="presentation">
      <ul role="group" aria-labelledby="group-${group.kind}">
        <li role="presentation" id="group-${group.kind}" class="group-label">
          ${t(group.kind === 'article' ? 'search.group.articles' : 'search.group.catalog')}
        </li>
        ${group.hits.map(({ hit, index }) => renderHit(view, hit, index))}
      </ul>
    </li>`,
  );
}

function renderRecent(view: ListboxView, text: string, index: number) {
  return html`<li
    role="option"
    part="option"
    class="compact"
    id="option-${index}"
    aria-selected=${index === view.active ? 'true' : 'false'}
    @click=${() => view.choose({ kind: 'recent', text, index })}
  >
    ${text}
  </li>`;
}

function renderHit(view: ListboxView, hit: SearchHit, index: number) {
  const titleRanges = hit.matches.filter((range) => range.field === 'title');
  const snippetRanges = hit.matches.filter((range) => range.field === 'snippet');
  return html`<li
    role="option"
    part="option"
    id="option-${index}"
    data-id=${hit.id}
    aria-selected=${index === view.active ? 'true' : 'false'}
    @click=${() => view.choose({ kind: 'hit', hit, index })}
  >
    <span class="title">${highlight(hit.title, titleRanges)}</span>
    <span class="snippet">${highlight(hit.snippet, snippetRanges)}</span>
  </li>`;
}

/** Matched words as <mark> elements around text nodes: no backend text is ever parsed as HTML. */
function highlight(text: string, ranges: SearchHit['matches']) {
  return splitByRanges(text, ranges).map((part) => (part.match ? html`<mark part="mark">${part.text}</mark>` : part.text));
}
