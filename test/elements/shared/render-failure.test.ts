import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { SxProbe } from '../../helpers/probe-element.js';

/** A probe whose render throws as `Intl` does on a value it refuses, until `broken` is cleared. */
class SxBrokenProbe extends SxProbe {
  broken = true;

  protected override render() {
    if (this.broken) new Intl.NumberFormat('en', { style: 'currency', currency: '$$$' }).format(1);
    return super.render();
  }
}
customElements.define('sx-broken-probe', SxBrokenProbe);

describe('a render that throws', () => {
  it('shows the problem view and reports sx-error, and the next good render replaces it', async () => {
    const element = document.createElement('sx-broken-probe') as SxBrokenProbe;
    const reported = oneEvent(element, 'sx-error');
    await fixture(html`<div>${element}</div>`);
    const { detail } = await reported;
    expect(detail).to.include({ kind: 'invalid-response', operation: 'render' });
    expect(detail.message).to.contain('could not be shown');
    const alert = element.shadowRoot!.querySelector('[role=alert]');
    expect(alert?.textContent).to.contain('The service desk sent something we could not read');
    await expect(element).to.be.accessible();

    element.broken = false;
    element.requestUpdate();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(element.shadowRoot!.textContent).to.contain('not connected');
  });
});
