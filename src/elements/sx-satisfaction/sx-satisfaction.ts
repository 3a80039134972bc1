import { SxSatisfaction } from './sx-satisfaction.component.js';

export * from './sx-satisfaction.component.js';

if (!customElements.get('sx-satisfaction')) customElements.define('sx-satisfaction', SxSatisfaction);

declare global {
  interface HTMLElementTagNameMap {
    'sx-satisfaction': SxSatisfaction;
  }
}
