/** The list of requests, loaded when the element first lists them. */
export { renderList } from './list-view.js';
export { styles } from './list.styles.js';
