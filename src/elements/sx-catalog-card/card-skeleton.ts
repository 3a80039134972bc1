/**
 * The shape of a card while it loads: the card's own blocks (head, summary, facts, the details
 * link of a full card, the request button) with the line boxes of their text, so nothing moves
 * when it arrives. In a narrow card the summary and facts reserve the lines they wrap to.
 */
import { html, nothing } from 'lit';

export const cardSkeletonBody = (withDetailsLink = false) => html`<div class="head" aria-hidden="true">
    <span class="icon-tile skeleton"></span><span class="skeleton line title-line"></span>
  </div>
  <p class="summary" aria-hidden="true">
    <span class="skeleton line"></span><span class="skeleton line short wrapped"></span><span class="skeleton line short wrapped"></span>
  </p>
  <p class="facts" aria-hidden="true"><span class="skeleton line meta-line"></span><span class="skeleton line meta-line wrapped"></span></p>
  ${withDetailsLink ? html`<span class="skeleton button-line link-line" aria-hidden="true"></span>` : nothing}
  <span class="skeleton button-line" aria-hidden="true"></span>`;
