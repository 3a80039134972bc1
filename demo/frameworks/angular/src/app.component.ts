import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
// Importing the entry's types also declares its tag and events (HTMLElementTagNameMap,
// GlobalEventHandlersEventMap): strictTemplates then types `$event` of `(sx-search)`.
import type { SxSearch, SxSearchDetail } from 'sx-kit/search';

type Synonyms = NonNullable<SxSearch['synonyms']>;

/** Words no built-in map knows, so the page shows whether the object arrived intact. */
const FIRST_SYNONYMS: Synonyms = { zorblax: ['vpn'] };
const SECOND_SYNONYMS: Synonyms = { flibber: ['printer'] };

@Component({
  selector: 'app-root',
  // The sx-* tags are custom elements: Angular binds `[synonyms]` as a property and `(sx-search)` as a listener.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <sx-provider adapter="memory">
      <sx-search [synonyms]="synonyms()" (sx-search)="received.set($event.detail)"></sx-search>
      <button id="swap-synonyms" type="button" (click)="synonyms.set(second)">Use the second synonym map</button>
      <p>
        Last search: <output id="received">{{ shown() }}</output>
      </p>
      <sx-ticket-status ticket-id="INC0012001"></sx-ticket-status>
    </sx-provider>
  `,
})
export class AppComponent {
  protected readonly synonyms = signal(FIRST_SYNONYMS);
  protected readonly second = SECOND_SYNONYMS;
  protected readonly received = signal<SxSearchDetail | undefined>(undefined);

  protected shown(): string {
    const detail = this.received();
    if (!detail) return 'none yet';
    const { query, expandedQuery, resultCount } = detail;
    return JSON.stringify({ query, expandedQuery, resultCount });
  }
}
