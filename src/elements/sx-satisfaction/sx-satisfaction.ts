import { defineElement } from '../shared/define.js';
import { SxSatisfaction } from './sx-satisfaction.component.js';

export * from './sx-satisfaction.component.js';

defineElement('sx-satisfaction', SxSatisfaction, { className: 'SxSatisfaction', entry: 'satisfaction' });

declare global {
  interface HTMLElementTagNameMap {
    'sx-satisfaction': SxSatisfaction;
  }
}
