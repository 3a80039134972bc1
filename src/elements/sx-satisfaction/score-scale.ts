/**
 * The score question as a radio group of native radios (the APG radio-group pattern): icons with
 * their labels, or numbers with the two end labels. Enter on a chosen answer sends it.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Scale } from '../../core/schemas.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import type { SatisfactionMessages } from './messages/en.js';
import { optionIcon } from './icons.js';
import { scaleDefinition } from './scales.js';

export interface ScaleView {
  scale: Scale;
  score?: number;
  /** Only holds the scale's place (invisible, inert): no radio group for assistive technology or scripts. */
  held?: boolean;
  choose: (score: number) => void;
  send: (event: Event) => void;
}

export function renderScale(localize: LocalizeController<SatisfactionMessages>, { scale, score, held, choose, send }: ScaleView) {
  const t = localize.t.bind(localize);
  const { layout, options } = scaleDefinition(scale);
  const stars = scale === 'csat5';
  const first = options[0];
  const last = options.at(-1);
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') send(event);
  };
  return html`<div
      role=${ifDefined(held ? undefined : 'radiogroup')}
      part="scale"
      class="scale ${layout}"
      aria-labelledby=${ifDefined(held ? undefined : 'question')}
    >
      ${options.map((option) => {
        const checked = score === option.score;
        const lit = stars && score !== undefined && option.score <= score;
        const id = `score-${option.score}`;
        return html`<span class="option ${checked ? 'checked' : ''} ${lit ? 'lit' : ''}" part=${checked ? 'option option-checked' : 'option'}>
          <input
            type="radio"
            name="score"
            id=${id}
            .value=${String(option.score)}
            .checked=${checked}
            @change=${() => choose(option.score)}
            @keydown=${onKeydown}
          />
          <label for=${id}>
            ${layout === 'icons'
              ? html`<span class="icon">${optionIcon(option.icon, lit)}</span>
                  <span class="caption">${option.label ? t(option.label) : option.score}</span>`
              : html`<span class="number">${localize.number(option.score)}</span>${option.label
                    ? html`<span class="visually-hidden"> ${t(option.label)}</span>`
                    : nothing}`}
          </label>
        </span>`;
      })}
    </div>
    ${layout === 'numbers' && first?.label && last?.label
      ? html`<div class="anchors" aria-hidden="true"><span>${t(first.label)}</span><span>${t(last.label)}</span></div>`
      : nothing}`;
}
