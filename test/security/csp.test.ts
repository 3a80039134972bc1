import { expect } from '@open-wc/testing';

interface CspReport {
  rendered?: boolean;
  error?: string;
  articleText?: string;
  insightsSections?: number;
  csvLines?: number;
  violations: string[];
}

describe('strict Content-Security-Policy and Trusted Types', () => {
  it('every element renders, a sanitised article opens and the insights export CSV, without a single violation', async function () {
    this.timeout(30_000);
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
      expect(result.insightsSections).to.equal(6);
      expect(result.csvLines).to.be.greaterThan(20);
      expect(result.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
