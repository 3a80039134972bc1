// The sx-* tags in svelte/elements: their props, and `onsx-search` with the event's detail.
import type {} from 'sx-kit/frameworks/svelte';
