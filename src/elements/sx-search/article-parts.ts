/** Everything an opened article needs beyond the first paint, loaded as one chunk on first open. */
export { ArticleReader } from './article-reader.js';
export { renderArticleView } from './article-view.js';
export { articleStyles as styles } from './article.styles.js';
export { preloadSanitizer } from '../../core/backend-html.js';
