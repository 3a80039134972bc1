import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { backendHtml, preloadSanitizer } from '../../src/core/backend-html.js';
import { htmlToText } from '../../src/core/html-text.js';
import { loadReference } from '../helpers/reference.js';

/** Everything a payload could do to prove it ran. */
function trapExecution() {
  const calls: string[] = [];
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print };
  for (const name of Object.keys(originals) as (keyof typeof originals)[]) {
    (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      calls.push(`${name}(${args.join(',')})`);
    };
  }
  return {
    calls,
    restore: () => Object.assign(window, originals),
  };
}

/** Attributes a browser follows as a URL; elsewhere "javascript:" is only text. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'background', 'poster', 'xlink:href', 'lowsrc', 'dynsrc', 'codebase', 'cite']);

function assertInert(root: Element) {
  for (const element of root.querySelectorAll('*')) {
    expect(element.localName, 'no script-capable element').not.to.be.oneOf(['script', 'iframe', 'object', 'embed', 'style', 'form', 'base', 'meta', 'link']);
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `handler attribute ${attribute.name}`).to.equal(false);
      if (URL_ATTRIBUTES.has(attribute.localName)) {
        expect(attribute.value.replace(/\s/g, '').toLowerCase(), `${element.localName} ${attribute.name}`).not.to.match(
          /^(javascript|vbscript|data:text\/html)/,
        );
      }
    }
  }
}

async function renderAll(payloads: string[]) {
  const host = document.createElement('div');
  document.body.append(host);
  const trap = trapExecution();
  try {
    render(html`${payloads.map((payload) => html`<section>${backendHtml(payload)}</section>`)}`, host);
    // Give error/load handlers of images and media a chance to fire, were any left.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(trap.calls, 'no payload executed').to.deep.equal([]);
    assertInert(host);
  } finally {
    trap.restore();
    host.remove();
  }
}

describe('sanitising backend HTML', () => {
  before(() => preloadSanitizer());

  it('keeps formatting and makes links open safely in a new tab', () => {
    const host = document.createElement('div');
    render(html`${backendHtml('<p>Hello <strong>you</strong> <a href="https://x.example/a">docs</a></p>')}`, host);
    const link = host.querySelector('a')!;
    expect(host.querySelector('strong')!.textContent).to.equal('you');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
  });

  it('removes scripts, handlers, styles and javascript: links', () => {
    const host = document.createElement('div');
    render(
      html`${backendHtml('<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a><p style="position:fixed">p</p>')}`,
      host,
    );
    assertInert(host);
    expect(host.querySelector('p')!.getAttribute('style')).to.equal(null);
    expect(host.querySelector('a')!.hasAttribute('href')).to.equal(false);
  });

  it('keeps the ordinary markup knowledge articles use: tables, sizes, direction, language, titles', () => {
    const host = document.createElement('div');
    render(
      html`${backendHtml(`<table dir="rtl" lang="ar" title="Ports" align="center" width="400">
        <caption>Ports</caption>
        <thead><tr><th scope="col" id="h-port">Port</th><th scope="col" id="h-use">Use</th></tr></thead>
        <tbody><tr><td headers="h-port" rowspan="2">443</td><td headers="h-use" colspan="2" width="200" height="20">HTTPS</td></tr></tbody>
      </table>
      <p dir="ltr" lang="en"><img src="/shot.png" alt="The VPN window" title="VPN" width="320" height="200"></p>`)}`,
      host,
    );
    const table = host.querySelector('table')!;
    expect(table, 'the table survives').to.exist;
    expect(host.querySelectorAll('tr').length).to.equal(2);
    expect([table.getAttribute('dir'), table.getAttribute('lang'), table.getAttribute('title'), table.getAttribute('width')]).to.deep.equal(['rtl', 'ar', 'Ports', '400']);
    expect(host.querySelector('th')!.getAttribute('scope')).to.equal('col');
    const cell = host.querySelector('td')!;
    expect([cell.getAttribute('rowspan'), cell.getAttribute('headers')]).to.deep.equal(['2', 'user-content-h-port']);
    expect(host.querySelector('th')!.id, 'ids are prefixed, and headers follow them').to.equal('user-content-h-port');
    const wide = host.querySelectorAll('td')[1]!;
    expect([wide.getAttribute('colspan'), wide.getAttribute('width'), wide.getAttribute('height')]).to.deep.equal(['2', '200', '20']);
    const image = host.querySelector('img')!;
    expect([image.alt, image.title, image.getAttribute('width'), image.getAttribute('height')]).to.deep.equal(['The VPN window', 'VPN', '320', '200']);
    expect(host.querySelector('p')!.getAttribute('dir')).to.equal('ltr');
  });

  it('keeps #anchor links in the article and strips the kit’s classes', () => {
    const host = document.createElement('div');
    render(html`${backendHtml('<p class="popup"><a class="button primary" href="#step-2">Step 2</a></p><h2 id="step-2">Step 2</h2>')}`, host);
    const link = host.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('#user-content-step-2');
    expect(link.hasAttribute('target'), 'no new tab').to.equal(false);
    expect(host.querySelector('h2')!.id).to.equal('user-content-step-2');
    expect(host.querySelector('[class]'), 'no class survives').to.equal(null);
  });

  it('turns HTML into plain text for snippets', () => {
    expect(htmlToText('<p>Reset <em>your</em>\n password</p><script>x()</script>')).to.equal('Reset your password');
  });

  it('renders DOMPurify’s own hostile fixtures inert', async function () {
    const response = await loadReference('hostile-input/dompurify/expect.mjs');
    if (!response) return this.skip();
    const source = await response.text();
    const module = await import(/* @vite-ignore */ URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    const cases = module.default as { payload: string }[];
    expect(cases.length).to.be.greaterThan(50);
    await renderAll(cases.map((entry) => entry.payload));
  });

  it('renders the XSS vector lists inert', async function () {
    this.timeout(30_000);
    const files = ['RSNAKE_XSS.txt', 'XSS_Polyglots.txt', 'MarioXSSVectors.txt', 'port_swigger_xss_cheatsheet_event_handlers.txt', 'JHADDIX_XSS.txt'];
    const payloads: string[] = [];
    for (const file of files) {
      const response = await loadReference(`hostile-input/payloadsallthethings/${file}`);
      if (!response) return this.skip();
      payloads.push(...(await response.text()).split('\n').filter(Boolean));
    }
    expect(payloads.length).to.be.greaterThan(500);
    await renderAll(payloads);
  });

  it('renders the Big List of Naughty Strings as harmless text or markup', async function () {
    const response = await loadReference('hostile-input/blns/blns.json');
    if (!response) return this.skip();
    const strings = (await response.json()) as string[];
    await renderAll(strings);
  });
});
