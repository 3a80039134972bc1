// The app renders first and the kit registers its elements afterwards, as a lazily loaded widget
// would: `synonyms` is then set on a not-yet-defined <sx-search> and must survive the upgrade.
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') as HTMLElement });
await Promise.all([import('sx-kit/provider'), import('sx-kit/search'), import('sx-kit/ticket-status')]);
