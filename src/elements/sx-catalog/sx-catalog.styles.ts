import { css } from 'lit';
import { base } from '../../styles/shared.styles.js';
import { cardPieces, textControls } from '../sx-catalog-card/card-pieces.styles.js';

export const catalogStyles = [
  base,
  cardPieces,
  textControls,
  css`
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space) calc(var(--_space) * 2);
      margin-block-end: calc(var(--_space) * 2);
    }
    .control {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      flex: 1 1 14rem;
      max-inline-size: 24rem;
    }
    label {
      font-weight: 600;
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--sx-catalog-min-card-width, 16rem)), 1fr));
      gap: calc(var(--_space) * 2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    :host([layout='list']) .cards {
      grid-template-columns: 1fr;
    }
    /* A loading catalog holds a screenful: a loaded one fills at least that, so what follows stays put. */
    .cards[aria-busy='true'] {
      min-block-size: 100vh;
    }
    .cards > .card:not(.skeleton-card) {
      /* Cards far below the fold are laid out only when scrolled to: 500 cards stay cheap. */
      content-visibility: auto;
      contain-intrinsic-size: auto 14rem;
    }
    .card .summary {
      flex: 1;
    }
    .cards .request {
      align-self: flex-start;
      margin-block-start: auto;
    }
    .badge[hidden] {
      display: none;
    }
    p.facts {
      display: block;
    }
    .back {
      margin-block-end: calc(var(--_space) * 2);
    }
    :host(:dir(rtl)) .arrow {
      display: inline-block;
      transform: scaleX(-1);
    }
  `,
];
