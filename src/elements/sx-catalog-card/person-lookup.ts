/**
 * The person fields of a request form (APG combobox): suggestions looked up through the adapter a
 * moment after typing stops, stale lookups aborted, arrow keys to move, Enter to pick, Escape to close.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, toAdapterError, type AdapterError, type ServiceAdapter } from '../../core/adapter.js';
import type { CatalogVariable, PersonMatch } from '../../core/schemas.js';

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
  failed(problem: AdapterError): void;
}

const PERSON_SEARCH_DELAY_MS = 200;

export class PersonLookupController implements ReactiveController {
  private readonly lookups = new Map<string, PersonLookup>();
  private readonly searches = new Map<string, { timer?: ReturnType<typeof setTimeout>; abort?: AbortController }>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: PersonLookupHooks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const search of this.searches.values()) {
      clearTimeout(search.timer);
      search.abort?.abort();
    }
    this.searches.clear();
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
    const search = this.searches.get(variable.name) ?? {};
    this.searches.set(variable.name, search);
    clearTimeout(search.timer);
    search.abort?.abort();
    if (!text.trim()) {
      Object.assign(lookup, { matches: [], open: false, active: -1, searching: false });
      this.host.requestUpdate();
      return;
    }
    lookup.searching = true;
    search.timer = setTimeout(() => void this.search(variable, text), PERSON_SEARCH_DELAY_MS);
  }

  private async search(variable: CatalogVariable, text: string) {
    const adapter = this.hooks.adapter();
    const search = this.searches.get(variable.name);
    if (!adapter?.searchPeople || !search) return;
    const abort = (search.abort = new AbortController());
    const lookup = this.lookupFor(variable.name);
    try {
      const matches = await adapter.searchPeople(text, abort.signal);
      if (abort.signal.aborted) return;
      Object.assign(lookup, { matches, open: true, active: -1, searching: false });
      this.hooks.found(matches.length, text);
    } catch (error) {
      if (isAbortError(error) || abort.signal.aborted) return;
      Object.assign(lookup, { matches: [], open: false, searching: false });
      this.hooks.failed(toAdapterError(error));
    }
    this.host.requestUpdate();
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
