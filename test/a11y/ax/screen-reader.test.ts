/**
 * What a screen reader is told: each element's main states read from Chromium's accessibility tree
 * (test/a11y/ax-plugin.mjs), with names, roles, states and the live-region announcements asserted
 * in plain words, in English and in German.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/provider.js';
import '../../../src/elements/sx-ticket-status/sx-ticket-status.js';
import '../../../src/elements/sx-catalog-card/sx-catalog-card.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { loadSeed } from '../../../src/adapters/memory/seed/index.js';
import { combobox, mountSearch, options, press, typeAndWaitForOptions } from '../apg/search-page.js';
import { chooseScore, mountSatisfaction } from '../apg/satisfaction-page.js';
import { axTree, findAll, findOne, liveText, outline, type AxNode } from './ax-tree.js';

interface Words {
  locale: string;
  searchLabel: string;
  results: (count: number) => string;
  noResults: (query: string) => string;
  opened: (title: string) => string;
  question: string;
  satisfied: string;
  feedbackSent: string;
  send: string;
  ticketLoaded: (number: string) => string;
  commentLabel: string;
  commentSent: string;
  requestButton: string;
  sendRequest: string;
  requestReceived: RegExp;
}

const locales: Words[] = [
  {
    locale: 'en',
    searchLabel: 'Search for help',
    results: (count) => `${count} results`,
    noResults: (query) => `No results for “${query}”`,
    opened: (title) => `Opened: ${title}`,
    question: 'How satisfied are you with the help you received?',
    satisfied: 'Satisfied',
    feedbackSent: 'Thank you for your feedback. Your feedback has been sent.',
    send: 'Send',
    ticketLoaded: (number) => `Request ${number}: In progress.`,
    commentLabel: 'Add a comment',
    commentSent: 'Your comment was sent.',
    requestButton: 'Request',
    sendRequest: 'Send request',
    requestReceived: /^Request RITM\d+ received$/,
  },
  {
    locale: 'de',
    searchLabel: 'Hilfe suchen',
    results: (count) => `${count} Ergebnisse`,
    noResults: (query) => `Keine Ergebnisse für „${query}“`,
    opened: (title) => `Geöffnet: ${title}`,
    question: 'Wie zufrieden sind Sie mit der Hilfe, die Sie bekommen haben?',
    satisfied: 'Zufrieden',
    feedbackSent: 'Danke für Ihr Feedback. Ihr Feedback wurde gesendet.',
    send: 'Senden',
    ticketLoaded: (number) => `Anfrage ${number}: In Bearbeitung.`,
    commentLabel: 'Kommentar hinzufügen',
    commentSent: 'Ihr Kommentar wurde gesendet.',
    requestButton: 'Anfordern',
    sendRequest: 'Anfrage senden',
    requestReceived: /^Anfrage RITM\d+ eingegangen$/,
  },
];

/** Reads the accessibility tree until `holds`; fails with what the tree held. */
async function until(selector: string, holds: (tree: AxNode) => boolean, what: string): Promise<AxNode> {
  let tree: AxNode | undefined;
  const deadline = Date.now() + 7000;
  while (Date.now() < deadline) {
    tree = await axTree(selector);
    if (holds(tree)) return tree;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`never: ${what}; live regions said ${JSON.stringify(tree ? liveText(tree) : [])} in:\n${tree ? outline(tree) : ''}`);
}

/** Waits until the element's live region says exactly `expected`. */
function heard(selector: string, expected: string | RegExp): Promise<AxNode> {
  const says = (text: string) => (typeof expected === 'string' ? text === expected : expected.test(text));
  return until(selector, (tree) => liveText(tree).some(says), `announced ${expected}`);
}

const NOW = new Date('2026-11-24T11:00:00Z');
const { tickets: seedTickets } = await loadSeed(NOW);
let run = 0;

for (const words of locales) {
  describe(`what a screen reader is told (${words.locale})`, () => {
    afterEach(() => localStorage.removeItem('sx-kit:recent-searches'));

    it(`<sx-search>: a named, collapsed combobox; typing "wifi" gives a listbox named by what it shows and announces the count`, async () => {
      const { search } = await mountSearch({ locale: words.locale });
      let tree = await until('#search', (node) => findAll(node, 'combobox', words.searchLabel).length === 1, `the search box in ${words.locale}`);
      const box = findOne(tree, 'combobox', words.searchLabel);
      expect(box.states.expanded).to.equal(false);
      expect(findAll(tree, 'listbox')).to.have.length(0);

      await typeAndWaitForOptions(search, 'wifi');
      const shown = options(search).length;
      tree = await heard('#search', new RegExp(`^${words.results(0).replace('0', '\\d+')}$`));
      expect(findOne(tree, 'combobox', words.searchLabel).states.expanded).to.equal(true);
      const listbox = findOne(tree, 'listbox');
      expect(listbox.name).to.equal(words.results(shown));
      const named = findAll(listbox, 'option');
      expect(named).to.have.length(shown);
      expect(named[0]!.name).to.equal('Connect a notebook to the corporate WLAN (LARK-SECURE)');
      expect(named[0]!.description).to.match(/^Join the LARK-SECURE wireless network/);
      const total = Number(liveText(tree).find((text) => /^\d+/.test(text))!.split(' ')[0]);
      expect(total, 'the announcement counts every result, the list shows the first ones').to.be.at.least(shown);

      await press(search, 'ArrowDown');
      tree = await axTree('#search');
      const option = findOne(tree, 'option', named[0]!.name);
      expect(option.states.selected).to.equal(true);
    });

    it('<sx-search>: nothing found is said in words', async () => {
      const { search } = await mountSearch({ locale: words.locale });
      combobox(search).focus();
      await sendKeys({ type: 'zqxwv kkjjhh' });
      await heard('#search', words.noResults('zqxwv kkjjhh'));
    });

    it('<sx-search open-mode="dialog">: the opened article is a modal dialog named by it, focus on its heading', async () => {
      const { search } = await mountSearch({ locale: words.locale, attributes: 'open-mode="dialog"' });
      await typeAndWaitForOptions(search, 'phishing');
      await press(search, 'ArrowDown', 'Enter');
      // The page behind a modal dialog is inert, the widget's live region with it: focus on the
      // named heading is what tells the reader which article opened.
      const tree = await until('#search', (node) => findAll(node, 'heading', 'Report a phishing email').some((heading) => heading.states.focused === true), 'focus on the article heading');
      const dialog = findOne(tree, 'dialog', 'Report a phishing email');
      expect(dialog.states.modal).to.equal(true);
    });

    it('<sx-search>: opening an article inline says which one', async () => {
      const { search } = await mountSearch({ locale: words.locale });
      await typeAndWaitForOptions(search, 'phishing');
      await press(search, 'ArrowDown', 'Enter');
      const tree = await heard('#search', words.opened('Report a phishing email'));
      expect(findAll(tree, 'heading', 'Report a phishing email')).to.have.length(1);
    });

    it('<sx-satisfaction>: a named radio group; the chosen answer is checked; sending is announced', async () => {
      const { element } = await mountSatisfaction({ topic: `ax-${words.locale}-${Math.random()}`, scale: 'csat5' }, { locale: words.locale });
      // The German catalog loads after the first paint.
      let tree = await until('#rating', (node) => findAll(node, 'radiogroup', words.question).length === 1, `the question in ${words.locale}`);
      const group = findOne(tree, 'radiogroup', words.question);
      expect(findAll(group, 'radio')).to.have.length(5);
      await chooseScore(element, 4);
      tree = await axTree('#rating');
      expect(findOne(tree, 'radio', words.satisfied).states.checked).to.equal('true');
      element.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      tree = await heard('#rating', words.feedbackSent);
      expect(findAll(tree, 'radiogroup')).to.have.length(0);
    });

    /** INC0012001 in <sx-ticket-status id="ticket">, on a backend holding only the seed's tickets. */
    async function mountTicket(locale: string) {
      run += 1;
      const adapter = createMemoryAdapter({
        dbName: `sx-a11y-ticket-${Date.now()}-${run}`,
        now: () => NOW,
        tickets: structuredClone(seedTickets),
        articles: [],
        catalog: [],
        people: [],
      });
      await fixture(html`<sx-provider locale=${locale} .now=${() => NOW} .adapter=${adapter}
        ><sx-ticket-status id="ticket" ticket-id="INC0012001" time-zone="UTC"></sx-ticket-status
      ></sx-provider>`);
    }

    it('<sx-ticket-status>: a named comment box; a comment sent is announced', async () => {
      await mountTicket(words.locale);
      let tree = await until('#ticket', (node) => findAll(node, 'textbox', words.commentLabel).length === 1, 'the comment box');
      expect(findAll(tree, 'heading', 'Laptop won’t charge when connected to the docking station')).to.have.length(1);
      const box = findOne(tree, 'textbox', words.commentLabel);
      expect(box.name).to.equal(words.commentLabel);
      const element = document.getElementById('ticket')!;
      element.shadowRoot!.querySelector<HTMLTextAreaElement>('#comment')!.focus();
      await sendKeys({ type: 'The dock light blinks orange.' });
      const send = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent!.trim() === words.send)!;
      send.click();
      tree = await heard('#ticket', words.commentSent);
      expect(outline(tree)).to.contain('The dock light blinks orange.');
    });

    // The first ticket often arrives before the page's catalog: the announcement still ends in its language.
    it('<sx-ticket-status>: the ticket shown is announced by number and stage', async () => {
      await mountTicket(words.locale);
      await heard('#ticket', words.ticketLoaded('INC0012001'));
    });

    it('<sx-catalog-card>: a request sent is announced with its number', async () => {
      run += 1;
      const adapter = createMemoryAdapter({ dbName: `sx-a11y-catalog-${Date.now()}-${run}`, persist: false });
      await fixture(html`<sx-provider locale=${words.locale} .adapter=${adapter}
        ><sx-catalog-card id="card" item-id="cat-privacy-filter"></sx-catalog-card
      ></sx-provider>`);
      const card = document.getElementById('card')!;
      await waitUntil(() => card.shadowRoot?.querySelector('[part=request-button]'), 'no request button', { timeout: 8000 });
      const requestButton = new RegExp(`^${words.requestButton}`);
      let tree = await until('#card', (node) => findAll(node, 'button', requestButton).length === 1, `the request button in ${words.locale}`);
      expect(findOne(tree, 'button', requestButton).name).to.match(requestButton);
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part=request-button]')!.click();
      await waitUntil(() => card.shadowRoot!.querySelector('[part=submit]'), 'the form never opened', { timeout: 8000 });
      tree = await axTree('#card');
      expect(findAll(tree, 'button', words.sendRequest)).to.have.length(1);
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await heard('#card', words.requestReceived);
    });
  });
}
