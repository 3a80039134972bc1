/**
 * The keyboard of <sx-search>'s combobox (WAI-ARIA APG, list autocomplete), as a plain function:
 * given a key and where the combobox stands, what should change and what the element should do.
 */
import type { SearchOption, SearchStatus } from './search-view.js';

export interface ComboboxState {
  /** The text in the box, untrimmed. */
  query: string;
  status: SearchStatus;
  /** Whether the popup (options or a panel) is shown. */
  expanded: boolean;
  /** Index of the active option, -1 for none. */
  active: number;
  options: readonly SearchOption[];
}

/** What the element does after the state change. */
export type ComboboxAction =
  | { do: 'search' }
  /** Enter on the typed text: remember it and search now. */
  | { do: 'submit' }
  | { do: 'clear' }
  | { do: 'choose'; option: SearchOption };

export interface ComboboxOutcome {
  /** Stop the browser's own handling of the key. */
  preventDefault?: boolean;
  expanded?: boolean;
  active?: number;
  then?: ComboboxAction;
}

export function comboboxKey(event: Pick<KeyboardEvent, 'key' | 'altKey'>, state: ComboboxState): ComboboxOutcome {
  const { expanded, active, options } = state;
  const count = options.length;
  switch (event.key) {
    case 'ArrowDown':
      if (!expanded) {
        return {
          preventDefault: true,
          expanded: true,
          ...(!event.altKey && count ? { active: 0 } : {}),
          ...(state.query.trim() && state.status === 'idle' ? { then: { do: 'search' as const } } : {}),
        };
      }
      return { preventDefault: true, ...(count ? { active: active < count - 1 ? active + 1 : 0 } : {}) };
    case 'ArrowUp':
      return { preventDefault: true, expanded: true, ...(count ? { active: active > 0 ? active - 1 : count - 1 } : {}) };
    // The caret moves as in any text box; the option stops being active, so Enter searches the edited text.
    case 'ArrowLeft':
    case 'ArrowRight':
      return active >= 0 ? { active: -1 } : {};
    // APG leaves Home/End optional in the popup: the kit jumps to the first/last option while one is active.
    case 'Home':
    case 'End':
      if (!expanded || active < 0 || !count) return {};
      return { preventDefault: true, active: event.key === 'Home' ? 0 : count - 1 };
    case 'Enter': {
      const option = expanded ? options.find((candidate) => candidate.index === active) : undefined;
      if (option) return { preventDefault: true, then: { do: 'choose', option } };
      if (state.query.trim()) return { preventDefault: true, expanded: true, then: { do: 'submit' } };
      return { preventDefault: true };
    }
    // Dismiss the popup first; only a second Escape, with the popup hidden, throws the text away.
    case 'Escape':
      if (expanded) return { preventDefault: true, expanded: false, active: -1 };
      if (state.query) return { preventDefault: true, then: { do: 'clear' } };
      return {};
    case 'Tab':
      if (!count || state.status === 'empty' || state.status === 'error') return {};
      return { expanded: false, active: -1 };
    default:
      return {};
  }
}
