// The sx-* tags as typed GlobalComponents: their props, and `@sx-search` with the event's detail.
import type {} from 'sx-kit/frameworks/vue';
