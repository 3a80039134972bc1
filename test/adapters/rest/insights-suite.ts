import { expect } from '@open-wc/testing';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import { DEFAULT_CAPABILITIES } from '../../../src/adapters/rest/rest-adapter.js';
import { fromAttributes } from '../../../src/adapters/rest/attributes.js';
import { AdapterError } from '../../../src/core/adapter.js';
import { withValidation } from '../../../src/core/validate.js';
import { handWorkedWeek, week } from '../../core/insights-records.js';
import { fixtureControl } from './fixture-control.js';

const baseUrl = '/__fixtures/rest';
const fixture = fixtureControl(baseUrl);
const capabilities = [...DEFAULT_CAPABILITIES, 'insights'] as const;

describe('rest adapter: insights endpoints', () => {
  beforeEach(() => fixture.reset());

  it('is off unless the service says it keeps records', () => {
    expect(createRestAdapter({ baseUrl }).getInsights).to.equal(undefined);
    expect(fromAttributes({ baseUrl, attribute: (name) => (name === 'insights' ? 'on' : undefined) }).capabilities).to.include('insights');
    expect(fromAttributes({ baseUrl, attribute: () => undefined }).capabilities).to.equal(undefined);
  });

  it('posts records and reads their figures for a period and service, validated by core', async () => {
    const adapter = withValidation(createRestAdapter({ baseUrl, getToken: () => 'token-of-sam', capabilities, retries: 0 }));
    expect(adapter.capabilities.insights).to.equal(true);
    await adapter.recordEvents!(handWorkedWeek());
    const insights = await adapter.getInsights!({ ...week, service: 'Workplace' });
    const request = (await fixture.requests()).at(-1)!;
    expect(request.query).to.deep.equal({ from: week.from, to: week.to, service: 'Workplace' });
    expect(insights.facets.services).to.deep.equal(['Workplace']);
    const all = await adapter.getInsights!(week);
    expect(all.knowledgeGaps.zeroResult).to.deep.include({ query: 'parking permit', count: 1 });
    expect(all.reach.asked).to.equal(4);
  });

  it('rejects an answer that breaks the aggregate shape, naming the field', async () => {
    const adapter = withValidation(createRestAdapter({ baseUrl, getToken: () => 'token-of-sam', capabilities, retries: 0 }));
    await fixture.fault({ omit: 'deflection', path: '/insights', times: 1 });
    const error = await adapter.getInsights!(week).then(() => undefined, (reason: unknown) => reason);
    expect(error).to.be.instanceOf(AdapterError);
    expect((error as AdapterError).kind).to.equal('invalid-response');
    expect((error as AdapterError).message).to.contain('deflection');
  });

  it('every request and answer fits openapi.yaml', async () => {
    const adapter = withValidation(createRestAdapter({ baseUrl, getToken: () => 'token-of-sam', capabilities, retries: 0 }));
    await adapter.recordEvents!(handWorkedWeek().slice(0, 4));
    await adapter.getInsights!(week);
    const { violations, operations } = await fixture.contract();
    expect(violations).to.deep.equal([]);
    expect(operations.seen).to.include('recordEvents').and.include('getInsights');
  });
});
