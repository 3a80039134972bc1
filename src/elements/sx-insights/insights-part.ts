/** The figures, charts and CSV export: loaded when the first answer arrives, not with the element. */
export { exportCsv, renderInsights } from './insights-view.js';
export { figureStyles as styles } from './insights-view.styles.js';
