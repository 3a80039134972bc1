import { expect } from '@open-wc/testing';
import { htmlToText } from '../../src/core/html-text.js';

describe('htmlToText', () => {
  it('keeps the words on either side of a line break apart', () => {
    expect(htmlToText('Hi,<br>my laptop<br/>does not start.<BR >Thanks')).to.equal('Hi, my laptop does not start. Thanks');
  });

  it('keeps the words of adjacent blocks apart: paragraphs, list items, headings, cells', () => {
    expect(htmlToText('<p>First</p><p>Second</p>')).to.equal('First Second');
    expect(htmlToText('<h2>Steps</h2><ol><li>Open</li><li>Restart</li></ol>')).to.equal('Steps Open Restart');
    expect(htmlToText('<div>one</div><div>two<div>three</div></div>')).to.equal('one two three');
    expect(htmlToText('<table><tr><td>Name</td><td>Value</td></tr></table>')).to.equal('Name Value');
  });

  it('joins inline markup without adding spaces inside words', () => {
    expect(htmlToText('re<strong>set</strong> your <em>pass</em>word')).to.equal('reset your password');
    expect(htmlToText('<a href="/x">VPN</a>, <code>ping</code>.')).to.equal('VPN, ping.');
  });

  it('collapses whitespace and drops script-like elements', () => {
    expect(htmlToText('  <p>Reset\n\n  it</p><script>alert(1)</script><style>p{}</style>  ')).to.equal('Reset it');
    expect(htmlToText('')).to.equal('');
    expect(htmlToText('plain text')).to.equal('plain text');
  });
});
