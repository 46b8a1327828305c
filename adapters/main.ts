import { type Config, ConfigError, parseConfig, secretsOf } from '../src/config.js';
import { BalaCore } from '../src/core.js';
import { DeliveryScheduler } from '../src/delivery/scheduler.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { createLogger, type Logger } from '../src/logger.js';
import { Metrics } from '../src/metrics.js';
import { defaultKnowledgeDir } from '../src/paths.js';
import type { Platform } from '../src/platform.js';
import { StoredChatLanguages } from '../src/storage/chat-languages.js';
import { SqliteStore } from '../src/storage/sqlite-store.js';
import { StoredSubscriptions } from '../src/storage/subscription-service.js';
import { runConsoleChat } from './console/chat.js';
import { registerOpsRoutes } from './http/ops-routes.js';
import { HttpServer } from './http/server.js';
import type { PlatformDeps, RunningPlatform } from './platform-deps.js';

/**
 * Starts each configured platform into `running` (so a failure half-way can still stop the ones that
 * started); the adapters are loaded only when used, so the console starts fast. A stop requested while a
 * platform was starting (`startup` aborted) stops that platform too and ends the start-up.
 */
async function startPlatforms(
  deps: PlatformDeps,
  running: RunningPlatform[],
  startup: AbortSignal,
): Promise<void> {
  const started = async (platform: RunningPlatform) => {
    if (startup.aborted) {
      await platform.stop();
      startup.throwIfAborted();
    }
    running.push(platform);
  };
  if (deps.config.telegram) {
    const { startTelegram } = await import('./telegram/index.js');
    await started(await startTelegram(deps, deps.config.telegram, startup));
  }
  if (deps.config.discord) {
    const { startDiscord } = await import('./discord/index.js');
    await started(await startDiscord(deps, deps.config.discord));
  }
}

/** Each configured platform by name: ready once it has started and is connected. */
function platformReadiness(config: Config, platforms: readonly RunningPlatform[]): Record<string, boolean> {
  const configured = [config.telegram && 'telegram', config.discord && 'discord'].filter(
    (name): name is Platform => typeof name === 'string',
  );
  return Object.fromEntries(
    configured.map((name) => [name, platforms.find((p) => p.name === name)?.isReady() ?? false]),
  );
}

/**
 * The bots as a service. Order matters: the store opens first (the platforms' /subscribe needs it), the
 * HTTP server listens before the platforms start (Telegram's setWebhook must find the route reachable),
 * and the scheduler starts last, with the platforms' publishers. Stopping runs the other way round.
 */
async function runBots(core: BalaCore, config: Config, logger: Logger): Promise<void> {
  const store = SqliteStore.open(config.dataDir);
  logger.info({ path: store.path }, 'storage open');
  const metrics = new Metrics();
  const http = config.httpPort === 0 ? undefined : new HttpServer(logger);
  const platforms: RunningPlatform[] = [];
  let scheduler: DeliveryScheduler | undefined;

  const startup = new AbortController();
  let stopping: Promise<void> | undefined;
  const stop = (reason: string) => {
    stopping ??= (async () => {
      logger.info({ reason }, 'stopping');
      startup.abort(new Error(`stopped (${reason}) during start-up`));
      // A stop that hangs must not keep a container from restarting.
      const deadline = setTimeout(() => process.exit(1), 10_000);
      deadline.unref();
      await Promise.allSettled(platforms.map((p) => p.stop()));
      await scheduler?.stop();
      await store.close();
      await http?.close();
      logger.info('stopped');
      logger.flush();
    })();
    return stopping;
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    if (http) {
      registerOpsRoutes(http, {
        metrics,
        readiness: () => ({ storage: store.isHealthy(), ...platformReadiness(config, platforms) }),
      });
      const port = await http.listen(config.httpPort, config.httpHost);
      logger.info({ port }, 'http server listening');
      startup.signal.throwIfAborted();
    }
    const deps: PlatformDeps = {
      core,
      config,
      logger,
      metrics,
      subscriptions: new StoredSubscriptions(store, config),
      languages: new StoredChatLanguages(store),
      ...(http ? { http } : {}),
    };
    await startPlatforms(deps, platforms, startup.signal);
    scheduler = new DeliveryScheduler({
      store,
      core,
      publishers: platforms.map((p) => p.publisher),
      logger: logger.child({ part: 'delivery' }),
      metrics,
    });
    await scheduler.start();
  } catch (error) {
    // A SIGTERM during start-up is a stop like any other (exit 0), not a failure to start.
    if (startup.signal.aborted) return stopping;
    await stop('start-up failed');
    throw error;
  }
}

/** The composition root: reads the configuration once, builds the core and starts what is configured. */
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const consoleChat = !config.telegram && !config.discord;
  const interactive = consoleChat && Boolean(process.stdin.isTTY && process.stdout.isTTY);
  // At a terminal, log lines would land in the middle of the conversation: only warnings and worse,
  // unless LOG_LEVEL asks for more detail than the default.
  const level = interactive && config.logLevel === 'info' ? 'warn' : config.logLevel;
  const logger = createLogger(level, secretsOf(config));
  const knowledge = loadKnowledge(config.knowledgeDir ?? defaultKnowledgeDir);
  const core = new BalaCore(knowledge);
  logger.info({ facts: knowledge.facts.length, helplines: knowledge.helplines.length }, 'fact base loaded');

  if (consoleChat) {
    logger.info('no platform tokens set: starting the console chat');
    await runConsoleChat(core, {
      input: process.stdin,
      output: process.stdout,
      interactive,
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
