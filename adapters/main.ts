import { type Config, ConfigError, parseConfig, secretsOf } from '../src/config.js';
import { BalaCore } from '../src/core.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { createLogger, type Logger } from '../src/logger.js';
import { defaultKnowledgeDir } from '../src/paths.js';
import { runConsoleChat } from './console/chat.js';
import { HttpServer } from './http/server.js';
import type { PlatformDeps, RunningPlatform } from './platform-deps.js';

/** Starts each configured platform; the adapters are loaded only when used, so the console starts fast. */
async function startPlatforms(deps: PlatformDeps): Promise<RunningPlatform[]> {
  const running: RunningPlatform[] = [];
  if (deps.config.telegram) {
    const { startTelegram } = await import('./telegram/index.js');
    running.push(await startTelegram(deps, deps.config.telegram));
  }
  if (deps.config.discord) {
    const { startDiscord } = await import('./discord/index.js');
    running.push(await startDiscord(deps, deps.config.discord));
  }
  return running;
}

async function runBots(core: BalaCore, config: Config, logger: Logger): Promise<void> {
  const http = config.httpPort === 0 ? undefined : new HttpServer(logger);
  const deps: PlatformDeps = { core, config, logger, ...(http ? { http } : {}) };
  const platforms = await startPlatforms(deps);
  if (http) {
    const port = await http.listen(config.httpPort);
    logger.info({ port }, 'http server listening');
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    // A stop that hangs must not keep a container from restarting.
    const deadline = setTimeout(() => process.exit(1), 10_000);
    deadline.unref();
    await Promise.allSettled(platforms.map((p) => p.stop()));
    await http?.close();
    logger.info('stopped');
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

/** The composition root: reads the configuration once, builds the core and starts what is configured. */
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const logger = createLogger(config.logLevel, secretsOf(config));
  const knowledge = loadKnowledge(config.knowledgeDir ?? defaultKnowledgeDir);
  const core = new BalaCore(knowledge);
  logger.info({ facts: knowledge.facts.length, helplines: knowledge.helplines.length }, 'fact base loaded');

  if (!config.telegram && !config.discord) {
    logger.info('no platform tokens set: starting the console chat');
    await runConsoleChat(core, {
      input: process.stdin,
      output: process.stdout,
      interactive: Boolean(process.stdin.isTTY),
      lang: config.defaultLanguage,
      timeZone: config.defaultTimeZone,
    });
    return;
  }
  await runBots(core, config, logger);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Bala could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exitCode = 1;
});
