import { defineElement } from '../shared/define.js';
import { SxInsights } from './sx-insights.component.js';

export * from './sx-insights.component.js';

defineElement('sx-insights', SxInsights, { className: 'SxInsights', entry: 'insights' });

declare global {
  interface HTMLElementTagNameMap {
    'sx-insights': SxInsights;
  }
}
