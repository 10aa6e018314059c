import { expect } from 'chai';
import { parseFrame } from '../../../src/understanding/parseFrame';

describe('parseFrame', () => {
  it("returns ARCHITECTURE.md's example Frame, with issue 12's crisis level and signals, fields in order", () => {
    const frame = parseFrame('grief group near sna fransisco, free if possible');
    expect(frame).to.deep.equal({
      text: 'grief group near sna fransisco, free if possible',
      lang: 'en',
      crisis: { detected: false, level: 'none', kinds: [], signals: [] },
      needs: ['grief', 'support-group'],
      place: { name: 'San Francisco', region: 'CA', country: 'US', lat: 37.7749, lon: -122.4194 },
      radiusKm: null,
      filters: { cost: 'free' },
    });
    expect(Object.keys(frame)).to.deep.equal(['text', 'lang', 'crisis', 'needs', 'place', 'radiusKm', 'filters']);
  });

  it('takes the language from the locale when it is en or es', () => {
    expect(parseFrame('grupo de apoyo', 'en-US').lang).to.equal('en');
    expect(parseFrame('support group', 'es-MX').lang).to.equal('es');
  });

  it('detects the language from the words when the locale does not say', () => {
    expect(parseFrame('necesito un grupo de apoyo para el duelo', 'fr-FR').lang).to.equal('es');
    expect(parseFrame('necesito un grupo de apoyo para el duelo').lang).to.equal('es');
  });

  it('reads radius, place and filters together', () => {
    const frame = parseFrame('therapist within 10 miles of Austin, TX who speaks spanish');
    expect(frame.radiusKm).to.equal(16.1);
    expect(frame.place?.name).to.equal('Austin');
    expect(frame.filters).to.deep.equal({ language: 'es' });
    expect(frame.needs[0]).to.equal('therapy');
  });

  it('carries alternatives for an ambiguous place', () => {
    expect(parseFrame('portland').place?.alternatives?.length).to.be.greaterThan(0);
  });

  it('gives no place and mode online for "online is fine"', () => {
    const frame = parseFrame('online is fine');
    expect(frame.place).to.equal(null);
    expect(frame.filters.mode).to.equal('online');
  });

  it('passes the crisis signal through', () => {
    const frame = parseFrame('i want to kill myself');
    expect(frame.crisis.detected).to.equal(true);
    expect(frame.crisis.kinds).to.include('suicide');
  });

  it('never throws on odd input', () => {
    for (const text of ['', '   ', '🙂🙂', 'x'.repeat(5000), '12345 67890 11111']) expect(() => parseFrame(text)).to.not.throw();
  });
});

describe('parseFrame: questions, lines and "near me" (issue 14)', () => {
  it('reports a known question as general-info first, with the answer', () => {
    const frame = parseFrame('what is EMDR?', 'en-US');
    expect(frame.needs.slice(0, 2)).to.deep.equal(['general-info', 'therapy']);
    expect(frame.answer).to.deep.equal({ id: 'emdr', topic: 'therapy-types' });
  });
  it('reports a line asked for as crisis-line first, with its kind', () => {
    const frame = parseFrame('can I get the domestic violence hotline number', 'en-US');
    expect(frame.lineRequest).to.deep.equal({ topic: 'domestic-violence' });
    expect(frame.needs.slice(0, 2)).to.deep.equal(['crisis-line', 'domestic-violence']);
  });
  it('says "near me" was said when no place was', () => {
    expect(parseFrame('support group near me').nearMe).to.equal(true);
    expect(parseFrame('support group near me in Austin TX').nearMe).to.equal(undefined);
  });
});
