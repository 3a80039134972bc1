// Compile-time checks only (never imported): each line fails svelte-check if the kit's types go loose.
import type { SvelteHTMLElements } from 'svelte/elements';

type SearchAttributes = SvelteHTMLElements['sx-search'];

export const checks: SearchAttributes[] = [
  // @ts-expect-error the event's detail is typed: resultCount is a number
  { 'onsx-search': (event) => event.detail.resultCount.toUpperCase() },
  // @ts-expect-error limit is a number
  { limit: 'five' },
];
