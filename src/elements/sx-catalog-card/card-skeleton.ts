/** The shape of a card while it loads: the same blocks as the card, so nothing moves when it arrives. */
import { html } from 'lit';

export const cardSkeletonBody = html`<div class="head" aria-hidden="true">
    <span class="icon-tile skeleton"></span><span class="skeleton line title-line"></span>
  </div>
  <div aria-hidden="true">
    <span class="skeleton line"></span><span class="skeleton line short"></span>
    <span class="skeleton line meta-line"></span><span class="skeleton button-line"></span>
  </div>`;
