/**
 * Which typed queries may be kept: in recent searches (browser storage) and as learned phrasings
 * of an article (the embedded backend). One rule for both, so a secret pasted into the box by
 * mistake is neither remembered nor learned.
 */
import { containsSecret } from './redact.js';

/**
 * Whether a query may be kept: never anything that looks like a secret someone pasted by mistake
 * (whatever core/redact finds: passwords, card numbers, IBANs, ids, tokens, addresses) or a long
 * digit run.
 */
export function isKeepableQuery(query: string): boolean {
  const text = query.trim();
  if (text.length < 2 || text.length > 100) return false;
  // Long digit runs that fail the card check are still kept out: account and order numbers.
  if (/\d[\d -]{11,}\d/.test(text)) return false;
  return !containsSecret(text);
}

/**
 * Whether a query may become a learned phrasing of an article, and appear in the record that
 * says so: keepable, and more than a couple of characters. Learning code calls only this.
 */
export function isLearnableQuery(query: string): boolean {
  return isKeepableQuery(query) && (query.match(/[\p{L}\p{N}]/gu) ?? []).length > 2;
}
