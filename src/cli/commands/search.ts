import { Directory } from '../../directory/directory';
import { DEFAULT_RESOURCE_FILES, loadResourceFiles } from '../../directory/load';
import type { Resource } from '../../directory/schema';
import type { Match, SearchQuery } from '../../directory/types';
import { parseFrame, parseRadiusKm, resolvePlace } from '../../understanding';
import type { Filters, Place } from '../../understanding/types';
import type { CliIO } from '../io';

const USAGE =
  'usage: kindred search [--json] [--near PLACE] [--radius 25mi] [--online] [--free] [--lang es] [--limit 5] [--locale en-US] QUERY';

/** The directory the CLI searches. One function so the data source changes in one line. */
export function loadShippedResources(): Resource[] {
  return loadResourceFiles(DEFAULT_RESOURCE_FILES);
}

/** `kindred search`: understands QUERY like a chat message, then searches the shipped directory. */
export async function run(argv: string[], io: CliIO, resources: () => Resource[] = loadShippedResources): Promise<number> {
  let json = false;
  let near: string | null = null;
  let radius: string | null = null;
  let locale: string | null = null;
  let limit = 5;
  const extra: Filters = {};
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--near') near = value();
    else if (a === '--radius') radius = value();
    else if (a === '--online') extra.mode = 'online';
    else if (a === '--free') extra.cost = 'free';
    else if (a === '--lang') extra.language = value();
    else if (a === '--locale') locale = value();
    else if (a === '--limit') limit = Number(value());
    else if (a === '--help' || a === '-h') {
      io.stdout(`${USAGE}\n`);
      return 0;
    } else if (a.startsWith('--')) return usage(io, `unknown option ${a}`);
    else words.push(a);
  }
  if (!Number.isInteger(limit) || limit < 1) return usage(io, '--limit needs a whole number of 1 or more');
  const text = words.join(' ');
  const frame = parseFrame(text, locale);

  let place: Place | null = frame.place;
  if (near !== null) {
    place = resolvePlace(near);
    if (!place) {
      io.stderr(`kindred search: no place called "${near}" in the gazetteer\n`);
      return 1;
    }
  }
  let radiusKm = frame.radiusKm;
  if (radius !== null) {
    radiusKm = parseRadiusKm(/^\d+(\.\d+)?$/.test(radius) ? `${radius} km` : radius);
    if (radiusKm === null) return usage(io, `--radius "${radius}" is not a distance like 25mi or 40km`);
  }
  const query: SearchQuery = {
    needs: frame.needs,
    near: place ? { lat: place.lat, lon: place.lon, country: place.country } : null,
    radiusKm,
    filters: { ...frame.filters, ...extra },
    text,
    limit,
  };
  const result = new Directory(resources()).search(query);
  if (json) {
    const out = {
      query: { needs: query.needs, place, radiusKm: query.radiusKm ?? null, filters: query.filters, text },
      radiusKm: result.radiusKm,
      widened: result.widened,
      local: result.local.map(brief),
      remote: result.remote.map(brief),
    };
    io.stdout(`${JSON.stringify(out)}\n`);
    return 0;
  }
  const where = place ? `${place.name}${place.region ? `, ${place.region}` : ''}` : 'no place';
  io.stdout(
    `needs ${query.needs.join(', ') || '-'}; near ${where}; radius ${result.radiusKm ?? '-'} km${result.widened ? ' (widened)' : ''}\n`,
  );
  io.stdout(`local:\n${result.local.map(line).join('') || '  (none)\n'}remote:\n${result.remote.map(line).join('') || '  (none)\n'}`);
  return 0;
}

function brief(m: Match) {
  return {
    id: m.resource.id,
    name: m.resource.name,
    scope: m.resource.scope,
    distanceKm: m.distanceKm,
    score: Math.round(m.score * 1000) / 1000,
    reason: m.reason,
    url: m.resource.url ?? null,
    phones: m.resource.phones.map((p) => p.number),
  };
}

function line(m: Match): string {
  return `  ${m.resource.name} — ${m.reason}\n`;
}

function usage(io: CliIO, problem: string): number {
  io.stderr(`kindred search: ${problem}\n${USAGE}\n`);
  return 2;
}
