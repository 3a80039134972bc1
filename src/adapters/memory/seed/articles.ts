/**
 * Seed knowledge base of the embedded demo backend: Larkspur Logistics (about 2,000 staff, offices
 * in Rotterdam, Leeds and Lyon) and its service desk, "Larkspur IT Help". Titles are deliberately
 * a mix of plain language and service-desk jargon, so lay queries have to be matched through
 * synonyms. Ids are sequential from KB0010001; the first four are relied on by tests.
 */
import type { Article } from '../../../core/schemas.js';
import { accessArticles } from './articles-access.js';
import { deviceArticles } from './articles-devices.js';
import { emailArticles } from './articles-email.js';
import { facilitiesArticles } from './articles-facilities.js';
import { networkArticles } from './articles-network.js';
import { onboardingArticles } from './articles-onboarding.js';
import { passwordArticles } from './articles-passwords.js';
import { printingArticles } from './articles-printing.js';
import { securityArticles } from './articles-security.js';
import { softwareArticles } from './articles-software.js';

/** The ten topic labels used as `Article.category`. */
export const ARTICLE_CATEGORIES = [
  'Passwords & MFA',
  'VPN & Wi-Fi',
  'Email & Calendar',
  'Printers & Scanning',
  'Laptops & Phones',
  'Onboarding & Offboarding',
  'Access Requests',
  'Software',
  'Security & Phishing',
  'Facilities',
] as const;

export const seedArticles: Article[] = [
  ...passwordArticles,
  ...networkArticles,
  ...emailArticles,
  ...printingArticles,
  ...deviceArticles,
  ...onboardingArticles,
  ...accessArticles,
  ...softwareArticles,
  ...securityArticles,
  ...facilitiesArticles,
].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
