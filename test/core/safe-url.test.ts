import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/core/safe-url.js';

describe('safeUrl: the one gate for backend URLs', () => {
  it('lets http, https, mailto, tel and relative URLs through unchanged', () => {
    for (const url of [
      'https://portal.example/kb/KB0012',
      'http://portal.example/x?a=1&b=2#top',
      'HTTPS://PORTAL.EXAMPLE/',
      'mailto:help@larkspur.example',
      'tel:+31201234567',
      '/sp?id=kb_article&sys_id=1',
      'kb/article/12',
      '../up',
      '?q=vpn',
      '#section-2',
      '//cdn.portal.example/a',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('refuses script and data schemes in any case and behind control characters or whitespace', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '\u0001\u0002javascript:alert(1)',
      '\u0000javascript:alert(1)',
      ' \t\njavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      '\u001fjavascript:alert(1)',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'blob:https://portal.example/1',
      'file:///etc/passwd',
      'filesystem:https://x/temporary/a',
      'jar:http://x!/',
      'javascript\\x00:javascript:alert(1)',
      'java\u0000script:alert(1)',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('refuses character-reference tricks that become a script URL when decoded as HTML', () => {
    for (const url of [
      'javascript&colon;alert(1)',
      'javascript&#58;alert(1)',
      'javascript&#x3A;alert(1)',
      'javascript&#0000058alert(1)',
      '&#106;avascript:alert(1)',
      'java&Tab;script:alert(1)',
      'java&NewLine;script:alert(1)',
    ]) {
      expect(safeUrl(url), url).to.equal(undefined);
    }
  });

  it('gives no link for what is not a string or is empty', () => {
    for (const value of [undefined, null, 42, {}, '', '   ', '\u0000']) expect(safeUrl(value)).to.equal(undefined);
  });

  it('returns the URL the browser would follow, without the stripped control characters', () => {
    expect(safeUrl('  https://portal.example/a\n')).to.equal('https://portal.example/a');
  });
});
