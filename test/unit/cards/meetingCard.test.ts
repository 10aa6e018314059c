import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMeeting, meetingCard, meetingDistance, meetingText } from '../../../src/cards/meetingCard';
import { zoneLabel } from '../../../src/cards/meetingTime';
import { resourceText } from '../../../src/cards/resourceCard';
import type { Resource } from '../../../src/directory/schema';
import type { Match } from '../../../src/directory/types';
import { stringsFor, type Lang } from '../../../src/i18n';
import { parseBmlt } from '../../../src/meetings/bmlt';
import { parseMeetingGuide } from '../../../src/meetings/meetingGuide';
import { toResource, type FeedMeeting } from '../../../src/meetings/toResource';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'meetings');
/** Monday 7 December 2026, 15:00 in Austin (America/Chicago); already Monday 21:00 in UTC. */
const NOW = new Date('2026-12-07T21:00:00Z');

function resourcesOf(meetings: FeedMeeting[], url: string): Map<string, Resource> {
  const context = {
    key: 'abc123',
    config: { format: 'meeting-guide' as const, url, needs: [], audiences: [] },
    retrieved: '2026-12-07',
    defaultCountry: 'US',
  };
  const out = new Map<string, Resource>();
  for (const meeting of meetings) {
    const result = toResource(meeting, context);
    if (result.ok) out.set(result.resource.name, result.resource);
  }
  return out;
}

const austin = resourcesOf(
  parseMeetingGuide(readFileSync(join(FIXTURES, 'meeting-guide.json'), 'utf8')).meetings,
  'https://intergroup.example.org/meetings.json',
);
const denver = resourcesOf(parseBmlt(readFileSync(join(FIXTURES, 'bmlt.ndjson'), 'utf8')).meetings, 'https://bmlt.example.org/na.ndjson');

function matchOf(resource: Resource | undefined, distanceKm: number | null = 2.84): Match {
  if (!resource) throw new Error('fixture meeting missing');
  return { resource, distanceKm, score: 1, reason: 'test' };
}

function render(match: Match, lang: Lang, now = NOW) {
  if (!isMeeting(match)) throw new Error('not a meeting');
  const s = stringsFor(lang);
  const card = meetingCard(match, s, lang, now, { position: 2, followUps: { moreLikeThis: 'More', report: 'Report' } }) as {
    version: string;
    body: Array<{ text?: string }>;
    actions: Array<{ type: string; title: string; url?: string }>;
    fallbackText: string;
  };
  return { card, text: meetingText(match, s, lang, now), cardText: card.body.map((b) => b.text).join('\n') };
}

describe('meeting cards', () => {
  it("say the next meeting on the meeting's own clock, labelled with its zone, in English and Spanish", () => {
    // Tuesday 19:30 in Austin is already Wednesday 01:30 in UTC: a server on UTC must still say Tuesday.
    const esperanza = matchOf(austin.get('Grupo Esperanza'));
    expect(render(esperanza, 'en').text).to.include('Next: Tuesday 7:30 pm (Central time)');
    expect(render(esperanza, 'en').cardText).to.include('Next: Tuesday 7:30 pm (Central time)');
    expect(render(esperanza, 'es').text).to.include('Próxima: martes 19:30 (hora del centro)');
    expect(render(esperanza, 'es').cardText).to.include('Próxima: martes 19:30 (hora del centro)');
  });

  it('count from the injected clock: later the same day is today, a meeting already started is next week', () => {
    const noon = matchOf(austin.get('Hybrid Noon Group'));
    expect(render(noon, 'en', new Date('2026-12-07T16:00:00Z')).text).to.include('Next: Monday 12:00 pm (Central time)');
    expect(render(noon, 'en').text).to.include('Next: Tuesday 12:00 pm (Central time)');
    const sunrise = matchOf(austin.get('Sunrise Serenity'));
    expect(render(sunrise, 'en', new Date('2026-12-12T18:00:00Z')).text).to.include('Next: Monday 7:00 am (Central time)');
  });

  it('tell a meeting in another zone by its own zone: a Denver meeting says Mountain time to a reader anywhere', () => {
    const online = matchOf(denver.get('Recovery Online Denver'), null);
    expect(render(online, 'en').text).to.include('Next: Sunday 6:00 pm (Mountain time)');
    expect(render(online, 'es').text).to.include('Próxima: domingo 18:00 (hora de la montaña)');
  });

  it('list every day of a meeting held several times a week', () => {
    const sunrise = matchOf(austin.get('Sunrise Serenity'));
    expect(render(sunrise, 'en').text)
      .to.include('Next: Wednesday 7:00 am (Central time)')
      .and.include('Every Monday, Wednesday and Friday at 7:00 am');
    expect(render(sunrise, 'es').text).to.include('Todos los lunes, miércoles y viernes a las 7:00');
  });

  it("show the meeting's types in the person's language", () => {
    const sunrise = matchOf(austin.get('Sunrise Serenity'));
    expect(render(sunrise, 'en').text).to.include('Type: Open, Discussion, Wheelchair Access');
    expect(render(sunrise, 'es').text).to.include('Tipo: Abierta, Discusión, Acceso en silla de ruedas');
    expect(render(matchOf(austin.get('Grupo Esperanza')), 'es').cardText).to.include('Tipo: Abierta, Español');
  });

  it('in person: the address, the distance and Directions; no join button', () => {
    const { card, text } = render(matchOf(austin.get('Sunrise Serenity')), 'en');
    // The distance's own wording is resource cards' (checked below); here, where it sits.
    expect(text).to.include(`${meetingDistance(2.84, austin.get('Sunrise Serenity')!, stringsFor('en'))} · Austin · In person`);
    expect(text).to.include('In person: Eastside Fellowship Hall, 1200 E 6th St, Austin, TX 78702');
    const titles = card.actions.map((a) => a.title);
    expect(titles).to.include('Directions').and.include('Meeting page');
    expect(titles).not.to.include('Join online');
    expect(card.actions.find((a) => a.title === 'Meeting page')!.url).to.equal('https://intergroup.example.org/meetings/sunrise-serenity');
  });

  it('online: a Join online button and a one-tap dial-in; the text carries the link, the passcode and the meeting ID', () => {
    const { card, text, cardText } = render(matchOf(austin.get('Online Early Birds'), null), 'en');
    expect(card.actions.find((a) => a.title === 'Join online')!.url).to.equal('https://zoom.us/j/5550100001');
    expect(card.actions.find((a) => a.title === 'Dial in')!.url).to.equal('tel:+16465550100,,5550100001%23');
    expect(card.actions.map((a) => a.title)).not.to.include('Directions');
    expect(text).to.include('Online').and.include('Online: https://zoom.us/j/5550100001 · Passcode: serenity');
    expect(text).to.include('By phone: +16465550100 · Meeting ID 555 010 0001');
    expect(cardText).to.include('Online: Passcode: serenity');
    expect(render(matchOf(austin.get('Online Early Birds'), null), 'es').card.actions.map((a) => a.title)).to.include.members([
      'Unirte en línea',
      'Llamar para unirte',
    ]);
  });

  it('hybrid: both the address and the Join button, within the six actions Teams shows', () => {
    const { card, text } = render(matchOf(austin.get('Hybrid Noon Group')), 'en');
    expect(text).to.include('In person and online').and.include('In person: 900 W 29th St, Austin, TX 78705');
    expect(card.actions.map((a) => a.title)).to.include.members(['Join online', 'Directions', 'More', 'Report']);
    expect(card.actions.length).to.be.at.most(6);
  });

  it('is an Adaptive Card 1.5, numbered, with the whole text as fallback and who lists it', () => {
    const { card, text } = render(matchOf(austin.get('Grupo Esperanza')), 'en');
    expect(card.version).to.equal('1.5');
    expect(card.body[0]!.text).to.equal('2.\u00a0Grupo Esperanza');
    expect(card.fallbackText).to.equal(`2. ${text}`);
    expect(text).to.include('From the meeting list of Example Austin Intergroup, checked 2026-12-07');
  });

  it('never shows a personal contact field of the feed', () => {
    for (const resource of [...austin.values(), ...denver.values()]) {
      for (const lang of ['en', 'es'] as const) {
        const { card, text } = render(matchOf(resource), lang);
        for (const rendered of [JSON.stringify(card), text]) {
          expect(rendered).not.to.include('PRIVATE');
          for (const phone of ['512-555-0142', '512-555-0177', '512-555-0199', '303-555-0111']) expect(rendered).not.to.include(phone);
        }
      }
    }
  });

  it('says the distance as resource cards do, so the two kinds of card agree', () => {
    const match = matchOf(austin.get('Sunrise Serenity'), 14.6);
    const { meeting: _meeting, ...plain } = match.resource;
    const whereOnResourceCard = resourceText({ ...match, resource: plain as Resource }, stringsFor('en'), 'en').split('\n')[1]!;
    expect(whereOnResourceCard.startsWith(meetingDistance(14.6, match.resource, stringsFor('en')))).to.equal(true);
    const inSpanish = resourceText({ ...match, resource: plain as Resource }, stringsFor('es'), 'es').split('\n')[1]!;
    expect(inSpanish.startsWith(meetingDistance(14.6, match.resource, stringsFor('es')))).to.equal(true);
  });
});

describe('zoneLabel', () => {
  const cases: Array<[string, string, string]> = [
    ['America/Chicago', 'Central time', 'hora del centro'],
    ['America/Indiana/Knox', 'Central time', 'hora del centro'],
    ['America/Mexico_City', 'Central time', 'hora del centro'],
    ['America/New_York', 'Eastern time', 'hora del este'],
    ['America/Denver', 'Mountain time', 'hora de la montaña'],
    ['America/Phoenix', 'Arizona time', 'hora de Arizona'],
    ['America/Los_Angeles', 'Pacific time', 'hora del Pacífico'],
    ['Pacific/Honolulu', 'Hawaii time', 'hora de Hawái'],
    ['Europe/London', 'UK time', 'hora del Reino Unido'],
    ['Europe/Dublin', 'Irish time', 'hora de Irlanda'],
    // No name of ours: CLDR's, in the person's language.
    ['Europe/Madrid', 'Central European Time', 'hora de Europa central'],
  ];
  for (const [zone, en, es] of cases) {
    it(`${zone}: "${en}" / "${es}"`, () => {
      expect(zoneLabel(zone, stringsFor('en'), 'en', NOW)).to.equal(en);
      expect(zoneLabel(zone, stringsFor('es'), 'es', NOW)).to.equal(es);
    });
  }
});

describe('meeting times', () => {
  it('write noon and midnight plainly on the 12-hour clock, and 24 hours in Spanish', () => {
    const en = stringsFor('en').meetings.time;
    const es = stringsFor('es').meetings.time;
    expect([en(12, 0), en(0, 30), en(19, 5)]).to.deep.equal(['12:00 pm', '12:30 am', '7:05 pm']);
    expect([es(12, 0), es(0, 30), es(19, 5)]).to.deep.equal(['12:00', '0:30', '19:05']);
  });
});
