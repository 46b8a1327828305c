import { ConfigError, parseConfig, secretsOf } from '../src/config.js';
import { BalaCore } from '../src/core.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { createLogger } from '../src/logger.js';
import { defaultKnowledgeDir } from '../src/paths.js';
import { runConsoleChat } from './console/chat.js';

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
  logger.error('Telegram and Discord adapters are not part of this build yet');
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Bala could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exitCode = 1;
});
