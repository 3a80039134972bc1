/**
 * The options of the search listbox: recent searches, or results grouped by kind with matches marked.
 * An option is named by its title alone; its snippet, hidden from the name, is its description.
 */
import { html, noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
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
    aria-selected=${selected(view, index)}
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
    aria-selected=${selected(view, index)}
    aria-describedby=${ifDefined(hit.snippet ? `option-${index}-snippet` : undefined)}
    @click=${() => view.choose({ kind: 'hit', hit, index })}
  >
    <span class="title" ${highlight(hit.title, titleRanges)}></span>
    <span class="snippet" id="option-${index}-snippet" aria-hidden="true" ${highlight(hit.snippet, snippetRanges)}></span>
  </li>`;
}

/** Only the active option says "selected": `false` on every other one makes some screen readers say "not selected" each time. */
function selected(view: ListboxView, index: number) {
  return ifDefined(index === view.active ? 'true' : undefined);
}

/**
 * Fills the element with the text, matched words as <mark> elements, built as DOM nodes: no backend
 * text is ever parsed as HTML. Not a Lit list: Chromium leaves a whitespace-only text node beside
 * Lit's comment markers out of the accessible name, so "GlobalProtect VPN" was read "GlobalProtectVPN".
 */
class HighlightDirective extends Directive {
  private shown?: string;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('highlight() belongs on an element');
  }

  render(_text: string, _ranges: SearchHit['matches']) {
    return noChange;
  }

  override update(part: ElementPart, [text, ranges]: [string, SearchHit['matches']]) {
    const key = JSON.stringify([text, ranges]);
    if (key !== this.shown) {
      this.shown = key;
      part.element.replaceChildren(...splitByRanges(text, ranges).map(toNode));
    }
    return noChange;
  }
}

function toNode(part: { text: string; match: boolean }): Node {
  if (!part.match) return document.createTextNode(part.text);
  const mark = document.createElement('mark');
  mark.setAttribute('part', 'mark');
  mark.textContent = part.text;
  return mark;
}

const highlight = directive(HighlightDirective);
