import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/core/adapter.js';

describe('smoke', () => {
  it('runs in a browser', () => {
    expect(new AdapterError('network', 'x').transient).to.equal(true);
    expect(navigator.userAgent).to.contain('Chrome');
  });
});
