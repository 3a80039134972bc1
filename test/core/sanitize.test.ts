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
