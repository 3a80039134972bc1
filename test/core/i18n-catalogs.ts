/** Every message bundle the kit ships, with each language's own catalog (no English fallback). */
import { coreMessages, SUPPORTED_LANGUAGES, type Catalog, type Language, type Message, type MessageBundle } from '../../src/core/i18n/index.js';
import { catalogCardMessages } from '../../src/elements/sx-catalog-card/sx-catalog-card.messages.js';
import { catalogMessages } from '../../src/elements/sx-catalog/sx-catalog.messages.js';
import { viewEn as insightsViewEn } from '../../src/elements/sx-insights/messages/en-view.js';
import { insightsMessages } from '../../src/elements/sx-insights/sx-insights.messages.js';
import { messages as satisfactionMessages } from '../../src/elements/sx-satisfaction/sx-satisfaction.messages.js';
import { messages as searchMessages } from '../../src/elements/sx-search/sx-search.messages.js';
import { messages as ticketStatusMessages } from '../../src/elements/sx-ticket-status/sx-ticket-status.messages.js';

const BUNDLES: Record<string, MessageBundle<Catalog>> = {
  core: coreMessages,
  'sx-search': searchMessages,
  'sx-ticket-status': ticketStatusMessages,
  'sx-satisfaction': satisfactionMessages,
  'sx-catalog-card': catalogCardMessages,
  'sx-catalog': catalogMessages,
  // The dashboard's English loads with its lazy part (messages/en-view.ts); checked as one catalog.
  'sx-insights': { ...insightsMessages, en: { ...insightsMessages.en, ...insightsViewEn } },
};

export interface Entry {
  bundle: string;
  key: string;
  english: Message;
  message: Message;
}

/** Every entry of one language, as that language's catalog spells it. */
export async function entriesOf(language: Language): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const [bundle, messages] of Object.entries(BUNDLES)) {
    const catalog: Catalog = language === 'en' ? messages.en : await messages.load[language]!();
    for (const [key, english] of Object.entries(messages.en)) {
      const message = catalog[key];
      if (message !== undefined) entries.push({ bundle, key, english, message });
    }
  }
  return entries;
}

/** The texts of a message: a plain string, or each plural form. */
export function textsOf(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message).filter((text): text is string => text !== undefined);
}

export const LANGUAGES = SUPPORTED_LANGUAGES;
