import { parseConfig } from '../src/config.js';

/**
 * The container's entry point: the bots as a service, never the console chat. Without a token main.js
 * would start the console chat, which in a container (no terminal, stdin closed) reads nothing and exits
 * 0, so an orchestrator would see a service that "succeeded" at doing nothing. Here that is an error
 * that says what to set. Any other configuration error is left to main.js, which reports it.
 */
function consoleOnly(env: NodeJS.ProcessEnv): boolean {
  try {
    const config = parseConfig(env);
    return !config.telegram && !config.discord;
  } catch {
    return false;
  }
}

if (consoleOnly(process.env)) {
  process.stderr.write(
    [
      'Bala runs here as a service and needs a bot token: set TELEGRAM_BOT_TOKEN, or DISCORD_BOT_TOKEN with',
      'DISCORD_APPLICATION_ID. For the console chat instead, run node dist/adapters/main.js',
      '(in Docker: docker run -it --rm bala node dist/adapters/main.js).',
      '',
    ].join('\n'),
  );
  process.exitCode = 1;
} else {
  await import('./main.js');
}
