// sx-kit in React 19 through `sx-kit/react`: the wrappers register the elements on import, pass
// `synonyms` as a property and turn `sx-search` into the typed `onSxSearch` prop.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SxProvider, SxSearch, SxTicketStatus } from 'sx-kit/react';
import type { SxSearch as SxSearchElement, SxSearchDetail } from 'sx-kit/search';

type Synonyms = NonNullable<SxSearchElement['synonyms']>;

/** Words no built-in map knows, so the page shows whether the object arrived intact. */
const FIRST_SYNONYMS: Synonyms = { zorblax: ['vpn'] };
const SECOND_SYNONYMS: Synonyms = { flibber: ['printer'] };

function App() {
  const [synonyms, setSynonyms] = useState(FIRST_SYNONYMS);
  const [received, setReceived] = useState<SxSearchDetail>();
  return (
    <SxProvider adapter="memory">
      <SxSearch synonyms={synonyms} onSxSearch={(event) => setReceived(event.detail)} />
      <button id="swap-synonyms" type="button" onClick={() => setSynonyms(SECOND_SYNONYMS)}>
        Use the second synonym map
      </button>
      <p>
        Last search: <output id="received">{received ? JSON.stringify(pick(received)) : 'none yet'}</output>
      </p>
      <SxTicketStatus ticketId="INC0012001" />
    </SxProvider>
  );
}

function pick({ query, expandedQuery, resultCount }: SxSearchDetail) {
  return { query, expandedQuery, resultCount };
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
