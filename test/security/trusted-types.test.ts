/**
 * Trusted Types beside a host page's own Lit. Every copy of lit-html creates a policy named
 * "lit-html" (and every DOMPurify one named "dompurify"); a CSP that lists those names without
 * 'allow-duplicates' makes the second copy throw, so either the kit or the host's app stops. The
 * pages are served with the policy as a real CSP header by test/fixtures/tt-routes.mjs.
 */
import { expect } from '@open-wc/testing';

interface TrustedTypesReport {
  kit: { articleText?: string; error?: string };
  host?: string;
  errors: string[];
  violations: string[];
}

async function openPage(policy: 'documented' | 'no-duplicates', order: 'host-first' | 'kit-first' | 'both-builds') {
  const frame = document.createElement('iframe');
  const report = new Promise<TrustedTypesReport>((resolve) => {
    addEventListener('message', function listener(event: MessageEvent) {
      if (event.source !== frame.contentWindow || event.data?.type !== 'tt-report') return;
      removeEventListener('message', listener);
      resolve(event.data as TrustedTypesReport);
    });
  });
  frame.src = `/__fixtures/tt/page.html?policy=${policy}&order=${order}`;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

function expectEverythingWorks(result: TrustedTypesReport, withHost: boolean) {
  expect(result.errors, 'nothing threw').to.deep.equal([]);
  expect(result.violations, 'no CSP or Trusted Types violation').to.deep.equal([]);
  expect(result.kit.error, 'the kit ran').to.equal(undefined);
  expect(result.kit.articleText, 'a sanitised article opened').to.match(/phishing/i);
  if (withHost) expect(result.host, 'the host app rendered').to.equal('Host app rendered');
}

async function scriptTagBuildPresent(): Promise<boolean> {
  const response = await fetch('/dist/cdn/sx-kit.js', { method: 'HEAD' });
  if (!response.ok) console.info('skipped: dist/cdn/sx-kit.js is absent (run `npm run build` for the script-tag build)');
  return response.ok;
}

describe('Trusted Types beside the host page’s own Lit', () => {
  it('the documented policy: a host Lit loaded before the kit, both work', async function () {
    this.timeout(20_000);
    expectEverythingWorks(await openPage('documented', 'host-first'), true);
  });

  it('the documented policy: a host Lit loaded after the kit, both work', async function () {
    this.timeout(20_000);
    expectEverythingWorks(await openPage('documented', 'kit-first'), true);
  });

  it('the documented policy: the script-tag build and the ESM build on one page', async function () {
    this.timeout(20_000);
    if (!(await scriptTagBuildPresent())) return this.skip();
    expectEverythingWorks(await openPage('documented', 'both-builds'), false);
  });

  it('without \'allow-duplicates\' the second lit-html policy throws: the kit or the host app stops', async function () {
    this.timeout(40_000);
    const hostFirst = await openPage('no-duplicates', 'host-first');
    expect(hostFirst.host).to.equal('Host app rendered');
    expect(hostFirst.kit.articleText, 'the kit did not get to render').to.equal(undefined);
    expect(hostFirst.errors.join(' ')).to.match(/lit-html/);
    const kitFirst = await openPage('no-duplicates', 'kit-first');
    expect(kitFirst.kit.articleText).to.match(/phishing/i);
    expect(kitFirst.host, 'the host app did not render').to.equal(undefined);
    expect(kitFirst.errors.join(' ')).to.match(/lit-html/);
  });
});
