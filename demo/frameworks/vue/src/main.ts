// The app renders first and the kit registers its elements afterwards, as a lazily loaded widget
// would: `synonyms` is then set on a not-yet-defined <sx-search> and must survive the upgrade.
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
await Promise.all([import('sx-kit/provider'), import('sx-kit/search'), import('sx-kit/ticket-status')]);
