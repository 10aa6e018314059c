import { expect } from 'chai';
import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/log';
import { FailClosedAuthentication } from '../../../src/server/botAuth';
import { ConnectorClientCache } from '../../../src/server/connectorCache';

/** A factory that counts what it builds; `fail` makes the next creation reject. */
class CountingFactory extends ConnectorFactory {
  created = 0;
  fail = false;
  create(serviceUrl: string): Promise<ConnectorClient> {
    this.created += 1;
    if (this.fail) {
      this.fail = false;
      return Promise.reject(new Error('no client'));
    }
    return Promise.resolve({ serviceUrl } as unknown as ConnectorClient);
  }
}

describe('ConnectorClientCache', () => {
  it('reuses one client per bot and service URL across turns, and builds another for another channel', async () => {
    const cache = new ConnectorClientCache();
    const inner = new CountingFactory();
    const first = await cache.wrap(inner, 'bot').create('https://smba.example/teams', 'aud');
    const again = await cache.wrap(inner, 'bot').create('https://smba.example/teams', 'aud');
    await cache.wrap(inner, 'bot').create('https://directline.example', 'aud');
    expect(again).to.equal(first);
    expect(inner.created).to.equal(2);
  });

  it('stays bounded however many service URLs callers send', async () => {
    const cache = new ConnectorClientCache();
    const inner = new CountingFactory();
    for (let i = 0; i < 1000; i++) await cache.wrap(inner, 'bot').create(`https://caller-${i}.example`);
    expect(cache.size).to.be.at.most(256);
  });

  it('does not remember a failed creation: the next turn tries again', async () => {
    const cache = new ConnectorClientCache();
    const inner = new CountingFactory();
    inner.fail = true;
    let failed = false;
    await cache
      .wrap(inner, 'bot')
      .create('https://smba.example')
      .catch(() => (failed = true));
    expect(failed).to.equal(true);
    await cache.wrap(inner, 'bot').create('https://smba.example');
    expect(inner.created).to.equal(2);
  });
});

describe('FailClosedAuthentication connector clients', () => {
  const activity = { type: 'message', channelId: 'webchat', serviceUrl: 'https://directline.example/' } as Activity;

  it('hands every inbound turn on one channel the same connector client, not a new pipeline each time', async () => {
    const auth = new FailClosedAuthentication(loadConfig({}), createLogger('silent'));
    const first = await auth.authenticateRequest(activity, '');
    const second = await auth.authenticateRequest(activity, '');
    const clientA = await first.connectorFactory!.create(activity.serviceUrl, first.audience);
    const clientB = await second.connectorFactory!.create(activity.serviceUrl, second.audience);
    const elsewhere = await second.connectorFactory!.create('https://smba.example/teams/', second.audience);
    expect(clientB).to.equal(clientA);
    expect(elsewhere).to.not.equal(clientA);
    // A proactive message (createConnectorFactory) to the same channel shares the inbound turns' client.
    const proactive = await auth.createConnectorFactory(first.claimsIdentity).create(activity.serviceUrl, first.audience);
    expect(proactive).to.equal(clientA);
  });
});
