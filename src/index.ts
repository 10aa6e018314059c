#!/usr/bin/env node
/**
 * Composition root: read config, load the directory, build storage, bot and server; listen; shut down
 * cleanly on SIGTERM. Every start-up problem stops the process with one line naming what to fix.
 */
import { ConfigError, loadConfig, type Config } from './config';
import type { Directory } from './directory/directory';
import { DirectoryDataError } from './directory/errors';
import { loadDirectory } from './directory/shipped';
import { createKindred } from './kindred';
import { createLogger } from './log';
import { meetingFeedsFromConfig } from './meetings/fromConfig';
import type { MeetingFeeds } from './meetings/meetingFeeds';
import { SearchWithMeetings } from './meetings/searchWithMeetings';
import { crisisLexiconProblems } from './safety/detectCrisis';
import { startServer } from './server/app';
import { createStorage, type StateStore } from './storage/createStorage';
import { startSweeping } from './storage/stateSweeper';
import { parseFrame } from './understanding/parseFrame';
import { version } from './version';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);

  // A crisis lexicon that does not load leaves only a small fallback detector: a data error like any other,
  // it stops start-up with the file and entry named rather than run with weaker protection.
  if (crisisLexiconProblems.length > 0) {
    console.error(`Crisis lexicon error: ${crisisLexiconProblems.join('; ')}`);
    process.exit(1);
  }

  let directory: Directory;
  try {
    directory = loadDirectory(config);
  } catch (err) {
    if (err instanceof DirectoryDataError) {
      console.error(`Directory data error: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }

  let state: StateStore;
  try {
    state = createStorage(config, log);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const sweeping = startSweeping(state.sweeper, state.ttlMs, log, state.userTtlMs);
  // Tell the operator at once whether storage answers; Kindred starts either way (crisis replies need no storage).
  state.storage.read(['kindred/startup-check']).then(
    () => log.info({ event: 'storage_check', backend: state.backend, ok: true }, 'state storage answers'),
    (err: unknown) =>
      log.warn(
        { event: 'storage_check', backend: state.backend, ok: false, err: err instanceof Error ? err.name : typeof err },
        'state storage does not answer',
      ),
  );
  // Peer-support meetings from live feeds: fetched in the background, never waited for by a turn.
  let meetingFeeds: MeetingFeeds | null = null;
  try {
    meetingFeeds = meetingFeedsFromConfig(config, { log, version });
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  meetingFeeds?.start();
  const search = meetingFeeds ? new SearchWithMeetings(directory, meetingFeeds) : directory;
  const kindred = createKindred({ config, storage: state.storage, directory: search, log });
  const feeds = meetingFeeds;
  const server = await startServer({
    config,
    kindred,
    log,
    version,
    directorySize: directory.size,
    ...(feeds ? { meetingFeeds: () => feeds.status() } : {}),
  });
  const shown = config.host === '0.0.0.0' ? `http://localhost:${server.port}` : server.url;
  log.info(
    { event: 'started', mode: config.mode, port: server.port, directoryRecords: directory.size, storage: state.backend },
    'Kindred started',
  );
  console.log(`Kindred is running in ${config.mode} mode.`);
  if (config.mode === 'local') console.log(`Open ${shown}/ in a browser to chat with Kindred.`);
  console.log(`Bot endpoint: ${shown}/api/messages`);
  // Load the gazetteer and the number recognizers now rather than on the first person's message (~150 ms).
  setImmediate(() => parseFrame('a support group within 10 miles of Austin, TX', config.defaultLocale));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      // A second Ctrl-C (or signal) means "now": whoever sent it has chosen not to wait for the drain.
      log.warn({ event: 'stopped_now', signal }, 'stopping without waiting for turns in flight');
      process.exit(1);
    }
    stopping = true;
    log.info({ event: 'stopping', signal, drainMs: config.shutdownDrainMs }, 'finishing turns in flight, then stopping');
    sweeping.stop();
    meetingFeeds?.stop();
    server.close(config.shutdownDrainMs).then(
      ({ cutOff, tookMs }) => {
        if (cutOff > 0) log.warn({ event: 'stopped', cutOff, tookMs }, 'turns still in flight at the drain deadline were cut off');
        else log.info({ event: 'stopped', tookMs }, 'every turn in flight finished');
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(`Kindred could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
