/**
 * The person fields of a request form (APG combobox): suggestions looked up through the adapter a
 * moment after typing stops, stale lookups aborted, arrow keys to move, Enter to pick, Escape to close.
 */
import type { ReactiveController } from 'lit';
import type { AdapterErrorKind, ServiceAdapter } from '../../core/adapter.js';
import type { CatalogVariable, PersonMatch } from '../../core/schemas.js';
import { Resource, type ResourceHost } from '../shared/resource.js';

export interface PersonLookup {
  matches: PersonMatch[];
  open: boolean;
  active: number;
  query: string;
  searching: boolean;
}

export interface PersonLookupHooks {
  adapter(): ServiceAdapter | undefined;
  /** Someone typed a name: keep the text, the field has no person until one is picked. */
  typed(variable: CatalogVariable, text: string): void;
  picked(variable: CatalogVariable, person: PersonMatch): void;
  /** What a screen reader hears: the number of suggestions, the person picked. */
  found(count: number, query: string): void;
  chosen(person: PersonMatch): void;
  /** A lookup failed (already reported as `sx-error`). */
  failed(kind: AdapterErrorKind): void;
}

const PERSON_SEARCH_DELAY_MS = 200;

export class PersonLookupController implements ReactiveController {
  private readonly lookups = new Map<string, PersonLookup>();
  private readonly searches = new Map<string, { timer?: ReturnType<typeof setTimeout>; resource: Resource<[string], PersonMatch[]> }>();

  constructor(
    private readonly host: ResourceHost,
    private readonly hooks: PersonLookupHooks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const search of this.searches.values()) clearTimeout(search.timer);
  }

  /** One lookup per field, run a moment after typing stops; a newer one drops the older answer. */
  private searchFor(variable: CatalogVariable) {
    let search = this.searches.get(variable.name);
    if (!search) {
      const lookup = () => this.lookupFor(variable.name);
      const resource = new Resource<[string], PersonMatch[]>(this.host, {
        operation: 'search-people',
        manual: true,
        args: () => [lookup().query],
        load: ([text], signal) => {
          const adapter = this.hooks.adapter();
          return adapter?.searchPeople ? adapter.searchPeople(text, signal) : Promise.resolve([]);
        },
        onValue: (matches, [text]) => {
          Object.assign(lookup(), { matches, open: true, active: -1, searching: false });
          this.hooks.found(matches.length, text);
        },
        onError: (problem) => {
          Object.assign(lookup(), { matches: [], open: false, searching: false });
          this.hooks.failed(problem.kind);
        },
      });
      this.searches.set(variable.name, (search = { resource }));
    }
    return search;
  }

  /** Forgets every list of suggestions (a new form); searches under way end on their own. */
  clear(): void {
    this.lookups.clear();
  }

  lookupFor(name: string): PersonLookup {
    let lookup = this.lookups.get(name);
    if (!lookup) this.lookups.set(name, (lookup = { matches: [], open: false, active: -1, query: '', searching: false }));
    return lookup;
  }

  /** Closes the suggestions of a field that is left. */
  close(name: string): void {
    const lookup = this.lookups.get(name);
    if (lookup?.open) {
      lookup.open = false;
      lookup.active = -1;
    }
  }

  input(variable: CatalogVariable, text: string): void {
    this.hooks.typed(variable, text);
    const lookup = this.lookupFor(variable.name);
    lookup.query = text;
    const search = this.searchFor(variable);
    clearTimeout(search.timer);
    search.resource.abort();
    if (!text.trim()) {
      Object.assign(lookup, { matches: [], open: false, active: -1, searching: false });
      this.host.requestUpdate();
      return;
    }
    lookup.searching = true;
    search.timer = setTimeout(() => {
      if (this.hooks.adapter()?.searchPeople) void search.resource.run([text]);
    }, PERSON_SEARCH_DELAY_MS);
  }

  pick(variable: CatalogVariable, person: PersonMatch): void {
    Object.assign(this.lookupFor(variable.name), { open: false, active: -1 });
    this.hooks.picked(variable, person);
    this.hooks.chosen(person);
  }

  keydown(variable: CatalogVariable, event: KeyboardEvent): void {
    const lookup = this.lookupFor(variable.name);
    const count = lookup.matches.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!count) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        lookup.open = true;
        lookup.active = lookup.active < 0 && step < 0 ? count - 1 : (lookup.active + step + count) % count;
        break;
      }
      case 'Enter':
        if (lookup.open && lookup.active >= 0) {
          event.preventDefault();
          this.pick(variable, lookup.matches[lookup.active]!);
        }
        return;
      case 'Escape':
        if (lookup.open) {
          event.preventDefault();
          event.stopPropagation();
          lookup.open = false;
          lookup.active = -1;
        }
        break;
      default:
        return;
    }
    this.host.requestUpdate();
  }
}
