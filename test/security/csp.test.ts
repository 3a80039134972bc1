import { expect } from '@open-wc/testing';

interface CspReport {
  rendered?: boolean;
  error?: string;
  articleText?: string;
  violations: string[];
}

describe('strict Content-Security-Policy and Trusted Types', () => {
  it('every element renders, and a sanitised article opens, without a single violation', async function () {
    this.timeout(20_000);
    const frame = document.createElement('iframe');
    const report = new Promise<CspReport>((resolve) => {
      addEventListener('message', function listener(event: MessageEvent) {
        if (event.data?.type !== 'csp-report') return;
        removeEventListener('message', listener);
        resolve(event.data as CspReport);
      });
    });
    frame.src = '/test/fixtures/csp-page.html';
    document.body.append(frame);
    try {
      const result = await report;
      expect(result.error, 'the page did not finish').to.equal(undefined);
      expect(result.rendered).to.equal(true);
      expect(result.articleText).to.match(/phishing/i);
      expect(result.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
