/**
 * Alternate phrasings from the vendor's nearest field. Service-management products have no field
 * for "questions in the readers' words"; their keyword or label lists come closest, and the
 * entries of more than one word there ("cannot connect to vpn") are the phrasings.
 */

/** The entries of a keyword list that are phrases (two words or more); undefined when none. */
export function phrasesAmong(keywords: readonly string[] | undefined): string[] | undefined {
  const phrases = (keywords ?? []).map((keyword) => keyword.trim().replace(/\s+/g, ' ')).filter((keyword) => keyword.includes(' '));
  return phrases.length ? [...new Set(phrases)] : undefined;
}
